package org.dpia.core.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.dpia.core.Fixtures.answers;
import static org.dpia.core.logic.Truth.FALSE;
import static org.dpia.core.logic.Truth.TRUE;
import static org.dpia.core.logic.Truth.UNKNOWN;

import java.time.LocalDate;
import java.util.Map;
import org.dpia.core.Fixtures;
import org.dpia.core.text.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Facts on which the law puts the burden of proof (read as their presumption when the input does
 * not settle them), facts that depend on the date, and conclusions that may be stated or derived.
 */
@DisplayName("Presumed facts, dated facts and stated-or-derived conclusions")
class PresumptionAndConclusionTest {

  static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  static final Fact<Map<String, Truth>> EXCEPTION = Fact.presumed("exception", Text.of("an exception applies", "une exception s'applique"),
      FALSE, (answers, date) -> answers.getOrDefault("exception", UNKNOWN));

  @Test
  @DisplayName("a presumed fact the input leaves unknown is read as its presumption, and the trace says it was presumed")
  void presumedWhenUnknown() {
    Context<Map<String, Truth>> nothing = Context.of(Map.of(), DAY);

    assertThat(nothing.read(EXCEPTION)).isEqualTo(FALSE);
    assertThat(nothing.presumes(EXCEPTION)).isTrue();
    Trace t = EXCEPTION.holds().evaluate(nothing);
    assertThat(t.kind()).isEqualTo(Trace.Kind.PRESUMED);
    assertThat(t.truth()).isEqualTo(FALSE);
    assertThat(t.presumedFacts()).containsOnlyKeys("exception");
    assertThat(t.unknownFacts()).as("a presumed fact is not missing").isEmpty();
    assertThat(t.facts()).containsEntry("exception", FALSE);
    assertThat(t.reads("exception")).isTrue();
    assertThat(t).hasToString("[FALSE] presumed exception: an exception applies\n");
    assertThat(EXCEPTION.presumption()).contains(FALSE);
  }

  @Test
  @DisplayName("stated or assumed, the fact is read as it is, not presumed")
  void statedOrAssumed() {
    Context<Map<String, Truth>> stated = Context.of(answers("exception", TRUE), DAY);
    assertThat(stated.read(EXCEPTION)).isEqualTo(TRUE);
    assertThat(stated.presumes(EXCEPTION)).isFalse();
    assertThat(EXCEPTION.holds().evaluate(stated).kind()).isEqualTo(Trace.Kind.FACT);

    Context<Map<String, Truth>> assumed = Context.<Map<String, Truth>>of(Map.of(), DAY).assuming("exception", TRUE);
    assertThat(assumed.read(EXCEPTION)).isEqualTo(TRUE);
    assertThat(assumed.presumes(EXCEPTION)).isFalse();
    assertThat(EXCEPTION.holds().evaluate(assumed).kind()).isEqualTo(Trace.Kind.ASSERTED);
    assertThat(assumed.withoutAssumptions().read(EXCEPTION)).isEqualTo(FALSE);
    Context<Map<String, Truth>> none = Context.of(Map.of(), DAY);
    assertThat(none.withoutAssumptions()).isSameAs(none);
  }

  @Test
  @DisplayName("an ordinary fact has no presumption, and a presumption of 'unknown' is refused")
  void noPresumption() {
    assertThat(Fixtures.fact("a").presumption()).isEmpty();
    assertThat(Context.of(Map.<String, Truth>of(), DAY).presumes(Fixtures.fact("a"))).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> Fact.presumed("x", Text.of("x"), UNKNOWN, (a, d) -> UNKNOWN));
  }

  @Test
  @DisplayName("a dated fact reads the date: a law in force on the day")
  void datedFact() {
    Fact<Map<String, Truth>> lawInForce = Fact.dated("law-in-force", Text.of("the law is in force"),
        (answers, date) -> Truth.of(!date.isAfter(LocalDate.of(2025, 3, 31))));

    assertThat(Context.of(Map.<String, Truth>of(), LocalDate.of(2025, 3, 31)).read(lawInForce)).isEqualTo(TRUE);
    assertThat(Context.of(Map.<String, Truth>of(), LocalDate.of(2025, 4, 1)).read(lawInForce)).isEqualTo(FALSE);
    assertThat(lawInForce.text()).isEqualTo(Text.of("the law is in force"));
  }

  @Test
  @DisplayName("a stated conclusion wins over the derivation; otherwise the derivation decides; when neither does, the conclusion is asked")
  void statedOrDerived() {
    Fact<Map<String, Truth>> conclusion = Fixtures.fact("large-scale");
    Condition<Map<String, Truth>> c = Conditions.statedOr(conclusion,
        Conditions.any(Fixtures.holds("city-wide"), Conditions.judgement("no number in the law")));

    assertThat(c.facts()).extracting(Fact::id).containsExactly("large-scale", "city-wide");

    Context<Map<String, Truth>> stated = Context.of(answers("large-scale", FALSE, "city-wide", TRUE), DAY);
    assertThat(c.truth(stated)).as("the statement wins").isEqualTo(FALSE);
    Trace statedTrace = c.evaluate(stated);
    assertThat(statedTrace.kind()).isEqualTo(Trace.Kind.ASSERTED);
    assertThat(statedTrace.label()).endsWith("(asserted by the caller)");

    Context<Map<String, Truth>> derived = Context.of(answers("city-wide", TRUE), DAY);
    assertThat(c.truth(derived)).isEqualTo(TRUE);
    assertThat(c.evaluate(derived).kind()).as("the derivation's own trace").isEqualTo(Trace.Kind.ANY);
    assertThat(c.evaluate(derived).unknownFacts()).isEmpty();

    Context<Map<String, Truth>> open = Context.of(Map.of(), DAY);
    assertThat(c.truth(open)).isEqualTo(UNKNOWN);
    assertThat(c.evaluate(open).unknownFacts()).containsExactly("city-wide", "large-scale");

    Context<Map<String, Truth>> assumed = open.assuming("large-scale", TRUE);
    assertThat(c.truth(assumed)).isEqualTo(TRUE);
    assertThat(c.evaluate(assumed).label()).endsWith("(assumed)");
  }

  @Test
  @DisplayName("a stated conclusion says so in every language its fact is written in")
  void statedConclusionInFrench() {
    Fact<Map<String, Truth>> conclusion = Fact.of("c", Text.of("it is met", "il est rempli"), a -> a.getOrDefault("c", UNKNOWN));
    Condition<Map<String, Truth>> c = Conditions.statedOr(conclusion, Fixtures.holds("x"));

    Trace stated = c.evaluate(Context.of(answers("c", TRUE), DAY));
    assertThat(stated.text().in("fr")).contains("il est rempli (déclaré par l'utilisateur)");
    Trace assumed = c.evaluate(Context.<Map<String, Truth>>of(Map.of(), DAY).assuming("c", TRUE));
    assertThat(assumed.text().in("fr")).contains("il est rempli (supposé)");
  }

  @Test
  @DisplayName("a judgement is unknown and reads no fact")
  void judgement() {
    Condition<Map<String, Truth>> j = Conditions.judgement("a matter of judgement");
    assertThat(j.truth(Context.of(Map.of(), DAY))).isEqualTo(UNKNOWN);
    assertThat(j.facts()).isEmpty();
    assertThat(j.evaluate(Context.of(Map.of(), DAY)).label()).isEqualTo("a matter of judgement");
  }
}
