package org.dpia.core.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.dpia.core.Fixtures.answers;
import static org.dpia.core.Fixtures.holds;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Context: the input, the day, and what is assumed")
class ContextTest {

  static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  @Test
  @DisplayName("an assumption overrides what the input says about a fact")
  void assumptionOverridesFact() {
    Context<Map<String, Truth>> context = Context.of(answers("scale.large", Truth.FALSE), DAY);

    Context<Map<String, Truth>> supposing = context.assuming("scale.large", Truth.TRUE);

    assertThat(holds("scale.large").evaluate(supposing).truth()).isEqualTo(Truth.TRUE);
    assertThat(holds("scale.large").truth(supposing)).isEqualTo(Truth.TRUE);
    assertThat(holds("scale.large").evaluate(context).truth()).as("the original context is unchanged").isEqualTo(Truth.FALSE);
    assertThat(context.assumptions()).isEmpty();
  }

  @Test
  @DisplayName("an assumed fact is not read from the input at all")
  void assumedFactIsNotRead() {
    AtomicInteger reads = new AtomicInteger();
    Fact<Map<String, Truth>> counted = Fact.of("scale.large", "large scale", m -> {
      reads.incrementAndGet();
      return Truth.UNKNOWN;
    });
    Context<Map<String, Truth>> supposing = Context.of(Map.<String, Truth>of(), DAY).assuming("scale.large", Truth.FALSE);

    assertThat(supposing.read(counted)).isEqualTo(Truth.FALSE);
    assertThat(counted.holds().evaluate(supposing).truth()).isEqualTo(Truth.FALSE);
    assertThat(reads).hasValue(0);
  }

  @Test
  @DisplayName("the trace marks an assumed fact as asserted, and a read one as a fact")
  void assumedFactIsAsserted() {
    Context<Map<String, Truth>> context = Context.of(answers("a", Truth.TRUE), DAY).assuming("b", Truth.FALSE);

    Trace trace = Conditions.all(holds("a"), holds("b")).evaluate(context);

    assertThat(trace.children()).extracting(Trace::id).containsExactly("a", "b");
    assertThat(trace.children()).extracting(Trace::kind).containsExactly(Trace.Kind.FACT, Trace.Kind.ASSERTED);
    assertThat(trace.children().get(1).label()).isEqualTo("the answer to b");
    assertThat(trace.facts()).containsExactly(Map.entry("a", Truth.TRUE), Map.entry("b", Truth.FALSE));
    assertThat(trace.toString()).contains("asserted b: the answer to b").contains("fact a: the answer to a");
  }

  @Test
  @DisplayName("an assumption settles an unknown fact, which is then no longer listed as unknown")
  void assumptionSettlesUnknown() {
    Context<Map<String, Truth>> context = Context.of(Map.<String, Truth>of(), DAY);
    Condition<Map<String, Truth>> both = Conditions.all(holds("a"), holds("b"));

    assertThat(both.evaluate(context).unknownFacts()).containsExactly("a", "b");
    assertThat(both.evaluate(context.assuming("a", Truth.TRUE)).unknownFacts()).containsExactly("b");
  }

  @Test
  @DisplayName("several assumptions can be added at once, later ones winning")
  void assumingAll() {
    Context<Map<String, Truth>> context = Context.of(Map.<String, Truth>of(), DAY).assuming("a", Truth.TRUE);

    Context<Map<String, Truth>> more = context.assumingAll(answers("a", Truth.FALSE, "b", Truth.TRUE));

    assertThat(more.assumptions()).containsOnly(Map.entry("a", Truth.FALSE), Map.entry("b", Truth.TRUE));
    assertThat(more.assumption("a")).contains(Truth.FALSE);
    assertThat(more.assumption("c")).isEmpty();
    assertThat(context.assumption("a")).contains(Truth.TRUE);
    assertThat(context.assumingAll(Map.of())).isSameAs(context);
  }

  @Test
  @DisplayName("a context with another input keeps its day and assumptions")
  void withInput() {
    Context<Map<String, Truth>> context = Context.of(answers("a", Truth.FALSE), DAY).assuming("b", Truth.TRUE);

    Context<String> other = context.withInput("another input");

    assertThat(other.input()).isEqualTo("another input");
    assertThat(other.date()).isEqualTo(DAY);
    assertThat(other.assumption("b")).contains(Truth.TRUE);
  }

  @Test
  @DisplayName("a context needs an input, a day, and a fact id and truth for each assumption")
  void nulls() {
    assertThatNullPointerException().isThrownBy(() -> Context.of(null, DAY));
    assertThatNullPointerException().isThrownBy(() -> Context.of("input", null));
    assertThatNullPointerException().isThrownBy(() -> Context.of("input", DAY).assuming(null, Truth.TRUE));
    assertThatNullPointerException().isThrownBy(() -> Context.of("input", DAY).assuming("a", null));
  }
}
