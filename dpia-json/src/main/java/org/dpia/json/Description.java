package org.dpia.json;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Version;

/**
 * What one description file holds: a processing operation with the answers given for its facts
 * (what a questionnaire adds), or a processing history (its versions and DPIAs, what an audit
 * reads). A file with {@code versions} is a history; any other is an operation.
 */
public final class Description {
  private final ProcessingOperation operation;
  private final ProcessingHistory history;
  private final Map<String, Truth> answers;

  private Description(ProcessingOperation operation, ProcessingHistory history, Map<String, Truth> answers) {
    this.operation = operation;
    this.history = history;
    this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
  }

  /** An operation, no answer given. */
  public static Description of(ProcessingOperation operation) {
    return of(operation, Map.of());
  }

  /** An operation and the answers given for its facts, by fact id (as {@code Rulebook.decide} takes them). */
  public static Description of(ProcessingOperation operation, Map<String, Truth> answers) {
    Objects.requireNonNull(answers, "answers").forEach((k, v) -> Objects.requireNonNull(v, "the answer for " + k));
    return new Description(Objects.requireNonNull(operation, "operation"), null, answers);
  }

  /** A history. */
  public static Description of(ProcessingHistory history) {
    return new Description(null, Objects.requireNonNull(history, "history"), Map.of());
  }

  /** The operation, if this describes one. */
  public Optional<ProcessingOperation> operation() {
    return Optional.ofNullable(operation);
  }

  /** The history, if this describes one. */
  public Optional<ProcessingHistory> history() {
    return Optional.ofNullable(history);
  }

  /** The answers given for the operation's facts, by fact id; empty for a history. */
  public Map<String, Truth> answers() {
    return answers;
  }

  /** The processing's name. */
  public String name() {
    return operation != null ? operation.name() : history.name();
  }

  /**
   * The operation to decide on a date: the operation itself, or the history's version in force
   * that day (its first version for a day before it started).
   */
  public ProcessingOperation on(LocalDate date) {
    if (operation != null) {
      return operation;
    }
    Version current = history.versions().get(0);
    for (Version v : history.versions()) {
      if (!v.from().isAfter(date)) {
        current = v;
      }
    }
    return current.facts();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Description d && Objects.equals(d.operation, operation) && Objects.equals(d.history, history)
        && d.answers.equals(answers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operation, history, answers);
  }

  @Override
  public String toString() {
    return (operation != null ? "operation " : "history ") + name() + (answers.isEmpty() ? "" : " with answers " + answers);
  }
}
