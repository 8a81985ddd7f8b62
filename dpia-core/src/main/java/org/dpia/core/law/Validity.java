package org.dpia.core.law;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days on which a rule is in force: from a first day, up to and including an optional last
 * day. A rule is applied to a date only if its validity {@link #contains(LocalDate) contains} it.
 *
 * <p>Both ends are inclusive, as in legal texts ("applies from 25 May 2018"; "until 31 March 2025").
 */
public final class Validity {
  private static final LocalDate BEGINNING = LocalDate.MIN;

  private final LocalDate from;
  private final LocalDate until;

  private Validity(LocalDate from, LocalDate until) {
    this.from = Objects.requireNonNull(from, "from");
    this.until = until;
    if (until != null && until.isBefore(from)) {
      throw new IllegalArgumentException(
          "a validity cannot end (" + until + ") before it starts (" + from + ")");
    }
  }

  /** In force on every date. */
  public static Validity always() {
    return new Validity(BEGINNING, null);
  }

  /** In force from the given day on, with no end. */
  public static Validity from(LocalDate firstDay) {
    return new Validity(firstDay, null);
  }

  /**
   * In force from the first day to the last day, both included.
   *
   * @throws IllegalArgumentException if the last day is before the first
   */
  public static Validity between(LocalDate firstDay, LocalDate lastDay) {
    return new Validity(firstDay, Objects.requireNonNull(lastDay, "lastDay"));
  }

  /** In force on every day up to and including the last day. */
  public static Validity until(LocalDate lastDay) {
    return new Validity(BEGINNING, Objects.requireNonNull(lastDay, "lastDay"));
  }

  /** The first day in force, empty if the rule has always been in force. */
  public Optional<LocalDate> firstDay() {
    return from.equals(BEGINNING) ? Optional.empty() : Optional.of(from);
  }

  /** The last day in force, empty if it has no end. */
  public Optional<LocalDate> lastDay() {
    return Optional.ofNullable(until);
  }

  /** Whether the rule is in force on the date. */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(from) && (until == null || !date.isAfter(until));
  }

  /** This validity ending on the given last day. */
  public Validity withLastDay(LocalDate lastDay) {
    return new Validity(from, Objects.requireNonNull(lastDay, "lastDay"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Validity
        && ((Validity) o).from.equals(from)
        && Objects.equals(((Validity) o).until, until);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, until);
  }

  /** For example {@code "from 2018-05-25"} or {@code "2023-05-20 to 2025-03-31"}. */
  @Override
  public String toString() {
    if (firstDay().isEmpty()) {
      return until == null ? "always" : "until " + until;
    }
    return until == null ? "from " + from : from + " to " + until;
  }
}
