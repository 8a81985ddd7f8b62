package org.dpia.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The days from a first day to a last day, both included, either end possibly open: the one
 * interval type of the project. A rule's validity ("applies from 25 May 2018"), the days of an
 * audit segment, a processing's period once its start is known, all are date ranges; overlap,
 * adjacency and merging are written here once.
 *
 * <pre>{@code
 * DateRange gdpr = DateRange.from(LocalDate.of(2018, 5, 25));
 * DateRange tolerance = DateRange.of(LocalDate.of(2018, 5, 25), LocalDate.of(2021, 5, 25));
 * gdpr.contains(LocalDate.of(2020, 1, 1));   // true
 * tolerance.abuts(DateRange.from(LocalDate.of(2021, 5, 26)));   // true
 * }</pre>
 *
 * <p>Both ends are inclusive, as in legal texts. An open end is held as {@link LocalDate#MIN} or
 * {@link LocalDate#MAX}; {@link #firstDay()} and {@link #lastDay()} are then empty.
 */
public final class DateRange {
  private static final DateRange ALWAYS = new DateRange(LocalDate.MIN, LocalDate.MAX);

  private final LocalDate from;
  private final LocalDate to;

  private DateRange(LocalDate from, LocalDate to) {
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a date range cannot end (" + to + ") before it starts (" + from + ")");
    }
  }

  /** Every day. */
  public static DateRange always() {
    return ALWAYS;
  }

  /**
   * From the first day to the last day, both included.
   *
   * @throws IllegalArgumentException if the last day is before the first
   */
  public static DateRange of(LocalDate firstDay, LocalDate lastDay) {
    return new DateRange(Objects.requireNonNull(firstDay, "firstDay"), Objects.requireNonNull(lastDay, "lastDay"));
  }

  /** From the first day on, with no end. */
  public static DateRange from(LocalDate firstDay) {
    return new DateRange(Objects.requireNonNull(firstDay, "firstDay"), LocalDate.MAX);
  }

  /** Every day up to and including the last day. */
  public static DateRange until(LocalDate lastDay) {
    return new DateRange(LocalDate.MIN, Objects.requireNonNull(lastDay, "lastDay"));
  }

  /** The single day. */
  public static DateRange day(LocalDate day) {
    return of(day, day);
  }

  /** The first day, or {@link LocalDate#MIN} if the range has no beginning. */
  public LocalDate from() {
    return from;
  }

  /** The last day, or {@link LocalDate#MAX} if the range has no end. */
  public LocalDate to() {
    return to;
  }

  /** The first day, empty if the range has no beginning. */
  public Optional<LocalDate> firstDay() {
    return from.equals(LocalDate.MIN) ? Optional.empty() : Optional.of(from);
  }

  /** The last day, empty if the range has no end. */
  public Optional<LocalDate> lastDay() {
    return to.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(to);
  }

  /** The day after the last day, empty if the range has no end (or ends on the last representable day). */
  public Optional<LocalDate> dayAfter() {
    return to.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(to.plusDays(1));
  }

  /** Whether both ends are closed. */
  public boolean isBounded() {
    return !from.equals(LocalDate.MIN) && !to.equals(LocalDate.MAX);
  }

  /** Whether the day is in the range. */
  public boolean contains(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** Whether every day of the other range is in this one. */
  public boolean encloses(DateRange other) {
    return !other.from.isBefore(from) && !other.to.isAfter(to);
  }

  /** Whether the two ranges share at least one day. */
  public boolean overlaps(DateRange other) {
    return !other.to.isBefore(from) && !other.from.isAfter(to);
  }

  /** Whether the two ranges share no day but one begins the day after the other ends. */
  public boolean abuts(DateRange other) {
    return dayAfter().map(other.from::equals).orElse(false) || other.dayAfter().map(from::equals).orElse(false);
  }

  /**
   * The days of both ranges, which must overlap or abut.
   *
   * @throws IllegalArgumentException if there is a gap between them
   */
  public DateRange union(DateRange other) {
    if (!overlaps(other) && !abuts(other)) {
      throw new IllegalArgumentException("the date ranges " + this + " and " + other + " leave a gap between them");
    }
    return new DateRange(from.isBefore(other.from) ? from : other.from, to.isAfter(other.to) ? to : other.to);
  }

  /** The days the two ranges share, empty if none. */
  public Optional<DateRange> intersection(DateRange other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    return Optional.of(new DateRange(from.isAfter(other.from) ? from : other.from, to.isBefore(other.to) ? to : other.to));
  }

  /** This range ending on the given last day. */
  public DateRange withLastDay(LocalDate lastDay) {
    return new DateRange(from, Objects.requireNonNull(lastDay, "lastDay"));
  }

  /**
   * The ranges with every overlapping or adjacent pair joined into one, in date order: the days
   * they cover, written as few ranges as possible.
   */
  public static List<DateRange> merge(Collection<DateRange> ranges) {
    List<DateRange> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparing(DateRange::from));
    List<DateRange> merged = new ArrayList<>();
    for (DateRange r : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && (merged.get(last).overlaps(r) || merged.get(last).abuts(r))) {
        merged.set(last, merged.get(last).union(r));
      } else {
        merged.add(r);
      }
    }
    return merged;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange && ((DateRange) o).from.equals(from) && ((DateRange) o).to.equals(to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to);
  }

  /** For example {@code "2018-05-25 to 2021-05-25"}, {@code "from 2018-05-25"}, {@code "until 2019-05-31"} or {@code "always"}. */
  @Override
  public String toString() {
    if (firstDay().isEmpty()) {
      return lastDay().map(l -> "until " + l).orElse("always");
    }
    return lastDay().map(l -> from + " to " + l).orElse("from " + from);
  }
}
