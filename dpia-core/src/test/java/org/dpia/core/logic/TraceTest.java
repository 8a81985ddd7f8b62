package org.dpia.core.logic;

import org.dpia.core.text.Text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dpia.core.Fixtures.answers;
import static org.dpia.core.Fixtures.article;
import static org.dpia.core.Fixtures.holds;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dpia.core.time.DateRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Trace: the explanation of an evaluation")
class TraceTest {

  static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  /** A small rulebook: the statutory case (in force), a repealed list item, and the criteria. */
  static final Rule<Map<String, Truth>> STATUTORY_CASE = Rule.named("xx.35-3-b", "Large-scale sensitive data")
      .citing(article("35"))
      .valid(DateRange.from(LocalDate.of(2018, 5, 25)))
      .when(Conditions.all(holds("data.sensitive"), holds("scale.large")));

  static final Rule<Map<String, Truth>> REPEALED_ITEM = Rule.named("xx.list.4", "Old list item 4")
      .citing(article("36"))
      .valid(DateRange.until(LocalDate.of(2020, 12, 31)))
      .when(holds("data.biometric"));

  static final Rule<Map<String, Truth>> CRITERIA = Rule.named("xx.criteria", "Two criteria")
      .citing(article("37"))
      .when(Conditions.atLeast(2, List.of(holds("scale.large"), holds("monitoring"), holds("data.sensitive"))));

  static final Condition<Map<String, Truth>> DUTY = Conditions.any(STATUTORY_CASE, REPEALED_ITEM, CRITERIA);

  static Trace evaluate(Map<String, Truth> answers) {
    return DUTY.evaluate(Context.of(answers, DAY));
  }

  @Test
  @DisplayName("the facts read are listed once each, in the order first met, with their truth")
  void facts() {
    Trace trace = evaluate(answers("data.sensitive", Truth.TRUE, "monitoring", Truth.FALSE));

    assertThat(trace.facts()).containsExactly(
        Map.entry("data.sensitive", Truth.TRUE),
        Map.entry("scale.large", Truth.UNKNOWN),
        Map.entry("monitoring", Truth.FALSE));
  }

  @Test
  @DisplayName("a repealed rule reads no fact, so its facts are not listed")
  void repealedRuleFactsNotListed() {
    Trace trace = evaluate(Map.of());

    assertThat(trace.facts()).doesNotContainKey("data.biometric");
    assertThat(trace.unknownFacts()).containsExactly("data.sensitive", "scale.large", "monitoring");
    assertThat(trace.unknownFactDescriptions()).containsExactly(
        Map.entry("data.sensitive", "the answer to data.sensitive"),
        Map.entry("scale.large", "the answer to scale.large"),
        Map.entry("monitoring", "the answer to monitoring"));
  }

  @Test
  @DisplayName("only the facts read as unknown are listed as unknown")
  void unknownFacts() {
    Trace trace = evaluate(answers("data.sensitive", Truth.TRUE, "monitoring", Truth.FALSE));

    assertThat(trace.truth()).isEqualTo(Truth.UNKNOWN);
    assertThat(trace.unknownFacts()).containsExactly("scale.large");
  }

  @Test
  @DisplayName("the rules reached are listed depth first, in force or not")
  void rules() {
    Trace trace = evaluate(Map.of());

    assertThat(trace.rules()).extracting(Trace::id).containsExactly("xx.35-3-b", "xx.list.4", "xx.criteria");
    assertThat(trace.rules()).extracting(Trace::kind)
        .containsExactly(Trace.Kind.RULE, Trace.Kind.NOT_IN_FORCE, Trace.Kind.RULE);
  }

  @Test
  @DisplayName("a rule's node is found by its id, never a fact's, and not at all if the rule was not reached")
  void find() {
    Trace trace = Conditions.all(holds("xx.35-3-b"), STATUTORY_CASE).evaluate(Context.of(Map.of(), DAY));

    assertThat(trace.find("xx.35-3-b")).hasValueSatisfying(rule -> {
      assertThat(rule.kind()).isEqualTo(Trace.Kind.RULE);
      assertThat(rule.citations()).containsExactly(article("35"));
    });
    assertThat(trace.find("xx.list.4")).isEmpty();
    assertThat(evaluate(Map.of()).find("xx.list.4")).hasValueSatisfying(
        rule -> assertThat(rule.kind()).isEqualTo(Trace.Kind.NOT_IN_FORCE));
  }

  @Test
  @DisplayName("every node is visited depth first, the root first")
  void nodes() {
    Trace trace = STATUTORY_CASE.evaluate(Context.of(Map.of(), DAY));

    assertThat(trace.nodes()).extracting(Trace::kind)
        .containsExactly(Trace.Kind.RULE, Trace.Kind.ALL, Trace.Kind.FACT, Trace.Kind.FACT);
  }

  @Test
  @DisplayName("the printed trace shows each rule with its id and citations, indented under its parent")
  void rendering() {
    String text = evaluate(answers("data.sensitive", Truth.TRUE, "scale.large", Truth.TRUE)).toString();

    assertThat(text).isEqualTo(String.join("\n",
        "[TRUE] any of",
        "  [TRUE] Large-scale sensitive data (xx.35-3-b; [TDPA art. 35])",
        "    [TRUE] all of",
        "      [TRUE] fact data.sensitive: the answer to data.sensitive",
        "      [TRUE] fact scale.large: the answer to scale.large",
        "  [FALSE] Old list item 4 (xx.list.4) not in force: until 2020-12-31",
        "  [TRUE] Two criteria (xx.criteria; [TDPA art. 37])",
        "    [TRUE] at least 2 of 3",
        "      [TRUE] fact scale.large: the answer to scale.large",
        "      [UNKNOWN] fact monitoring: the answer to monitoring",
        "      [TRUE] fact data.sensitive: the answer to data.sensitive",
        ""));
  }

  @Test
  @DisplayName("an asserted conclusion is a leaf the reader can tell from a derived one")
  void asserted() {
    Trace asserted = Trace.asserted("criterion.large-scale", Text.of("large scale (stated by the caller)"), Truth.TRUE);

    assertThat(asserted.kind()).isEqualTo(Trace.Kind.ASSERTED);
    assertThat(asserted.facts()).containsExactly(Map.entry("criterion.large-scale", Truth.TRUE));
    assertThat(asserted.unknownFacts()).isEmpty();
    assertThat(asserted).hasToString("[TRUE] asserted criterion.large-scale: large scale (stated by the caller)\n");
  }

  @Test
  @DisplayName("traces are values: the same evaluation gives equal traces, a different one does not")
  void equality() {
    Map<String, Truth> given = answers("data.sensitive", Truth.TRUE);

    assertThat(evaluate(given)).isEqualTo(evaluate(given)).hasSameHashCodeAs(evaluate(given));
    assertThat(evaluate(given)).isNotEqualTo(evaluate(answers("data.sensitive", Truth.FALSE)));
  }

  @Test
  @DisplayName("a trace's lists cannot be changed by a reader")
  void immutable() {
    Trace trace = evaluate(Map.of());
    assertThatThrownBy(() -> trace.children().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
