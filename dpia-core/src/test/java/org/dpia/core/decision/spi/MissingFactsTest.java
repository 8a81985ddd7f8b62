package org.dpia.core.decision.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.core.Fixtures.answers;
import static org.dpia.core.logic.Truth.FALSE;
import static org.dpia.core.logic.Truth.TRUE;
import static org.dpia.core.logic.Truth.UNKNOWN;

import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Outcome;
import java.util.Optional;
import org.dpia.core.text.Text;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Truth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("MissingFacts: which unknown facts matter, most decisive first")
class MissingFactsTest {

  static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  static Truth read(Context<Map<String, Truth>> context, String id) {
    return context.assumption(id).orElse(context.input().getOrDefault(id, UNKNOWN));
  }

  static Map<String, Text> described(String... ids) {
    Map<String, Text> facts = new LinkedHashMap<>();
    for (String id : ids) {
      facts.put(id, Text.of("the answer to " + id));
    }
    return facts;
  }

  /** Ranks with a decision procedure that answers null for impossible fillings-in. */
  static List<MissingFact> rank(Context<Map<String, Truth>> context, Map<String, Text> facts,
      Function<Context<Map<String, Truth>>, Outcome> decide) {
    return MissingFacts.rank(context, facts, c -> Optional.ofNullable(decide.apply(c)));
  }

