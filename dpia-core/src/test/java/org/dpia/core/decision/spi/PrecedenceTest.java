package org.dpia.core.decision.spi;

import org.dpia.core.text.Text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.dpia.core.Fixtures.answers;
import static org.dpia.core.Fixtures.article;
import static org.dpia.core.Fixtures.holds;
import static org.dpia.core.logic.Truth.FALSE;
import static org.dpia.core.logic.Truth.TRUE;
import static org.dpia.core.logic.Truth.UNKNOWN;

import org.dpia.core.decision.Effect;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Regime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dpia.core.time.DateRange;
import org.dpia.core.logic.Conditions;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A toy order of precedence: a decree that names the processing, then the exempt list, then the
 * criteria presumption; otherwise no duty. Facts are answers in a map.
 */
@DisplayName("Precedence: which source of the DPIA duty wins")
class PrecedenceTest {

  static final LocalDate DAY = LocalDate.of(2024, 6, 1);
  static final Regime TOY_GDPR = Regime.of("xx.gdpr", "Toy data protection", article("1"));

  static Rule<Map<String, Truth>> rule(String id, String fact, String article) {
    return Rule.named(id, "Rule " + id).citing(article(article)).when(holds(fact));
  }

  static final Provision<Map<String, Truth>> DECREE =
      Provision.requires(GroundKind.EXPLICIT_LEGAL_DUTY, rule("xx.decree", "decree", "10"));
  static final Provision<Map<String, Truth>> EXEMPT =
      Provision.dispenses(GroundKind.EXEMPT_LIST, rule("xx.exempt.1", "exempt", "20"));
  static final Provision<Map<String, Truth>> CRITERIA =
      Provision.requires(GroundKind.CRITERIA_PRESUMPTION, rule("xx.criteria", "criteria", "30"))
          .withRemark("the controller may rebut the presumption");
  static final Provision<Map<String, Truth>> NO_DUTY = Provision.dispenses(GroundKind.NO_DUTY,
      Rule.named("xx.no-duty", "No duty").citing(article("40")).when(Conditions.constant(TRUE, "nothing else")));

  static final Precedence<Map<String, Truth>> PRECEDENCE = Precedence.<Map<String, Truth>>builder()
      .rank("explicit duty", "a decree naming the processing prevails", DECREE)
      .rank("exempt list", "the authority's exemption prevails over the criteria", EXEMPT)
      .rank("criteria", "the presumption of high risk", CRITERIA)
      .otherwise(NO_DUTY);

  static Resolution resolve(Precedence<Map<String, Truth>> precedence, Map<String, Truth> answers) {
    Context<Map<String, Truth>> context = Context.of(answers, DAY);
    Resolution resolution = precedence.resolve(context, TOY_GDPR);
    assertThat(precedence.outcome(context))
        .as("the fast outcome agrees with the resolution")
        .isEqualTo(resolution.outcome());
    return resolution;
  }

  static Resolution resolve(Map<String, Truth> answers) {
    return resolve(PRECEDENCE, answers);
  }

  static List<String> groundIds(Resolution r) {
    return r.grounds().stream().map(Ground::ruleId).toList();
  }

