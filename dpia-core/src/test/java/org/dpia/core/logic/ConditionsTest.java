package org.dpia.core.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.dpia.core.Fixtures.answers;
import static org.dpia.core.Fixtures.holds;
import static org.dpia.core.logic.Truth.FALSE;
import static org.dpia.core.logic.Truth.TRUE;
import static org.dpia.core.logic.Truth.UNKNOWN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dpia.core.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Conditions: combinators in three-valued logic")
class ConditionsTest {

  static final LocalDate DAY = LocalDate.of(2024, 1, 15);

  /** The context where facts a, b and c have the given truths. */
  static Context<Map<String, Truth>> given(Truth a, Truth b, Truth c) {
    return Context.of(answers("a", a, "b", b, "c", c), DAY);
  }

  static Context<Map<String, Truth>> nothingKnown() {
    return Context.of(Map.of(), DAY);
  }

  static final List<Condition<Map<String, Truth>>> ABC = List.of(holds("a"), holds("b"), holds("c"));

  /** Evaluates both ways (with and without the trace) and checks they agree before returning the truth. */
  static Truth truthOf(Condition<Map<String, Truth>> condition, Context<Map<String, Truth>> context) {
    Truth traced = condition.evaluate(context).truth();
    assertThat(condition.truth(context))
        .as("the fast truth agrees with the traced evaluation")
        .isEqualTo(traced);
    return traced;
  }

  @Nested
  @DisplayName("fact")
  class FactCondition {

    @ParameterizedTest(name = "a fact answered {0} holds {0}")
    @EnumSource(Truth.class)
    @DisplayName("a fact holds as the input says")
    void readsTheInput(Truth answer) {
      Context<Map<String, Truth>> context = Context.of(answers("data.biometric", answer), DAY);
      assertThat(truthOf(holds("data.biometric"), context)).isEqualTo(answer);
    }

    @Test
    @DisplayName("a fact the input does not mention is unknown, not false")
    void missingIsUnknown() {
      assertThat(truthOf(holds("data.biometric"), nothingKnown())).isEqualTo(UNKNOWN);
    }

    @Test
    @DisplayName("its trace is a leaf naming the fact's id and description")
    void trace() {
      Trace trace = holds("data.biometric").evaluate(Context.of(answers("data.biometric", TRUE), DAY));
      assertThat(trace.kind()).isEqualTo(Trace.Kind.FACT);
      assertThat(trace.id()).isEqualTo("data.biometric");
      assertThat(trace.label()).isEqualTo("the answer to data.biometric");
      assertThat(trace.truth()).isEqualTo(TRUE);
      assertThat(trace.children()).isEmpty();
      assertThat(trace.citations()).isEmpty();
      assertThat(trace.validity()).isEmpty();
    }
  }

  @Nested
  @DisplayName("constant")
  class Constant {

    @ParameterizedTest(name = "a constant {0} is {0} whatever the input")
    @EnumSource(Truth.class)
    @DisplayName("a constant ignores the input")
    void ignoresInput(Truth truth) {
      Condition<Map<String, Truth>> constant = Conditions.constant(truth, "the act says so");
      assertThat(truthOf(constant, nothingKnown())).isEqualTo(truth);
      assertThat(truthOf(constant, given(TRUE, TRUE, TRUE))).isEqualTo(truth);
      assertThat(truthOf(constant, given(FALSE, FALSE, FALSE))).isEqualTo(truth);
    }

    @Test
    @DisplayName("its trace gives the reason in words")
    void trace() {
      Trace trace = Conditions.<Map<String, Truth>>constant(FALSE, "no duty before the act").evaluate(nothingKnown());
      assertThat(trace.kind()).isEqualTo(Trace.Kind.CONSTANT);
      assertThat(trace.label()).isEqualTo("no duty before the act");
      assertThat(trace.truth()).isEqualTo(FALSE);
      assertThat(trace.id()).isEmpty();
    }
  }

  @Nested
  @DisplayName("all, any")
  class AllAny {

