package org.dpia.core.criteria;

import java.util.Objects;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;

/**
 * Whether one {@link RiskCriterion} is met by a processing: met, not met or unknown, with the trace
 * of how that was found, and whether the caller asserted it rather than the rulebook deriving it
 * from the facts.
 */
public final class CriterionFinding {
  private final RiskCriterion criterion;
  private final Trace trace;
  private final boolean asserted;

  private CriterionFinding(RiskCriterion criterion, Trace trace, boolean asserted) {
    this.criterion = Objects.requireNonNull(criterion, "criterion");
    this.trace = Objects.requireNonNull(trace, "trace");
    this.asserted = asserted;
  }

  /** A finding derived from the facts, explained by the trace of the rule that derived it. */
  public static CriterionFinding derived(RiskCriterion criterion, Trace trace) {
    return new CriterionFinding(criterion, trace, false);
  }

  /** A finding the caller asserted as a conclusion. */
  public static CriterionFinding asserted(RiskCriterion criterion, Trace trace) {
    return new CriterionFinding(criterion, trace, true);
  }

  /** The criterion. */
  public RiskCriterion criterion() {
    return criterion;
  }

  /** Whether it is met. */
  public Truth met() {
    return trace.truth();
  }

  /** Whether the caller asserted it instead of letting the rulebook derive it. */
  public boolean isAsserted() {
    return asserted;
  }

  /** How it was found. */
  public Trace trace() {
    return trace;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CriterionFinding
        && ((CriterionFinding) o).criterion == criterion
        && ((CriterionFinding) o).asserted == asserted
        && ((CriterionFinding) o).trace.equals(trace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(criterion, trace, asserted);
  }

  @Override
  public String toString() {
    return criterion.number() + ". " + criterion.label() + ": " + met() + (asserted ? " (asserted)" : "");
  }
}
