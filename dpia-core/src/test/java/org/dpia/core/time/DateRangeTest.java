package org.dpia.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("DateRange: the one interval of days, both ends included")
class DateRangeTest {

  static final LocalDate GDPR_APPLIES = LocalDate.of(2018, 5, 25);
  static final LocalDate LIST_REPLACED = LocalDate.of(2025, 3, 31);

  static Stream<Arguments> boundaries() {
    DateRange between = DateRange.of(GDPR_APPLIES, LIST_REPLACED);
    DateRange from = DateRange.from(GDPR_APPLIES);
    DateRange until = DateRange.until(LIST_REPLACED);
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
        Arguments.of(DateRange.always(), LocalDate.MIN, true),
        Arguments.of(DateRange.always(), LocalDate.MAX, true));
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @MethodSource("boundaries")
  @DisplayName("a date range contains its first and last days and nothing outside them")
  void contains(DateRange validity, LocalDate day, boolean expected) {
    assertThat(validity.contains(day)).isEqualTo(expected);
  }

  @Test
  @DisplayName("a date range of a single day contains that day only")
  void singleDay() {
    DateRange oneDay = DateRange.of(GDPR_APPLIES, GDPR_APPLIES);
    assertThat(oneDay.contains(GDPR_APPLIES)).isTrue();
    assertThat(oneDay.contains(GDPR_APPLIES.minusDays(1))).isFalse();
    assertThat(oneDay.contains(GDPR_APPLIES.plusDays(1))).isFalse();
  }

