package org.dpia.examples.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Regime;
import org.dpia.core.logic.Rule;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.time.DateRange;

/**
 * A real or realistic case: an id to call it by, a title, the source it illustrates (a decision, a
 * guideline example, a list item), the operation's facts and the date to decide on, and what the
 * law gives: the outcome, the rules it rests on and the regime that governs. For cases told over
 * time, the history to audit and the date to audit it up to. A case lives in one place: this
 * expectation is checked by the gallery's one parameterised test.
 */
public final class Case {
  private final String id;
  private final String title;
  private final String source;
  private final ProcessingOperation operation;
  private final LocalDate date;
  private final Outcome outcome;
  private final List<Rule<?>> grounds;
  private final Regime regime;
  private final ProcessingHistory history;
  private final LocalDate auditUntil;
  private final List<DateRange> breaches;

  private Case(String id, String title, String source, ProcessingOperation operation, LocalDate date, Outcome outcome,
      List<Rule<?>> grounds, Regime regime, ProcessingHistory history, LocalDate auditUntil, List<DateRange> breaches) {
    this.id = Objects.requireNonNull(id);
    this.title = Objects.requireNonNull(title);
    this.source = Objects.requireNonNull(source);
    this.operation = Objects.requireNonNull(operation);
    this.date = Objects.requireNonNull(date);
    this.outcome = outcome;
    this.grounds = List.copyOf(grounds);
    this.regime = regime;
    this.history = history;
    this.auditUntil = auditUntil;
    this.breaches = List.copyOf(breaches);
  }

  /** A case decided on a date; give its expectation with {@link #expect(Outcome, Rule[])}. */
  public static Case of(String id, String title, String source, ProcessingOperation operation, LocalDate date) {
    return new Case(id, title, source, operation, date, null, List.of(), null, null, null, List.of());
  }

  /** This case with the outcome the law gives and every rule the decision rests on. */
  public Case expect(Outcome expected, Rule<?>... decisiveGrounds) {
    return new Case(id, title, source, operation, date, Objects.requireNonNull(expected), List.of(decisiveGrounds), regime,
        history, auditUntil, breaches);
  }

  /** This case with the one regime known to govern it. */
  public Case under(Regime governing) {
    return new Case(id, title, source, operation, date, outcome, grounds, Objects.requireNonNull(governing), history, auditUntil,
        breaches);
  }

  /** This case with a history to audit up to a date. */
  public Case withAudit(ProcessingHistory history, LocalDate until) {
    return new Case(id, title, source, operation, date, outcome, grounds, regime, Objects.requireNonNull(history),
        Objects.requireNonNull(until), breaches);
  }

  /** This case with the periods over which its audit finds the duty breached (none if not given). */
  public Case expectBreached(DateRange... periods) {
    return new Case(id, title, source, operation, date, outcome, grounds, regime, history, auditUntil, List.of(periods));
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

  /** The outcome the law gives. */
  public Outcome outcome() {
    if (outcome == null) {
      throw new IllegalStateException("case " + id + " states no expected outcome");
    }
    return outcome;
  }

  /** Every rule the decision rests on (its decisive grounds), in no particular order. */
  public List<Rule<?>> grounds() {
    return grounds;
  }

  /** The one regime known to govern the case, if a single one does. */
  public Optional<Regime> regime() {
    return Optional.ofNullable(regime);
  }

  /** The periods over which the audit of its history finds the duty breached. */
  public List<DateRange> breaches() {
    return breaches;
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
