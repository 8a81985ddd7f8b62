package org.dpia.core.model;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.dpia.core.time.DateRange;

/**
 * How precisely a date is known: to the day, or only its month or its year (a DPIA "of 2021"). A
 * date known less precisely stands for every day of its month or year.
 */
public enum DatePrecision {
  /** The day is known. */
  DAY,
  /** Only the month is known. */
  MONTH,
  /** Only the year is known. */
  YEAR;

  /** The days the date may be: the day itself, or every day of its month or year. */
  public DateRange range(LocalDate date) {
    return switch (this) {
      case DAY -> DateRange.day(date);
      case MONTH -> DateRange.of(date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()));
      case YEAR -> DateRange.of(date.withDayOfYear(1), date.with(TemporalAdjusters.lastDayOfYear()));
    };
  }
}