  @Test
  @DisplayName("a date range that would end before it starts is refused, naming both days")
  void endBeforeStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DateRange.of(LIST_REPLACED, GDPR_APPLIES))
        .withMessageContaining("2018-05-25")
        .withMessageContaining("2025-03-31");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DateRange.from(LIST_REPLACED).withLastDay(GDPR_APPLIES));
  }

  @Test
  @DisplayName("missing days are programming errors")
  void nulls() {
    assertThatNullPointerException().isThrownBy(() -> DateRange.from(null));
    assertThatNullPointerException().isThrownBy(() -> DateRange.of(GDPR_APPLIES, null));
    assertThatNullPointerException().isThrownBy(() -> DateRange.until(null));
    assertThatNullPointerException().isThrownBy(() -> DateRange.always().contains(null));
  }

  @Test
  @DisplayName("first and last days are empty when the validity is open on that side")
  void ends() {
    assertThat(DateRange.always().firstDay()).isEmpty();
    assertThat(DateRange.always().lastDay()).isEmpty();
    assertThat(DateRange.from(GDPR_APPLIES).firstDay()).contains(GDPR_APPLIES);
    assertThat(DateRange.from(GDPR_APPLIES).lastDay()).isEmpty();
    assertThat(DateRange.until(LIST_REPLACED).firstDay()).isEmpty();
    assertThat(DateRange.until(LIST_REPLACED).lastDay()).contains(LIST_REPLACED);
  }

  @Test
  @DisplayName("a date range given a last day ends then and still starts on its first day")
  void withLastDay() {
    DateRange open = DateRange.from(GDPR_APPLIES);
    DateRange closed = open.withLastDay(LIST_REPLACED);
    assertThat(closed).isEqualTo(DateRange.of(GDPR_APPLIES, LIST_REPLACED));
    assertThat(open.lastDay()).as("the original is unchanged").isEmpty();
  }

  @Test
  @DisplayName("date ranges are values: equal when their days are")
  void equality() {
    assertThat(DateRange.of(GDPR_APPLIES, LIST_REPLACED))
        .isEqualTo(DateRange.of(GDPR_APPLIES, LIST_REPLACED))
        .hasSameHashCodeAs(DateRange.of(GDPR_APPLIES, LIST_REPLACED))
        .isNotEqualTo(DateRange.from(GDPR_APPLIES))
        .isNotEqualTo(DateRange.of(GDPR_APPLIES, LIST_REPLACED.plusDays(1)));
    assertThat(DateRange.always()).isEqualTo(DateRange.always()).isNotEqualTo(DateRange.from(GDPR_APPLIES));
  }

  @Test
  @DisplayName("a date range prints as a lawyer would say it")
  void printing() {
    assertThat(DateRange.always()).hasToString("always");
    assertThat(DateRange.from(GDPR_APPLIES)).hasToString("from 2018-05-25");
    assertThat(DateRange.until(LIST_REPLACED)).hasToString("until 2025-03-31");
    assertThat(DateRange.of(LocalDate.of(2023, 5, 20), LIST_REPLACED)).hasToString("2023-05-20 to 2025-03-31");
  }

  static final LocalDate FROM = LocalDate.of(2022, 11, 1);
  static final LocalDate TO = LocalDate.of(2025, 1, 31);

  @Test
  @DisplayName("a bounded range knows both its days, and the day after it ends")
  void bounded() {
    DateRange range = DateRange.of(FROM, TO);
    assertThat(range.from()).isEqualTo(FROM);
    assertThat(range.to()).isEqualTo(TO);
    assertThat(range.isBounded()).isTrue();
    assertThat(range.dayAfter()).contains(TO.plusDays(1));
    assertThat(DateRange.from(FROM).isBounded()).isFalse();
    assertThat(DateRange.until(TO).isBounded()).isFalse();
    assertThat(DateRange.from(FROM).dayAfter()).as("no end, no day after").isEmpty();
    assertThat(DateRange.until(LocalDate.MAX).dayAfter()).as("the last representable day has no day after").isEmpty();
    assertThat(DateRange.day(FROM)).isEqualTo(DateRange.of(FROM, FROM));
  }

  @Test
  @DisplayName("two ranges abut when one begins the day after the other ends, and overlap when they share a day")
  void abutsAndOverlaps() {
    DateRange first = DateRange.of(FROM, TO);
    DateRange next = DateRange.from(TO.plusDays(1));
    DateRange sharing = DateRange.of(TO, TO.plusDays(10));
    DateRange gap = DateRange.from(TO.plusDays(2));
    assertThat(first.abuts(next)).isTrue();
    assertThat(next.abuts(first)).isTrue();
    assertThat(first.overlaps(next)).isFalse();
    assertThat(first.overlaps(sharing)).isTrue();
    assertThat(first.abuts(sharing)).isFalse();
    assertThat(first.abuts(gap)).isFalse();
    assertThat(first.overlaps(gap)).isFalse();
    assertThat(DateRange.always().abuts(first)).as("an open range abuts nothing").isFalse();
    assertThat(DateRange.always().encloses(first)).isTrue();
    assertThat(first.encloses(DateRange.always())).isFalse();
  }

  @Test
  @DisplayName("the union of abutting or overlapping ranges covers both; a gap is refused")
  void union() {
    assertThat(DateRange.of(FROM, TO).union(DateRange.from(TO.plusDays(1)))).isEqualTo(DateRange.from(FROM));
    assertThat(DateRange.of(TO, TO.plusDays(10)).union(DateRange.of(FROM, TO))).isEqualTo(DateRange.of(FROM, TO.plusDays(10)));
    assertThatIllegalArgumentException().isThrownBy(() -> DateRange.of(FROM, TO).union(DateRange.from(TO.plusDays(2))))
        .withMessageContaining("gap");
  }

  @Test
  @DisplayName("the intersection is the days both ranges share")
  void intersection() {
    assertThat(DateRange.of(FROM, TO).intersection(DateRange.from(TO))).contains(DateRange.day(TO));
    assertThat(DateRange.of(FROM, TO).intersection(DateRange.from(TO.plusDays(1)))).isEmpty();
    assertThat(DateRange.always().intersection(DateRange.until(TO))).contains(DateRange.until(TO));
  }

  @Test
  @DisplayName("merging joins overlapping and adjacent ranges, in date order, and keeps gaps")
  void merge() {
    List<DateRange> merged = DateRange.merge(List.of(
        DateRange.of(TO.plusDays(5), TO.plusDays(9)),
        DateRange.of(FROM, FROM.plusDays(9)),
        DateRange.of(FROM.plusDays(10), FROM.plusDays(20)),
        DateRange.of(FROM.plusDays(15), TO)));
    assertThat(merged).containsExactly(DateRange.of(FROM, TO), DateRange.of(TO.plusDays(5), TO.plusDays(9)));
    assertThat(DateRange.merge(List.of())).isEmpty();
  }
}