    @ParameterizedTest(name = "a={0}, b={1}, c={2}: all {3}, any {4}")
    @DisplayName("all is false when one is false, any is true when one is true, otherwise unknown wins")
    @CsvSource({
      "TRUE,    TRUE,    TRUE,    TRUE,    TRUE",
      "TRUE,    TRUE,    FALSE,   FALSE,   TRUE",
      "TRUE,    TRUE,    UNKNOWN, UNKNOWN, TRUE",
      "TRUE,    FALSE,   UNKNOWN, FALSE,   TRUE",
      "FALSE,   FALSE,   FALSE,   FALSE,   FALSE",
      "FALSE,   FALSE,   UNKNOWN, FALSE,   UNKNOWN",
      "FALSE,   UNKNOWN, UNKNOWN, FALSE,   UNKNOWN",
      "UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN",
      "UNKNOWN, TRUE,    TRUE,    UNKNOWN, TRUE",
      "UNKNOWN, FALSE,   TRUE,    FALSE,   TRUE",
    })
    void table(Truth a, Truth b, Truth c, Truth all, Truth any) {
      assertThat(truthOf(Conditions.all(ABC), given(a, b, c))).isEqualTo(all);
      assertThat(truthOf(Conditions.any(ABC), given(a, b, c))).isEqualTo(any);
      assertThat(truthOf(holds("a").and(holds("b")).and(holds("c")), given(a, b, c))).isEqualTo(all);
      assertThat(truthOf(holds("a").or(holds("b")).or(holds("c")), given(a, b, c))).isEqualTo(any);
    }

    @Test
    @DisplayName("all of nothing holds, any of nothing does not")
    void empty() {
      assertThat(truthOf(Conditions.all(List.of()), nothingKnown())).isEqualTo(TRUE);
      assertThat(truthOf(Conditions.any(List.of()), nothingKnown())).isEqualTo(FALSE);
      assertThat(truthOf(Conditions.<Map<String, Truth>>all(), nothingKnown())).isEqualTo(TRUE);
      assertThat(truthOf(Conditions.<Map<String, Truth>>any(), nothingKnown())).isEqualTo(FALSE);
    }

    @Test
    @DisplayName("the trace of all keeps every part, in order, even after a false one")
    void allTrace() {
      Trace trace = Conditions.all(ABC).evaluate(given(FALSE, TRUE, UNKNOWN));
      assertThat(trace.kind()).isEqualTo(Trace.Kind.ALL);
      assertThat(trace.label()).isEqualTo("all of");
      assertThat(trace.truth()).isEqualTo(FALSE);
      assertThat(trace.children()).extracting(Trace::id).containsExactly("a", "b", "c");
      assertThat(trace.children()).extracting(Trace::truth).containsExactly(FALSE, TRUE, UNKNOWN);
    }

    @Test
    @DisplayName("the trace of any keeps every part, in order, even after a true one")
    void anyTrace() {
      Trace trace = Conditions.any(ABC).evaluate(given(TRUE, FALSE, UNKNOWN));
      assertThat(trace.kind()).isEqualTo(Trace.Kind.ANY);
      assertThat(trace.label()).isEqualTo("any of");
      assertThat(trace.truth()).isEqualTo(TRUE);
      assertThat(trace.children()).extracting(Trace::id).containsExactly("a", "b", "c");
    }

    @Test
    @DisplayName("a condition keeps its parts as given, not the caller's list that changes afterwards")
    void partsAreCopied() {
      List<Condition<Map<String, Truth>>> parts = new ArrayList<>(List.of(holds("a")));
      Condition<Map<String, Truth>> all = Conditions.all(parts);
      parts.add(holds("b"));
      assertThat(truthOf(all, given(TRUE, FALSE, FALSE))).isEqualTo(TRUE);
    }
  }

  @Nested
  @DisplayName("at least n")
  class AtLeast {

