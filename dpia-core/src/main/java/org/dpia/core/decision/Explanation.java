package org.dpia.core.decision;

import java.util.List;
import java.util.Map;
import org.dpia.core.criteria.CriterionFinding;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
import org.dpia.core.text.Text;
import org.immutables.value.Value;

/**
 * Why a {@link Decision} came out as it did: the regimes considered, the grounds with their
 * citations, the risk criteria found, the missing facts, the advice, any conflict, and the trace of
 * every rule evaluated. A decision builds its explanation on first access only, so that deciding
 * stays cheap when only the outcome is needed (a register of thousands of operations, an audit).
 */
@Value.Immutable
public abstract class Explanation {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  Explanation() {}

  /** A new builder, for rulebooks. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Explanation}. */
  public static class Builder extends ImmutableExplanation.Builder {
    /** An empty builder, the same as {@link Explanation#builder()}. */
    public Builder() {}
  }

  /** Each regime considered, with whether it governs the processing (true, false or unknown). */
  public abstract Map<Regime, Truth> regimes();

  /** The grounds, deciding ones first; in an undetermined decision also those that might decide. */
  public abstract List<Ground> grounds();

  /** The finding for each risk criterion, in WP248 order. */
  public abstract List<CriterionFinding> criteria();

  /** The facts that would settle an undetermined decision, most decisive first; empty otherwise. */
  public abstract List<MissingFact> missingFacts();

  /**
   * The exceptions the law leaves to the controller to establish, not stated and so read as not
   * established, whose establishment would change the outcome; in the order first met.
   */
  public abstract List<Presumption> presumptions();

  /** What the controller should do that follows from the decision. */
  public abstract List<Advice> advice();

  /**
   * Conflicts between rules of equal rank, reported rather than resolved, each in words that name
   * the rules; normally empty.
   */
  public abstract List<Text> conflicts();

  /**
   * The description of each fact answered ({@link Decision#answers()}), by id, so that a report
   * names the answers in words even when the decision did not read the fact (a higher rank
   * decided); empty when no answer was given.
   */
  public abstract Map<String, Text> answeredFacts();

  /** The trace of every rule evaluated. */
  public abstract Trace trace();
}
