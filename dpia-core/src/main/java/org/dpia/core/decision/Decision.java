package org.dpia.core.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.dpia.core.criteria.CriterionFinding;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.text.Text;
import org.immutables.value.Value;

/**
 * The answer to "was a DPIA mandatory for this processing on this date?": the {@link #outcome()},
 * the {@link #regimes() regimes} that govern it, the {@link #grounds() legal grounds} with their
 * citations, the {@link #criteria() risk criteria} found, the {@link #missingFacts() missing facts}
 * that would settle an undetermined answer, advice that follows from it, and the full
 * {@link #trace()} of every rule evaluated. A decision is an immutable value: equal inputs give
 * equal decisions. Deciding computes the outcome and the deciding rules only; the rest, the
 * {@link #explanation()}, is built on first access, once.
 */
@Value.Immutable
public abstract class Decision {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  Decision() {}

  /** A new builder, for rulebooks. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Decision}. */
  public static class Builder extends ImmutableDecision.Builder {
    /** An empty builder, the same as {@link Decision#builder()}. */
    public Builder() {}
  }

  /** The operation decided. */
  public abstract ProcessingOperation operation();

  /** The name of the operation decided. */
  public String operationName() {
    return operation().name();
  }

  /** The date on which the law was applied. */
  public abstract LocalDate date();

  /**
   * Whether the operation ran on the decision's date, as its period says: false when the date is
   * before its first day or after its last, unknown when its first day is not known. A decision on
   * a day the processing did not run says what the law in force that day required of the
   * processing as described, had it run then; reports say so.
   */
  public Truth runsOnDate() {
    return operation().period().includes(date());
  }

  /** Required, not required or undetermined. */
  public abstract Outcome outcome();

  /**
   * The answers given for facts by id (for example in a questionnaire), which override what the
   * operation says; empty when the decision rests on the operation alone.
   */
  public abstract Map<String, Truth> answers();

  /**
   * The ids of the rules that decided: those that held in the deciding rank of each regime that
   * governs or may govern. Recorded when deciding, without building the explanation.
   */
  public abstract List<String> decisiveRuleIds();

  /** The id of the rulebook that decided. */
  public abstract String rulebookId();

  /** The version of the rulebook that decided. */
  public abstract String rulebookVersion();

  /**
   * How the rulebook builds the explanation; called at most once, on first access to any part of
   * it. Not part of the decision's value (equality, hash code).
   */
  @Value.Auxiliary
  public abstract Supplier<Explanation> explainer();

  /** The explanation, built on first access (thread-safe, once). */
  @Value.Lazy
  public Explanation explanation() {
    return Objects.requireNonNull(explainer().get(), "the rulebook gave no explanation");
  }

  /**
   * How the rulebook finds which regimes govern; called at most once, on first access to
   * {@link #regimes()}, without building the explanation. Not part of the decision's value.
   */
  @Value.Auxiliary
  public abstract Supplier<Map<Regime, Truth>> regimeReader();

  /**
   * Each regime considered, with whether it governs the processing (true, false or unknown): the
   * same as the explanation's, computed on first access without building the rest of it.
   */
  @Value.Lazy
  public Map<Regime, Truth> regimes() {
    return java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(Objects.requireNonNull(regimeReader().get(), "the rulebook gave no regimes")));
  }

  /** The grounds, deciding ones first; in an undetermined decision also those that might decide. */
  public List<Ground> grounds() {
    return explanation().grounds();
  }

  /** The finding for each risk criterion, in WP248 order. */
  public List<CriterionFinding> criteria() {
    return explanation().criteria();
  }

  /** The facts that would settle an undetermined decision, most decisive first; empty otherwise. */
  public List<MissingFact> missingFacts() {
    return explanation().missingFacts();
  }

  /**
   * The exceptions assumed not to apply: facts the law leaves to the controller to establish
   * (GDPR art. 35(10), a tolerance, a household activity), not stated and so read as not
   * established, each of which would change the outcome if established. The decision is definite
   * on what was stated; these say what it rests on.
   */
  public List<Presumption> presumptions() {
    return explanation().presumptions();
  }

  /** What the controller should do that follows from the decision. */
  public List<Advice> advice() {
    return explanation().advice();
  }

  /**
   * Conflicts between rules of equal rank, reported rather than resolved, each in words that name
   * the rules; normally empty.
   */
  public List<Text> conflicts() {
    return explanation().conflicts();
  }

  /** The trace of every rule evaluated. */
  public Trace trace() {
    return explanation().trace();
  }

  /** Whether the outcome is {@link Outcome#REQUIRED}. */
  public boolean isRequired() {
    return outcome() == Outcome.REQUIRED;
  }

  /** The single regime known to govern the processing, if there is exactly one. */
  public Optional<Regime> regime() {
    List<Regime> governing = regimes().entrySet().stream()
        .filter(e -> e.getValue() == Truth.TRUE)
        .map(Map.Entry::getKey)
        .toList();
    return governing.size() == 1 ? Optional.of(governing.get(0)) : Optional.empty();
  }

  /** The criteria known to be met. */
  public List<RiskCriterion> criteriaMet() {
    return criteria().stream()
        .filter(f -> f.met() == Truth.TRUE)
        .map(CriterionFinding::criterion)
        .toList();
  }

  /** The finding for one criterion, if the criteria were assessed. */
  public Optional<CriterionFinding> criterion(RiskCriterion criterion) {
    return criteria().stream().filter(f -> f.criterion() == criterion).findFirst();
  }

  /** The ids and descriptions (in English) of the facts that were read as unknown, in the order first met. */
  public Map<String, String> unknownFacts() {
    return trace().unknownFactDescriptions();
  }

  /** The ids and descriptions of the facts that were read as unknown, in the order first met. */
  public Map<String, Text> unknownFactTexts() {
    return trace().unknownFactTexts();
  }

  /** The grounds known to hold (truth TRUE). */
  public List<Ground> decisiveGrounds() {
    return grounds().stream().filter(g -> g.truth() == Truth.TRUE).toList();
  }

  @Override
  public String toString() {
    return operationName() + " on " + date() + ": " + outcome() + " " + decisiveGrounds();
  }
}