    @ParameterizedTest(name = "a={0}, b={1}, c={2}: at least 2 is {3}")
    @DisplayName("at least two of three: true once two are true, false once two cannot be")
    @CsvSource({
      "TRUE,    TRUE,    TRUE,    TRUE",
      "TRUE,    TRUE,    FALSE,   TRUE",     // exactly n true
      "TRUE,    TRUE,    UNKNOWN, TRUE",     // n true, the rest does not matter
      "TRUE,    UNKNOWN, FALSE,   UNKNOWN",  // n-1 true and one unknown
      "TRUE,    FALSE,   FALSE,   FALSE",    // n-1 true and the rest false
      "UNKNOWN, UNKNOWN, FALSE,   UNKNOWN",
      "UNKNOWN, FALSE,   FALSE,   FALSE",
      "UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN",
      "FALSE,   FALSE,   FALSE,   FALSE",
    })
    void twoOfThree(Truth a, Truth b, Truth c, Truth expected) {
      assertThat(truthOf(Conditions.atLeast(2, ABC), given(a, b, c))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "a={0}, b={1}, c={2}")
    @DisplayName("at least one is the same as any")
    @CsvSource({"TRUE, FALSE, FALSE", "FALSE, FALSE, FALSE", "UNKNOWN, FALSE, FALSE", "UNKNOWN, TRUE, UNKNOWN"})
    void oneIsAny(Truth a, Truth b, Truth c) {
      assertThat(truthOf(Conditions.atLeast(1, ABC), given(a, b, c)))
          .isEqualTo(truthOf(Conditions.any(ABC), given(a, b, c)));
    }

    @Test
    @DisplayName("at least none always holds; more than there are never holds")
    void extremes() {
      assertThat(truthOf(Conditions.atLeast(0, ABC), given(FALSE, FALSE, FALSE))).isEqualTo(TRUE);
      assertThat(truthOf(Conditions.atLeast(0, List.of()), nothingKnown())).isEqualTo(TRUE);
      assertThat(truthOf(Conditions.atLeast(4, ABC), given(TRUE, TRUE, TRUE))).isEqualTo(FALSE);
      assertThat(truthOf(Conditions.atLeast(3, ABC), given(TRUE, TRUE, TRUE))).isEqualTo(TRUE);
    }

    @Test
    @DisplayName("a negative threshold is refused with the value given")
    void negative() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Conditions.atLeast(-1, ABC))
          .withMessageContaining("-1");
    }

