package org.dpia.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Validity: the days a rule is in force, both ends included")
class ValidityTest {

  static final LocalDate GDPR_APPLIES = LocalDate.of(2018, 5, 25);
  static final LocalDate LIST_REPLACED = LocalDate.of(2025, 3, 31);

  static Stream<Arguments> boundaries() {
    Validity between = Validity.between(GDPR_APPLIES, LIST_REPLACED);
    Validity from = Validity.from(GDPR_APPLIES);
    Validity until = Validity.until(LIST_REPLACED);
    return Stream.of(
        Arguments.of(between, GDPR_APPLIES.minusDays(1), false),
        Arguments.of(between, GDPR_APPLIES, true),
        Arguments.of(between, LIST_REPLACED, true),
        Arguments.of(between, LIST_REPLACED.plusDays(1), false),
        Arguments.of(from, GDPR_APPLIES.minusDays(1), false),
        Arguments.of(from, GDPR_APPLIES, true),
        Arguments.of(from, LocalDate.of(9999, 12, 31), true),
        Arguments.of(until, LocalDate.of(1, 1, 1), true),
        Arguments.of(until, LIST_REPLACED, true),
        Arguments.of(until, LIST_REPLACED.plusDays(1), false),
        Arguments.of(Validity.always(), LocalDate.MIN, true),
        Arguments.of(Validity.always(), LocalDate.MAX, true));
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @MethodSource("boundaries")
  @DisplayName("a validity contains its first and last days and nothing outside them")
  void contains(Validity validity, LocalDate day, boolean expected) {
    assertThat(validity.contains(day)).isEqualTo(expected);
  }

  @Test
  @DisplayName("a validity of a single day contains that day only")
  void singleDay() {
    Validity oneDay = Validity.between(GDPR_APPLIES, GDPR_APPLIES);
    assertThat(oneDay.contains(GDPR_APPLIES)).isTrue();
    assertThat(oneDay.contains(GDPR_APPLIES.minusDays(1))).isFalse();
    assertThat(oneDay.contains(GDPR_APPLIES.plusDays(1))).isFalse();
  }

  @Test
  @DisplayName("a validity that would end before it starts is refused, naming both days")
  void endBeforeStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Validity.between(LIST_REPLACED, GDPR_APPLIES))
        .withMessageContaining("2018-05-25")
        .withMessageContaining("2025-03-31");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Validity.from(LIST_REPLACED).withLastDay(GDPR_APPLIES));
  }

  @Test
  @DisplayName("missing days are programming errors")
  void nulls() {
    assertThatNullPointerException().isThrownBy(() -> Validity.from(null));
    assertThatNullPointerException().isThrownBy(() -> Validity.between(GDPR_APPLIES, null));
    assertThatNullPointerException().isThrownBy(() -> Validity.until(null));
    assertThatNullPointerException().isThrownBy(() -> Validity.always().contains(null));
  }

  @Test
  @DisplayName("first and last days are empty when the validity is open on that side")
  void ends() {
    assertThat(Validity.always().firstDay()).isEmpty();
    assertThat(Validity.always().lastDay()).isEmpty();
    assertThat(Validity.from(GDPR_APPLIES).firstDay()).contains(GDPR_APPLIES);
    assertThat(Validity.from(GDPR_APPLIES).lastDay()).isEmpty();
    assertThat(Validity.until(LIST_REPLACED).firstDay()).isEmpty();
    assertThat(Validity.until(LIST_REPLACED).lastDay()).contains(LIST_REPLACED);
  }

  @Test
  @DisplayName("a validity given a last day ends then and still starts on its first day")
  void withLastDay() {
    Validity open = Validity.from(GDPR_APPLIES);
    Validity closed = open.withLastDay(LIST_REPLACED);
    assertThat(closed).isEqualTo(Validity.between(GDPR_APPLIES, LIST_REPLACED));
    assertThat(open.lastDay()).as("the original is unchanged").isEmpty();
  }

  @Test
  @DisplayName("validities are values: equal when their days are")
  void equality() {
    assertThat(Validity.between(GDPR_APPLIES, LIST_REPLACED))
        .isEqualTo(Validity.between(GDPR_APPLIES, LIST_REPLACED))
        .hasSameHashCodeAs(Validity.between(GDPR_APPLIES, LIST_REPLACED))
        .isNotEqualTo(Validity.from(GDPR_APPLIES))
        .isNotEqualTo(Validity.between(GDPR_APPLIES, LIST_REPLACED.plusDays(1)));
    assertThat(Validity.always()).isEqualTo(Validity.always()).isNotEqualTo(Validity.from(GDPR_APPLIES));
  }

  @Test
  @DisplayName("a validity prints as a lawyer would say it")
  void printing() {
    assertThat(Validity.always()).hasToString("always");
    assertThat(Validity.from(GDPR_APPLIES)).hasToString("from 2018-05-25");
    assertThat(Validity.until(LIST_REPLACED)).hasToString("until 2025-03-31");
    assertThat(Validity.between(LocalDate.of(2023, 5, 20), LIST_REPLACED)).hasToString("2023-05-20 to 2025-03-31");
  }
}
