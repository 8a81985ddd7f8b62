package org.dpia.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dpia.core.logic.Truth;
import org.dpia.core.time.DateRange;

/**
 * When a processing runs: from a first day to an optional last day (both included). Either end may
 * be unknown; an operation still running has no last day.
 */
public final class ProcessingPeriod {
  private static final ProcessingPeriod UNKNOWN = new ProcessingPeriod(null, null);

  private final LocalDate start;
  private final LocalDate end;

  private ProcessingPeriod(LocalDate start, LocalDate end) {
    if (start != null && end != null && end.isBefore(start)) {
      throw new InvalidDescriptionException(
          "processing period", List.of("the period ends (" + end + ") before it starts (" + start + ")"));
    }
    this.start = start;
    this.end = end;
  }

  /** Neither end is known. */
  public static ProcessingPeriod unknown() {
    return UNKNOWN;
  }

  /** From the first day to the last day, both included. */
  public static ProcessingPeriod of(LocalDate firstDay, LocalDate lastDay) {
    return new ProcessingPeriod(
        Objects.requireNonNull(firstDay, "firstDay"), Objects.requireNonNull(lastDay, "lastDay"));
  }

  /** From the first day on, still running. */
  public static ProcessingPeriod since(LocalDate firstDay) {
    return new ProcessingPeriod(Objects.requireNonNull(firstDay, "firstDay"), null);
  }

  /** The first day, if known. */
  public Optional<LocalDate> start() {
    return Optional.ofNullable(start);
  }

  /** The last day, empty if still running or not known. */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /** Whether the processing runs on the date: unknown ends count as "maybe", so this is tri-state. */
  public Truth includes(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if ((start != null && date.isBefore(start)) || (end != null && date.isAfter(end))) {
      return Truth.FALSE;
    }
    return start == null ? Truth.UNKNOWN : Truth.TRUE;
  }

  /** The days of the period once its start is known: from the start to the end, or with no end if still running. */
  public Optional<DateRange> range() {
    if (start == null) {
      return Optional.empty();
    }
    return Optional.of(end == null ? DateRange.from(start) : DateRange.of(start, end));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProcessingPeriod
        && Objects.equals(((ProcessingPeriod) o).start, start)
        && Objects.equals(((ProcessingPeriod) o).end, end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  @Override
  public String toString() {
    return (start == null ? "?" : start.toString()) + " to " + (end == null ? "…" : end.toString());
  }
}
