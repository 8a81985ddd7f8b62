package org.dpia.core.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.SortedSet;
import org.dpia.core.audit.Audit;
import org.dpia.core.audit.Auditor;
import org.dpia.core.audit.Requirement;
import org.dpia.core.law.LegalSource;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.InvalidDescriptionException;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;

/**
 * A jurisdiction's law on DPIAs, as rules: the seam where a country plugs in. Implementations are
 * immutable and thread-safe; build one once and reuse it. They are found with
 * {@link ServiceLoader} ({@link #available()}, {@link #find(String)}) or constructed directly.
 */
public interface Rulebook {

  /** A stable id, such as {@code "fr"}. */
  String id();

  /** The version of the rulebook (of its encoding of the law). */
  String version();

  /** Its name in plain words. */
  String name();

  /** Every legal source it encodes, with its dates. */
  List<LegalSource> sources();

  /**
   * Decides whether a DPIA was mandatory for the operation on the date, applying the law in force
   * on that date. Never throws for a valid operation: what the facts do not settle comes out
   * {@link Outcome#UNDETERMINED}, with the missing facts.
   */
  default Decision decide(ProcessingOperation operation, LocalDate date) {
    return decide(operation, date, Map.of());
  }

  /**
   * Decides as {@link #decide(ProcessingOperation, LocalDate)}, with answers given for facts by id
   * (the ids of {@link MissingFact#factId()} and {@link Question#factId()}), which override what
   * the operation says. This is how a questionnaire refines a decision without rebuilding the
   * operation; the decision records the answers.
   */
  Decision decide(ProcessingOperation operation, LocalDate date, Map<String, Truth> answers);

  /**
   * The questions that can still change an undetermined decision, most decisive first, each with
   * its text, help and legal references in the locale's language; empty when the decision is
   * settled.
   */
  default List<Question> questions(Decision decision, Locale locale) {
    return Question.forDecision(decision, locale, texts(locale));
  }

  /**
   * How an {@link Interview} groups this rulebook's questions: its topics (one multiple-choice
   * question per vocabulary) and the facts asked only after others. By default none: one yes/no
   * question per missing fact.
   */
  default InterviewPlan interviewPlan() {
    return InterviewPlan.none();
  }

  /**
   * The days on which one of this rulebook's rules, or one of the wordings a rule cites, starts
   * or stops being in force (the first day of each validity, and the day after each last day).
   * An audit splits its timeline there.
   */
  SortedSet<LocalDate> lawChangeDates();

  /**
   * What the law requires of a DPIA once one is required (its content, the DPO's advice, the prior
   * consultation, the review), regime by regime, each with the provision that requires it: what an
   * audit checks the DPIAs on record against. None unless the rulebook declares some; the days its
   * provisions start or stop being in force are among {@link #lawChangeDates()}.
   */
  default List<Requirement> requirements() {
    return List.of();
  }

  /**
   * Audits a processing's history up to the as-of date (or its end, if earlier): the timeline of
   * decisions, each with the law in force on its days, compared with the DPIAs carried out.
   *
   * @throws org.dpia.core.model.InvalidDescriptionException if the as-of date is before the
   *     processing started, or a DPIA is dated after the as-of date
   */
  default Audit audit(ProcessingHistory history, LocalDate asOf) {
    return Auditor.audit(this::decide, lawChangeDates(), requirements(), id(), version(), history, asOf);
  }

  /**
   * Audits a processing that stopped, over its whole life.
   *
   * A DPIA completed after the processing stopped is accepted: it met the duty on no day audited.
   *
   * @throws org.dpia.core.model.InvalidDescriptionException if the history has no end: use
   *     {@link #audit(ProcessingHistory, LocalDate)}
   */
  default Audit audit(ProcessingHistory history) {
    LocalDate end = history.end().orElseThrow(() -> new InvalidDescriptionException("audit of '" + history.name() + "'",
        List.of("the processing is still running (it has no last day): give the date up to which to audit it")));
    // as of the latest day known: a DPIA completed after the processing stopped is accepted (it came
    // too late to meet the duty on any day audited), the period audited still ends with the processing
    LocalDate latest = history.dpias().stream().map(DpiaRecord::completedOn).filter(end::isBefore).max(LocalDate::compareTo).orElse(end);
    return audit(history, latest);
  }

  /** Audits an operation that did not change, up to the as-of date (or its end, if earlier). */
  default Audit audit(ProcessingOperation operation, LocalDate asOf) {
    return audit(ProcessingHistory.of(operation), asOf);
  }

  /**
   * Audits an operation that did not change and has stopped, over its whole period.
   *
   * @throws org.dpia.core.model.InvalidDescriptionException if its period has no end: use
   *     {@link #audit(ProcessingOperation, LocalDate)}
   */
  default Audit audit(ProcessingOperation operation) {
    return audit(ProcessingHistory.of(operation));
  }

  /**
   * The rulebook's longer texts in a language: the help of its questions ({@code help.<fact id>})
   * and, where one is written, the question itself ({@code question.<fact id>}). Titles of rules,
   * descriptions of facts, regimes and advice are not here: each carries its own texts. Empty when
   * the rulebook has none.
   */
  default Optional<ResourceBundle> texts(Locale locale) {
    return Optional.empty();
  }

  /** The rulebooks on the class path or module path, by {@link ServiceLoader}. */
  static List<Rulebook> available() {
    List<Rulebook> found = new ArrayList<>();
    ServiceLoader.load(Rulebook.class).forEach(found::add);
    return found;
  }

  /** The rulebook with this id on the class path or module path, if any. */
  static Optional<Rulebook> find(String id) {
    return available().stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
