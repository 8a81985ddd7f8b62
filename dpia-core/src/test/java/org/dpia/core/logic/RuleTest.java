package org.dpia.core.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dpia.core.Fixtures.answers;
import static org.dpia.core.Fixtures.article;
import static org.dpia.core.Fixtures.holds;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dpia.core.law.Citation;
import org.dpia.core.time.DateRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Rule: a condition with a citation and dates of validity")
class RuleTest {

  static final LocalDate FIRST_DAY = LocalDate.of(2018, 5, 25);
  static final LocalDate LAST_DAY = LocalDate.of(2025, 3, 31);

  /** A fact that counts how often it is read. */
  static Fact<Map<String, Truth>> counted(String id, AtomicInteger reads) {
    return Fact.of(id, "counted " + id, answers -> {
      reads.incrementAndGet();
      return answers.getOrDefault(id, Truth.UNKNOWN);
    });
  }

  /** A fact whose reading is an error: a rule that is not in force must never get to it. */
  static Fact<Map<String, Truth>> unreadable(String id) {
    return Fact.of(id, "must not be read", answers -> {
      throw new AssertionError("fact " + id + " was read");
    });
  }

  static Rule<Map<String, Truth>> biometricRule(Condition<Map<String, Truth>> condition) {
    return Rule.named("xx.biometric", "Biometric identification")
        .citing(article("9"), article("35"))
        .valid(DateRange.of(FIRST_DAY, LAST_DAY))
        .when(condition);
  }

  static Stream<Arguments> daysAroundTheValidity() {
    return Stream.of(
        Arguments.of("the day before the first day", FIRST_DAY.minusDays(1), false),
        Arguments.of("the first day", FIRST_DAY, true),
        Arguments.of("a day in between", LocalDate.of(2021, 1, 1), true),
        Arguments.of("the last day", LAST_DAY, true),
        Arguments.of("the day after the last day", LAST_DAY.plusDays(1), false));
  }

