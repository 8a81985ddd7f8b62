package org.dpia.core.decision;

import java.util.Map;
import org.dpia.core.logic.Truth;
import org.dpia.core.text.Text;
import org.immutables.value.Value;

/**
 * A fact that was not given and would change an undetermined decision, with what the decision would
 * become if it were true or false. Decisions list them most decisive first: a fact whose answer
 * settles the outcome either way comes before one that settles it only one way, which comes before
 * one that matters only together with others.
 */
@Value.Immutable
public abstract class MissingFact {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  MissingFact() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MissingFact}. */
  public static class Builder extends ImmutableMissingFact.Builder {
    /** An empty builder, the same as {@link MissingFact#builder()}. */
    public Builder() {}
  }

  /** The fact's stable id, as read by the rules. */
  public abstract String factId();

  /** The fact in plain words, in every language it is written in. */
  public abstract Text description();

  /** The outcome if the fact were true (all else unchanged). */
  public abstract Outcome ifTrue();

  /** The outcome if the fact were false (all else unchanged). */
  public abstract Outcome ifFalse();

  /**
   * A certificate that the fact matters: answers for other unknown facts under which this fact's
   * answer changes the outcome. Empty when the fact changes the outcome on its own
   * ({@link #decisiveness()} above 0), and in the rare case of a fact that matters only because one
   * of its answers implies others and so rules an outcome out, where no such answers were found.
   */
  public abstract Map<String, Truth> witness();

  /** Whether answering it settles the outcome whichever the answer. */
  @Value.Derived
  public boolean settlesAlone() {
    return ifTrue() != Outcome.UNDETERMINED && ifFalse() != Outcome.UNDETERMINED;
  }

  /** How decisive it is: 2 if either answer settles the outcome, 1 if one does, 0 if it matters only with others. */
  @Value.Derived
  public int decisiveness() {
    return (ifTrue() != Outcome.UNDETERMINED ? 1 : 0) + (ifFalse() != Outcome.UNDETERMINED ? 1 : 0);
  }

  @Override
  public String toString() {
    return factId() + " (if true: " + ifTrue() + ", if false: " + ifFalse() + ")";
  }
}
