package org.dpia.core.audit;

import java.util.Optional;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.time.DateRange;
import org.immutables.value.Value;

/**
 * A stretch of an audit timeline over which neither the law, the facts nor the compliance changed:
 * its days, the version of the processing, the decision for those days and whether the duty was met.
 */
@Value.Immutable
public abstract class Segment {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  Segment() {}

  /** A new builder, for auditors. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Segment}. */
  public static class Builder extends ImmutableSegment.Builder {
    /** An empty builder, the same as {@link Segment#builder()}. */
    public Builder() {}
  }

  /** The days of the segment. */
  public abstract DateRange days();

  /** The label of the processing's version. */
  public abstract String version();

  /** The decision for these days (taken on the first day; the law and facts do not change within). */
  public abstract Decision decision();

  /** Whether the duty was met. */
  public abstract Compliance compliance();

  /** Why it was breached, for {@link Compliance#BREACHED}. */
  public abstract Optional<Compliance.BreachReason> breachReason();

  /** The DPIA that met the duty, or the late or outdated one the breach refers to. */
  public abstract Optional<DpiaRecord> dpia();

  /** The outcome of the decision. */
  public Outcome outcome() {
    return decision().outcome();
  }

  @Override
  public String toString() {
    return days() + " [" + version() + "]: " + outcome() + ", " + compliance() + breachReason().map(r -> " (" + r + ")").orElse("");
  }
}
