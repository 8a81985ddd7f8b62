package org.dpia.core.decision;

import java.time.LocalDate;
import java.util.Objects;

/** The days from a first to a last day, both included. */
public final class DateRange {
  private final LocalDate from;
  private final LocalDate to;

  private DateRange(LocalDate from, LocalDate to) {
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a date range cannot end (" + to + ") before it starts (" + from + ")");
    }
  }

  /** From the first day to the last day, both included. */
  public static DateRange of(LocalDate from, LocalDate to) {
    return new DateRange(from, to);
  }

  /** The first day. */
  public LocalDate from() {
    return from;
  }

  /** The last day. */
  public LocalDate to() {
    return to;
  }

  /** Whether the day is in the range. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange && ((DateRange) o).from.equals(from) && ((DateRange) o).to.equals(to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to);
  }

  @Override
  public String toString() {
    return from + " to " + to;
  }
}