  @Test
  @DisplayName("a higher rank that holds wins, and the ranks below are not consulted")
  void higherRankWins() {
    Resolution r = resolve(answers("decree", TRUE, "exempt", TRUE, "criteria", FALSE));

    assertThat(r.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(groundIds(r)).containsExactly("xx.decree");
    assertThat(r.conflicts()).isEmpty();
    assertThat(r.trace().find("xx.exempt.1")).as("the exempt list was not consulted").isEmpty();
  }

  @Test
  @DisplayName("a lower rank decides when every higher provision is known not to hold")
  void lowerRankDecides() {
    Resolution r = resolve(answers("decree", FALSE, "exempt", TRUE));

    assertThat(r.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(groundIds(r)).containsExactly("xx.exempt.1");
    assertThat(r.grounds().get(0).kind()).isEqualTo(GroundKind.EXEMPT_LIST);
    assertThat(r.grounds().get(0).effect()).isEqualTo(Effect.DISPENSES);
  }

  @Test
  @DisplayName("a higher provision that might hold with the opposite effect leaves the outcome undetermined, listing both grounds")
  void unknownHigherOppositeEffect() {
    Resolution r = resolve(answers("decree", UNKNOWN, "exempt", TRUE));

    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.grounds()).extracting(Ground::ruleId, Ground::truth, Ground::effect).containsExactly(
        tuple("xx.exempt.1", TRUE, Effect.DISPENSES),
        tuple("xx.decree", UNKNOWN, Effect.REQUIRES));
    assertThat(r.conflicts()).isEmpty();
    assertThat(r.trace().unknownFacts()).containsExactly("decree");
  }

  @Test
  @DisplayName("a higher provision that might hold with the same effect does not matter: the outcome is definite")
  void unknownHigherSameEffect() {
    Resolution r = resolve(answers("decree", UNKNOWN, "exempt", FALSE, "criteria", TRUE));

    assertThat(r.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(groundIds(r)).as("only the deciding ground").containsExactly("xx.criteria");
  }

  @Test
  @DisplayName("when nothing holds, the fallback decides")
  void fallback() {
    Resolution r = resolve(answers("decree", FALSE, "exempt", FALSE, "criteria", FALSE));

    assertThat(r.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(r.grounds()).singleElement().satisfies(g -> {
      assertThat(g.ruleId()).isEqualTo("xx.no-duty");
      assertThat(g.kind()).isEqualTo(GroundKind.NO_DUTY);
      assertThat(g.truth()).isEqualTo(TRUE);
    });
  }

  @Test
  @DisplayName("when nothing holds but a provision might, with the fallback's opposite effect, the outcome is open")
  void fallbackWithUnknown() {
    Resolution r = resolve(answers("decree", FALSE, "exempt", FALSE, "criteria", UNKNOWN));

    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(groundIds(r)).containsExactly("xx.no-duty", "xx.criteria");
  }

  @Test
  @DisplayName("a provision that might hold with the fallback's effect does not matter")
  void fallbackWithUnknownSameEffect() {
    Resolution r = resolve(answers("decree", FALSE, "exempt", UNKNOWN, "criteria", FALSE));

    assertThat(r.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(groundIds(r)).containsExactly("xx.no-duty");
  }

  @Test
  @DisplayName("a repealed provision counts as not holding, so the rank below decides")
  void repealedProvision() {
    Provision<Map<String, Truth>> repealedDecree = Provision.requires(GroundKind.EXPLICIT_LEGAL_DUTY,
        Rule.named("xx.decree.old", "Old decree").citing(article("11"))
            .valid(DateRange.until(DAY.minusDays(1))).when(holds("decree")));
    Precedence<Map<String, Truth>> precedence = Precedence.<Map<String, Truth>>builder()
        .rank("explicit duty", "decree", repealedDecree)
        .rank("exempt list", "exemption", EXEMPT)
        .otherwise(NO_DUTY);

    Resolution r = resolve(precedence, answers("decree", TRUE, "exempt", TRUE));

    assertThat(r.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(r.trace().find("xx.decree.old")).hasValueSatisfying(
        t -> assertThat(t.kind()).isEqualTo(Trace.Kind.NOT_IN_FORCE));
  }

  static final Provision<Map<String, Truth>> MANDATORY_ITEM =
      Provision.requires(GroundKind.MANDATORY_LIST, rule("xx.mandatory.4", "mandatory", "50"));
  static final Provision<Map<String, Truth>> EXEMPT_ITEM =
      Provision.dispenses(GroundKind.EXEMPT_LIST, rule("xx.exempt.2", "exempt", "51"));
  static final Provision<Map<String, Truth>> OTHER_MANDATORY_ITEM =
      Provision.requires(GroundKind.MANDATORY_LIST, rule("xx.mandatory.5", "other", "52"));

  static final Precedence<Map<String, Truth>> LISTS_OF_EQUAL_RANK = Precedence.<Map<String, Truth>>builder()
      .rank("lists", "both lists come from the same authority", MANDATORY_ITEM, EXEMPT_ITEM, OTHER_MANDATORY_ITEM)
      .otherwise(NO_DUTY);

  @Test
  @DisplayName("two provisions of equal rank that both hold with opposite effects are a conflict, reported, never resolved")
  void conflict() {
    Resolution r = resolve(LISTS_OF_EQUAL_RANK, answers("mandatory", TRUE, "exempt", TRUE, "other", FALSE));

    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.english()).startsWith("Provisions of equal rank both require and dispense with a DPIA")
          .contains("Rule xx.mandatory.4", "Rule xx.exempt.2").doesNotContain("Rule xx.mandatory.5");
      assertThat(c.in(java.util.Locale.FRENCH)).startsWith("Des dispositions de même rang imposent une AIPD et en dispensent");
    });
    assertThat(groundIds(r)).containsExactlyInAnyOrder("xx.mandatory.4", "xx.exempt.2");
  }

  @Test
  @DisplayName("two provisions of equal rank that both hold with the same effect agree: both are grounds")
  void agreementOfEqualRank() {
    Resolution r = resolve(LISTS_OF_EQUAL_RANK, answers("mandatory", TRUE, "exempt", FALSE, "other", TRUE));

    assertThat(r.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(groundIds(r)).containsExactly("xx.mandatory.4", "xx.mandatory.5");
    assertThat(r.conflicts()).isEmpty();
  }

  @Test
  @DisplayName("a provision of equal rank that might hold with the opposite effect leaves it open, without a conflict")
  void unknownOfEqualRank() {
    Resolution r = resolve(LISTS_OF_EQUAL_RANK, answers("mandatory", TRUE, "exempt", UNKNOWN, "other", FALSE));

    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.conflicts()).isEmpty();
    assertThat(groundIds(r)).containsExactly("xx.mandatory.4", "xx.exempt.2");
  }

  @Test
  @DisplayName("a ground carries its rule's title, citations, regime, remark and trace")
  void groundContents() {
    Resolution r = resolve(answers("decree", FALSE, "exempt", FALSE, "criteria", TRUE));

    assertThat(r.grounds()).singleElement().satisfies(g -> {
      assertThat(g.kind()).isEqualTo(GroundKind.CRITERIA_PRESUMPTION);
      assertThat(g.effect()).isEqualTo(Effect.REQUIRES);
      assertThat(g.ruleId()).isEqualTo("xx.criteria");
      assertThat(g.title()).isEqualTo(Text.of("Rule xx.criteria"));
      assertThat(g.citations()).containsExactly(article("30"));
      assertThat(g.regime()).contains(TOY_GDPR);
      assertThat(g.remark()).contains(Text.of("the controller may rebut the presumption"));
      assertThat(g.trace().kind()).isEqualTo(Trace.Kind.RULE);
      assertThat(g.trace().id()).isEqualTo("xx.criteria");
      assertThat(g).hasToString("Rule xx.criteria [TDPA art. 30]");
    });
    assertThat(resolve(answers("decree", UNKNOWN, "exempt", TRUE)).grounds().get(1))
        .hasToString("Rule xx.decree [TDPA art. 10] (UNKNOWN)");
  }

  @Test
  @DisplayName("the trace shows each rank consulted with its reason, under the regime, with the outcome's truth")
  void trace() {
    Resolution r = resolve(answers("decree", FALSE, "exempt", TRUE));

    assertThat(r.trace().kind()).isEqualTo(Trace.Kind.ALL);
    assertThat(r.trace().label()).isEqualTo("precedence under Toy data protection");
    assertThat(r.trace().truth()).isEqualTo(FALSE);
    assertThat(r.trace().children()).extracting(Trace::label).containsExactly(
        "rank: explicit duty — a decree naming the processing prevails",
        "rank: exempt list — the authority's exemption prevails over the criteria");
    assertThat(resolve(answers("decree", FALSE, "exempt", FALSE, "criteria", FALSE)).trace().children())
        .extracting(Trace::label).last().isEqualTo("otherwise");
  }

  static Stream<Arguments> everyFillingIn() {
    List<Arguments> all = new ArrayList<>();
    for (Truth decree : Truth.values()) {
      for (Truth exempt : Truth.values()) {
        for (Truth criteria : Truth.values()) {
          all.add(Arguments.of(decree, exempt, criteria));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "decree {0}, exempt {1}, criteria {2}")
  @MethodSource("everyFillingIn")
  @DisplayName("a definite outcome holds for every way the unknowns could be filled in; otherwise it is undetermined")
  void soundness(Truth decree, Truth exempt, Truth criteria) {
    Outcome outcome = resolve(answers("decree", decree, "exempt", exempt, "criteria", criteria)).outcome();

    List<Outcome> possible = new ArrayList<>();
    for (Truth d : fillings(decree)) {
      for (Truth e : fillings(exempt)) {
        for (Truth c : fillings(criteria)) {
          possible.add(resolve(answers("decree", d, "exempt", e, "criteria", c)).outcome());
        }
      }
    }
    assertThat(possible).doesNotContain(Outcome.UNDETERMINED);
    if (possible.stream().distinct().count() == 1) {
      assertThat(outcome).isEqualTo(possible.get(0));
    } else {
      assertThat(outcome).isEqualTo(Outcome.UNDETERMINED);
    }
  }

  private static List<Truth> fillings(Truth t) {
    return t == UNKNOWN ? List.of(TRUE, FALSE) : List.of(t);
  }

  @Test
  @DisplayName("the ranks are kept in the order declared, with their reasons")
  void ranks() {
    assertThat(PRECEDENCE.ranks()).extracting(Precedence.Rank::name)
        .containsExactly("explicit duty", "exempt list", "criteria");
    assertThat(PRECEDENCE.ranks().get(1).reason()).isEqualTo("the authority's exemption prevails over the criteria");
    assertThat(PRECEDENCE.ranks().get(1).provisions()).containsExactly(EXEMPT);
    assertThat(PRECEDENCE.fallback()).isSameAs(NO_DUTY);
  }

  @Test
  @DisplayName("a rank without a provision, or a precedence without a fallback, is refused")
  void refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Precedence.<Map<String, Truth>>builder().rank("empty", "no provision"))
        .withMessageContaining("empty");
    assertThatNullPointerException().isThrownBy(() -> Precedence.<Map<String, Truth>>builder().rank("r", "r", DECREE).otherwise(null));
  }

  @Test
  @DisplayName("a provision's effect leads to its outcome; a remark is added without changing the original")
  void provisions() {
    assertThat(Effect.REQUIRES.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(Effect.DISPENSES.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(DECREE.remark()).isEmpty();
    assertThat(DECREE.withRemark("see the decree").remark()).contains(Text.of("see the decree"));
    assertThat(DECREE.remark()).isEmpty();
    assertThat(DECREE.kind()).isEqualTo(GroundKind.EXPLICIT_LEGAL_DUTY);
    assertThat(DECREE.effect()).isEqualTo(Effect.REQUIRES);
  }
}
