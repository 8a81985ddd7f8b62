package org.dpia.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dpia.assertj.DecisionAssert;
import org.dpia.assertj.DpiaAssertions;
import org.dpia.core.audit.Audit;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.logic.Rule;
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.Gallery;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gallery of cases, each a legal case that carries what the law gives: one parameterised test
 * decides every case and checks its outcome, the rules it rests on (all of them), the regime that
 * governs it and, for a case told over time, the periods its audit finds in breach.
 */
@DisplayName("The gallery of cases")
class GalleryTest {

  static final Rulebook FRANCE = FrenchRulebook.create();

  static Stream<Case> cases() {
    return Gallery.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("every case comes out as its source says, on the grounds it names")
  void everyCase(Case c) {
    Decision d = FRANCE.decide(c.operation(), c.date());

    DecisionAssert decision = DpiaAssertions.assertThat(d).hasOutcome(c.outcome());
    c.grounds().forEach(decision::onGround);
    c.regime().ifPresent(decision::underRegime);
    // a rule may decide under two regimes at once (an explicit legal duty): compare the rules, not the grounds
    assertThat(d.decisiveGrounds().stream().map(Ground::ruleId).distinct()).as("%s rests on exactly these rules", c.id())
        .containsExactlyInAnyOrderElementsOf(c.grounds().stream().map(Rule::id).distinct().toList());
    if (c.history().isPresent()) {
      Audit a = FRANCE.audit(c.history().get(), c.auditUntil().orElseThrow());
      assertThat(a.breachedPeriods()).as("the breaches of %s", c.id()).containsExactlyElementsOf(c.breaches());
    } else {
      assertThat(c.breaches()).as("a case without a history has no breach to expect").isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("what an explanation weighs is what its trace reads: the presumptions are presumed facts of the trace, with"
      + " the truth read there; every missing fact is read unknown in the trace or one the law reads; every ground's trace is"
      + " the rule's node in the decision's trace")
  void explanationAgreesWithItsTrace(Case c) {
    Decision d = FRANCE.decide(c.operation(), c.date());
    java.util.Map<String, org.dpia.core.logic.Truth> read = d.trace().facts();

    assertThat(d.presumptions()).allSatisfy(p -> {
      assertThat(d.trace().presumedFacts()).as(c.id()).containsEntry(p.factId(), p.description());
      assertThat(read).as(c.id()).containsEntry(p.factId(), p.presumed());
    });
    assertThat(d.missingFacts()).allSatisfy(m -> assertThat(((FrenchRulebook) FRANCE).jurisdiction().factIds())
        .as(c.id()).contains(m.factId()));
    for (Ground g : d.grounds()) {
      if (g.truth() == org.dpia.core.logic.Truth.TRUE) {
        assertThat(d.trace().find(g.ruleId())).as("%s: %s", c.id(), g.ruleId()).isPresent();
      }
    }
    assertThat(d.trace().nodes()).as(c.id()).isNotEmpty().first().satisfies(top -> {
      assertThat(top.truth()).isEqualTo(d.outcome().asTruth());
      assertThat(top.children()).isNotEmpty();
    });
  }

  @Test
  @DisplayName("every case has a unique kebab-case id, a title and a source, and the Lille cases come first")
  void idsAreUnique() {
    List<String> ids = Gallery.all().stream().map(Case::id).toList();

    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "kebab-case");
    assertThat(ids).startsWith("lille-briefcam", "lille-history");
    assertThat(Gallery.all()).allSatisfy(c -> {
      assertThat(c.title()).as(c.id()).isNotBlank().doesNotContain("\n");
      assertThat(c.source()).as(c.id()).isNotBlank();
      assertThat(Gallery.find(c.id())).contains(c);
    });
  }

  @Test
  @DisplayName("between them the cases rest on every item of both CNIL lists (délibérations n° 2018-327 and n° 2019-118)")
  void coversEveryListItem() {
    Set<String> grounds = new TreeSet<>();
    Gallery.all().forEach(c -> c.grounds().forEach(r -> grounds.add(r.id())));

    assertThat(grounds)
        .containsAll(IntStream.rangeClosed(1, 14).mapToObj(n -> "fr.cnil.2018-327.item-" + n).toList())
        .containsAll(IntStream.rangeClosed(1, 10).mapToObj(n -> "fr.cnil.2019-118.item-" + n).toList())
        .contains("fr.cnil.2019-118.breathalysers", "fr.cnil.2019-118.access-control-and-working-time");
  }
}
