package org.dpia.examples.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;

/**
 * A real or realistic case: an id to call it by, a title, the source it illustrates (a decision, a
 * guideline example, a list item), the operation's facts and the date to decide on; and, for cases
 * told over time, the history to audit and the date to audit it up to.
 */
public final class Case {
  private final String id;
  private final String title;
  private final String source;
  private final ProcessingOperation operation;
  private final LocalDate date;
  private final ProcessingHistory history;
  private final LocalDate auditUntil;

  private Case(String id, String title, String source, ProcessingOperation operation, LocalDate date,
      ProcessingHistory history, LocalDate auditUntil) {
    this.id = Objects.requireNonNull(id);
    this.title = Objects.requireNonNull(title);
    this.source = Objects.requireNonNull(source);
    this.operation = Objects.requireNonNull(operation);
    this.date = Objects.requireNonNull(date);
    this.history = history;
    this.auditUntil = auditUntil;
  }

  /** A case decided on a date. */
  public static Case of(String id, String title, String source, ProcessingOperation operation, LocalDate date) {
    return new Case(id, title, source, operation, date, null, null);
  }

  /** This case with a history to audit up to a date. */
  public Case withAudit(ProcessingHistory history, LocalDate until) {
    return new Case(id, title, source, operation, date, Objects.requireNonNull(history), Objects.requireNonNull(until));
  }

  /** The id to call it by, such as {@code "lille-briefcam"}. */
  public String id() {
    return id;
  }

  /** What the case is, in a line. */
  public String title() {
    return title;
  }

  /** The source it illustrates. */
  public String source() {
    return source;
  }

  /** The operation's facts. */
  public ProcessingOperation operation() {
    return operation;
  }

  /** The date to decide on. */
  public LocalDate date() {
    return date;
  }

  /** The history to audit, for cases told over time. */
  public Optional<ProcessingHistory> history() {
    return Optional.ofNullable(history);
  }

  /** The date to audit up to. */
  public Optional<LocalDate> auditUntil() {
    return Optional.ofNullable(auditUntil);
  }

  @Override
  public String toString() {
    return id + ": " + title;
  }
}