    @Test
    @DisplayName("its trace says how many of how many, over every part")
    void trace() {
      Trace trace = Conditions.atLeast(2, ABC).evaluate(given(TRUE, UNKNOWN, FALSE));
      assertThat(trace.kind()).isEqualTo(Trace.Kind.AT_LEAST);
      assertThat(trace.label()).isEqualTo("at least 2 of 3");
      assertThat(trace.truth()).isEqualTo(UNKNOWN);
      assertThat(trace.children()).extracting(Trace::id).containsExactly("a", "b", "c");
    }
  }

  @Nested
  @DisplayName("not, unless")
  class NotUnless {

    @ParameterizedTest(name = "not {0} is {1}")
    @DisplayName("not negates its condition")
    @CsvSource({"TRUE, FALSE", "FALSE, TRUE", "UNKNOWN, UNKNOWN"})
    void not(Truth a, Truth expected) {
      assertThat(truthOf(Conditions.not(holds("a")), given(a, FALSE, FALSE))).isEqualTo(expected);
    }

    @Test
    @DisplayName("the trace of not has the negated condition as its only child")
    void notTrace() {
      Trace trace = Conditions.not(holds("a")).evaluate(given(TRUE, FALSE, FALSE));
      assertThat(trace.kind()).isEqualTo(Trace.Kind.NOT);
      assertThat(trace.label()).isEqualTo("not");
      assertThat(trace.truth()).isEqualTo(FALSE);
      assertThat(trace.children()).singleElement().satisfies(child -> {
        assertThat(child.id()).isEqualTo("a");
        assertThat(child.truth()).isEqualTo(TRUE);
      });
    }

    @ParameterizedTest(name = "main {0} unless exception {1} is {2}")
    @DisplayName("an exception that holds defeats the main rule; one that might hold leaves it open")
    @CsvSource({
      "TRUE,    FALSE,   TRUE",
      "TRUE,    TRUE,    FALSE",
      "TRUE,    UNKNOWN, UNKNOWN",
      "FALSE,   FALSE,   FALSE",
      "FALSE,   TRUE,    FALSE",
      "FALSE,   UNKNOWN, FALSE",
      "UNKNOWN, FALSE,   UNKNOWN",
      "UNKNOWN, TRUE,    FALSE",
      "UNKNOWN, UNKNOWN, UNKNOWN",
    })
    void unless(Truth main, Truth exception, Truth expected) {
      assertThat(truthOf(Conditions.unless(holds("a"), holds("b")), given(main, exception, FALSE)))
          .isEqualTo(expected);
    }

    @Test
    @DisplayName("the trace of unless keeps the main condition first and the exception second")
    void unlessTrace() {
      Trace trace = Conditions.unless(holds("a"), holds("b")).evaluate(given(TRUE, UNKNOWN, FALSE));
      assertThat(trace.kind()).isEqualTo(Trace.Kind.UNLESS);
      assertThat(trace.label()).isEqualTo("unless");
      assertThat(trace.truth()).isEqualTo(UNKNOWN);
      assertThat(trace.children()).extracting(Trace::id).containsExactly("a", "b");
      assertThat(trace.unknownFacts()).containsExactly("b");
    }
  }

  @Test
  @DisplayName("combinators nest, and the trace of the whole lists every unknown fact once")
  void nesting() {
    Condition<Map<String, Truth>> nested = Conditions.any(
        Conditions.all(holds("a"), holds("b")),
        Conditions.unless(holds("c"), holds("a")));
    Trace trace = nested.evaluate(given(UNKNOWN, TRUE, FALSE));
    assertThat(trace.truth()).isEqualTo(UNKNOWN);
    assertThat(trace.unknownFacts()).containsExactly("a");
    assertThat(trace.nodes()).hasSize(1 + 1 + 2 + 1 + 2);
    assertThat(Fixtures.fact("a").holds().truth(Context.of(answers("a", TRUE), DAY))).isEqualTo(TRUE);
  }

  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.DisplayName("a condition lists what it is made of: the parts of a combination, a rule's condition, nothing for a fact")
  void operands() {
    org.dpia.core.logic.Fact<String> a = org.dpia.core.logic.Fact.of("a", "a", s -> Truth.TRUE);
    org.dpia.core.logic.Fact<String> b = org.dpia.core.logic.Fact.of("b", "b", s -> Truth.FALSE);
    Condition<String> all = Conditions.all(a.holds(), b.holds());
    Rule<String> rule = Rule.named("r", "R").citing(org.dpia.core.Fixtures.article("1")).when(Conditions.not(all));

    org.assertj.core.api.Assertions.assertThat(a.holds().operands()).isEmpty();
    org.assertj.core.api.Assertions.assertThat(all.operands()).hasSize(2);
    org.assertj.core.api.Assertions.assertThat(rule.operands()).singleElement().satisfies(c -> org.assertj.core.api.Assertions.assertThat(c.operands()).containsExactly(all));
    org.assertj.core.api.Assertions.assertThat(Conditions.unless(a.holds(), b.holds()).operands()).hasSize(2);
    org.assertj.core.api.Assertions.assertThat(Conditions.atLeast(1, java.util.List.of(a.holds(), b.holds())).operands()).hasSize(2);
    org.assertj.core.api.Assertions.assertThat(Conditions.any(a.holds(), b.holds()).operands()).hasSize(2);
    org.assertj.core.api.Assertions.assertThat(Conditions.constant(Truth.TRUE, "c").operands()).isEmpty();
    org.assertj.core.api.Assertions.assertThat(Conditions.statedOr(a, b.holds()).operands()).hasSize(2)
        .first().satisfies(c -> org.assertj.core.api.Assertions.assertThat(c.facts()).containsExactly(a));
  }
}