  @ParameterizedTest(name = "on {0} ({1}) in force: {2}")
  @MethodSource("daysAroundTheValidity")
  @DisplayName("a rule applies from its first day to its last day, both included")
  void validityBoundaries(String when, LocalDate day, boolean inForce) {
    Rule<Map<String, Truth>> rule = biometricRule(holds("biometric"));
    Context<Map<String, Truth>> context = Context.of(answers("biometric", Truth.TRUE), day);

    Trace trace = rule.evaluate(context);

    assertThat(rule.inForceOn(day)).isEqualTo(inForce);
    assertThat(trace.kind()).isEqualTo(inForce ? Trace.Kind.RULE : Trace.Kind.NOT_IN_FORCE);
    assertThat(trace.truth()).isEqualTo(inForce ? Truth.TRUE : Truth.FALSE);
    assertThat(rule.truth(context)).isEqualTo(trace.truth());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2018-05-24", "2025-04-01"})
  @DisplayName("a rule not in force on the day is false and reads no fact at all")
  void notInForceReadsNothing(LocalDate day) {
    Rule<Map<String, Truth>> rule = biometricRule(Conditions.all(unreadable("biometric").holds(), unreadable("scale").holds()));
    Context<Map<String, Truth>> context = Context.of(Map.of(), day);

    Trace trace = rule.evaluate(context);

    assertThat(trace.kind()).isEqualTo(Trace.Kind.NOT_IN_FORCE);
    assertThat(trace.truth()).isEqualTo(Truth.FALSE);
    assertThat(trace.children()).isEmpty();
    assertThat(trace.facts()).isEmpty();
    assertThat(trace.unknownFacts()).isEmpty();
    assertThat(trace.id()).isEqualTo("xx.biometric");
    assertThat(trace.label()).isEqualTo("Biometric identification");
    assertThat(trace.citations()).containsExactly(article("9"), article("35"));
    assertThat(trace.validity()).contains(DateRange.of(FIRST_DAY, LAST_DAY));
    assertThat(rule.truth(context)).isEqualTo(Truth.FALSE);
  }

  @Test
  @DisplayName("a rule in force reads its facts once per evaluation")
  void inForceReadsFacts() {
    AtomicInteger reads = new AtomicInteger();
    Rule<Map<String, Truth>> rule = biometricRule(counted("biometric", reads).holds());
    Context<Map<String, Truth>> inForce = Context.of(answers("biometric", Truth.FALSE), FIRST_DAY);
    Context<Map<String, Truth>> before = Context.of(answers("biometric", Truth.TRUE), FIRST_DAY.minusDays(1));

    assertThat(rule.evaluate(inForce).truth()).isEqualTo(Truth.FALSE);
    assertThat(rule.truth(inForce)).isEqualTo(Truth.FALSE);
    assertThat(reads).hasValue(2);
    rule.evaluate(before);
    rule.truth(before);
    assertThat(reads).as("no read before the first day").hasValue(2);
  }

  @Test
  @DisplayName("a rule in force carries its id, title, citations and validity over the trace of its condition")
  void inForceTrace() {
    Rule<Map<String, Truth>> rule = biometricRule(holds("biometric"));

    Trace trace = rule.evaluate(Context.of(Map.of(), FIRST_DAY));

    assertThat(trace.kind()).isEqualTo(Trace.Kind.RULE);
    assertThat(trace.id()).isEqualTo("xx.biometric");
    assertThat(trace.label()).isEqualTo("Biometric identification");
    assertThat(trace.truth()).isEqualTo(Truth.UNKNOWN);
    assertThat(trace.citations()).extracting(Citation::toString).containsExactly("TDPA art. 9", "TDPA art. 35");
    assertThat(trace.validity()).contains(DateRange.of(FIRST_DAY, LAST_DAY));
    assertThat(trace.children()).singleElement().satisfies(body -> {
      assertThat(body.kind()).isEqualTo(Trace.Kind.FACT);
      assertThat(body.id()).isEqualTo("biometric");
    });
    assertThat(trace.unknownFacts()).containsExactly("biometric");
  }

  @Test
  @DisplayName("a repealed rule counts as false inside other conditions, so its negation holds")
  void notInForceInsideCombinations() {
    Rule<Map<String, Truth>> rule = biometricRule(holds("biometric"));
    Context<Map<String, Truth>> afterRepeal = Context.of(answers("biometric", Truth.TRUE), LAST_DAY.plusDays(1));

    assertThat(Conditions.not(rule).evaluate(afterRepeal).truth()).isEqualTo(Truth.TRUE);
    assertThat(Conditions.any(rule, holds("other")).evaluate(afterRepeal).truth()).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  @DisplayName("a rule is always in force unless its validity says otherwise")
  void defaultValidity() {
    Rule<Map<String, Truth>> rule = Rule.named("xx.always", "Always").citing(article("1")).when(holds("a"));
    assertThat(rule.validity()).isEqualTo(DateRange.always());
    assertThat(rule.inForceOn(LocalDate.of(1900, 1, 1))).isTrue();
  }

  @Test
  @DisplayName("a rule that cites no legal source is refused: every rule is law with an address")
  void citationIsRequired() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Rule.named("xx.uncited", "Uncited").valid(DateRange.always()).when(holds("a")))
        .withMessageContaining("xx.uncited");
  }

  @ParameterizedTest(name = "id \"{0}\"")
  @ValueSource(strings = {"", " ", "\t"})
  @DisplayName("a blank rule id or title is refused")
  void blankIdOrTitle(String blank) {
    assertThatIllegalArgumentException().isThrownBy(() -> Rule.named(blank, "Title")).withMessageContaining("id");
    assertThatIllegalArgumentException().isThrownBy(() -> Rule.named("xx.id", blank)).withMessageContaining("title");
  }

  @Test
  @DisplayName("a missing id, condition, citation or validity is a programming error")
  void nulls() {
    assertThatNullPointerException().isThrownBy(() -> Rule.named(null, "Title"));
    assertThatNullPointerException().isThrownBy(() -> Rule.named("xx.id", "Title").citing(article("1")).when(null));
    assertThatNullPointerException().isThrownBy(() -> Rule.named("xx.id", "Title").citing((Citation) null));
    assertThatNullPointerException().isThrownBy(() -> Rule.named("xx.id", "Title").valid(null));
  }

  @Test
  @DisplayName("a rule keeps the citations it was built with")
  void citationsAreFixed() {
    Rule.Draft draft = Rule.named("xx.id", "Title").citing(article("1"));
    Rule<Map<String, Truth>> rule = draft.when(holds("a"));
    draft.citing(article("2"));
    assertThat(rule.citations()).containsExactly(article("1"));
    assertThatThrownBy(() -> rule.citations().add(article("3"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("a rule prints as its id, title and validity")
  void printing() {
    assertThat(biometricRule(holds("a")))
        .hasToString("xx.biometric (Biometric identification, 2018-05-25 to 2025-03-31)");
    assertThat(biometricRule(holds("a")).title()).isEqualTo("Biometric identification");
  }
}