  @Test
  @DisplayName("with the decree, exempt list and criteria all unknown, the decree is asked first and the others keep a witness")
  void throughAPrecedence() {
    Context<Map<String, Truth>> nothingKnown = Context.of(Map.of(), DAY);
    Map<String, Text> unknown = PrecedenceTest.PRECEDENCE.resolve(nothingKnown, PrecedenceTest.TOY_GDPR)
        .trace().unknownFactTexts();
    unknown.put("unread", Text.of("a fact no rule reads"));

    List<MissingFact> ranked = rank(nothingKnown, unknown, PrecedenceTest.PRECEDENCE::outcome);

    assertThat(ranked).extracting(MissingFact::factId).containsExactly("decree", "exempt", "criteria");
    MissingFact decree = ranked.get(0);
    assertThat(decree.ifTrue()).isEqualTo(Outcome.REQUIRED);
    assertThat(decree.ifFalse()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(decree.decisiveness()).isEqualTo(1);
    assertThat(decree.settlesAlone()).isFalse();
    assertThat(decree.witness()).isEmpty();
    assertThat(decree.description()).isEqualTo(Text.of("the answer to decree"));

    MissingFact exempt = ranked.get(1);
    assertThat(exempt.ifTrue()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(exempt.ifFalse()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(exempt.decisiveness()).isZero();
    assertThat(exempt.witness()).as("once the decree is known not to apply, the exemption decides")
        .containsExactly(Map.entry("decree", FALSE));
    assertThat(ranked.get(2).witness()).containsExactly(Map.entry("decree", FALSE));
  }

  @Test
  @DisplayName("a witness really is a filling-in under which the fact's answer changes the outcome")
  void witnessIsACertificate() {
    Context<Map<String, Truth>> nothingKnown = Context.of(Map.of(), DAY);
    Function<Context<Map<String, Truth>>, Outcome> decide = PrecedenceTest.PRECEDENCE::outcome;

    for (MissingFact m : rank(nothingKnown, described("decree", "exempt", "criteria"), decide)) {
      Context<Map<String, Truth>> given = nothingKnown.assumingAll(m.witness());
      assertThat(decide.apply(given.assuming(m.factId(), TRUE)))
          .as(m.factId())
          .isNotEqualTo(decide.apply(given.assuming(m.factId(), FALSE)));
    }
  }

  /**
   * A decision procedure built to show the three levels: s settles the outcome alone, o requires a
   * DPIA when true, w and v require one together (and dispense together), n is never read.
   */
  static Outcome levels(Context<Map<String, Truth>> context) {
    Truth s = read(context, "s");
    if (s.isKnown()) {
      return s.isTrue() ? Outcome.REQUIRED : Outcome.NOT_REQUIRED;
    }
    if (read(context, "o").isTrue()) {
      return Outcome.REQUIRED;
    }
    Truth w = read(context, "w");
    Truth v = read(context, "v");
    return w.isKnown() && v.isKnown() ? Outcome.of(w.and(v)) : Outcome.UNDETERMINED;
  }

  @Test
  @DisplayName("a fact that settles the outcome either way comes first, then one that settles it one way, then those that matter together")
  void orderedByDecisiveness() {
    List<MissingFact> ranked =
        rank(Context.of(Map.of(), DAY), described("w", "v", "o", "s", "n"), MissingFactsTest::levels);

    assertThat(ranked).extracting(MissingFact::factId).containsExactly("s", "o", "w", "v");
    assertThat(ranked).extracting(MissingFact::decisiveness).containsExactly(2, 1, 0, 0);
    assertThat(ranked).extracting(MissingFact::settlesAlone).containsExactly(true, false, false, false);
    assertThat(ranked.get(0).ifTrue()).isEqualTo(Outcome.REQUIRED);
    assertThat(ranked.get(0).ifFalse()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(ranked.get(2).witness()).containsExactly(Map.entry("v", TRUE));
    assertThat(ranked.get(3).witness()).containsExactly(Map.entry("w", TRUE));
  }

  @Test
  @DisplayName("a fact whose answer cannot change the undetermined outcome is not listed")
  void irrelevantFactNotListed() {
    Function<Context<Map<String, Truth>>, Outcome> decide = context -> Outcome.of(read(context, "a"));

    List<MissingFact> ranked = rank(Context.of(answers("z", UNKNOWN), DAY), described("z", "a"), decide);

    assertThat(ranked).extracting(MissingFact::factId).containsExactly("a");
  }

  @Test
  @DisplayName("an answer that is impossible with the other facts counts as undetermined")
  void impossibleAnswer() {
    Function<Context<Map<String, Truth>>, Outcome> decide = context -> {
      Truth child = read(context, "child");
      if (child.isTrue() && read(context, "adult").isTrue()) {
        return null;
      }
      return child.isFalse() ? Outcome.NOT_REQUIRED : Outcome.UNDETERMINED;
    };

    List<MissingFact> ranked = rank(Context.of(answers("adult", TRUE), DAY), described("child"), decide);

    assertThat(ranked).singleElement().satisfies(m -> {
      assertThat(m.ifTrue()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(m.ifFalse()).isEqualTo(Outcome.NOT_REQUIRED);
    });
  }

  @Test
  @DisplayName("an impossible filling-in is skipped in the search for a witness")
  void impossibleWitnessSkipped() {
    // x and y matter together, but x true with y true is impossible; x false with y true decides
    Function<Context<Map<String, Truth>>, Outcome> decide = context -> {
      Truth x = read(context, "x");
      Truth y = read(context, "y");
      if (x.isTrue() && y.isTrue()) {
        return null;
      }
      return x.isKnown() && y.isKnown() ? Outcome.of(x.or(y).not()) : Outcome.UNDETERMINED;
    };

    List<MissingFact> ranked = rank(Context.of(Map.of(), DAY), described("x", "y"), decide);

    assertThat(ranked).extracting(MissingFact::factId).containsExactly("x", "y");
    assertThat(ranked.get(0).witness()).containsExactly(Map.entry("y", FALSE));
  }

  @ParameterizedTest(name = "if true {0}, if false {1}: settles alone {2}, decisiveness {3}")
  @DisplayName("a missing fact is as decisive as the number of answers that settle the outcome")
  @CsvSource({
    "REQUIRED,     NOT_REQUIRED, true,  2",
    "NOT_REQUIRED, REQUIRED,     true,  2",
    "REQUIRED,     UNDETERMINED, false, 1",
    "UNDETERMINED, NOT_REQUIRED, false, 1",
    "UNDETERMINED, UNDETERMINED, false, 0",
  })
  void decisiveness(Outcome ifTrue, Outcome ifFalse, boolean settlesAlone, int decisiveness) {
    MissingFact m = MissingFact.builder().factId("f").description(Text.of("f holds")).ifTrue(ifTrue).ifFalse(ifFalse).build();

    assertThat(m.settlesAlone()).isEqualTo(settlesAlone);
    assertThat(m.decisiveness()).isEqualTo(decisiveness);
    assertThat(m.witness()).isEmpty();
    assertThat(m).hasToString("f (if true: " + ifTrue + ", if false: " + ifFalse + ")");
  }

  @ParameterizedTest(name = "{0} ↔ {1}")
  @DisplayName("an outcome is the truth of \"a DPIA is required\", and back")
  @CsvSource({"TRUE, REQUIRED", "FALSE, NOT_REQUIRED", "UNKNOWN, UNDETERMINED"})
  void outcomeAndTruth(Truth truth, Outcome outcome) {
    assertThat(Outcome.of(truth)).isEqualTo(outcome);
    assertThat(outcome.asTruth()).isEqualTo(truth);
  }
}
