package org.dpia.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.dpia.core.Fixtures;
import org.dpia.core.law.Citation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DateRange, Regime and Advice: small values of a decision")
class DateRangeTest {

  static final LocalDate FROM = LocalDate.of(2022, 11, 1);
  static final LocalDate TO = LocalDate.of(2025, 1, 31);

  @Test
  @DisplayName("a range contains its first and last days and nothing outside")
  void contains() {
    DateRange range = DateRange.of(FROM, TO);
    assertThat(range.contains(FROM.minusDays(1))).isFalse();
    assertThat(range.contains(FROM)).isTrue();
    assertThat(range.contains(TO)).isTrue();
    assertThat(range.contains(TO.plusDays(1))).isFalse();
    assertThat(range).hasToString("2022-11-01 to 2025-01-31");
    assertThat(range).isEqualTo(DateRange.of(FROM, TO)).hasSameHashCodeAs(DateRange.of(FROM, TO))
        .isNotEqualTo(DateRange.of(FROM, TO.minusDays(1)));
  }

  @Test
  @DisplayName("a range cannot end before it starts, but may be a single day")
  void order() {
    assertThatIllegalArgumentException().isThrownBy(() -> DateRange.of(TO, FROM)).withMessageContaining("2022-11-01");
    assertThat(DateRange.of(FROM, FROM).contains(FROM)).isTrue();
  }

  @Test
  @DisplayName("regimes are compared by id; advice by its id, text and citations")
  void regimesAndAdvice() {
    Citation art36 = Fixtures.article("36");
    assertThat(Regime.of("xx.gdpr", "Toy GDPR")).isEqualTo(Regime.of("xx.gdpr", "another name"))
        .hasSameHashCodeAs(Regime.of("xx.gdpr", "x")).isNotEqualTo(Regime.of("xx.police", "Toy GDPR"))
        .hasToString("Toy GDPR");
    Advice consult = Advice.of("xx.36.prior-consultation", "Consult the authority before processing", art36);
    assertThat(consult).isEqualTo(Advice.of("xx.36.prior-consultation", "Consult the authority before processing", art36))
        .isNotEqualTo(Advice.of("xx.36.prior-consultation", "Consult the authority before processing"))
        .hasToString("Consult the authority before processing [TDPA art. 36]");
    assertThat(consult.citations()).containsExactly(art36);
  }
}
