package org.dpia.core.audit;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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

  /**
   * The points on which the duty was not met, or is not known to be met, each with the provisions
   * that require it: for {@link Compliance#BREACHED} at least one established, for
   * {@link Compliance#MET} and {@link Compliance#NOT_REQUIRED} none.
   */
  public abstract List<Finding> findings();

  /** Why it was breached: the points established as not met, for {@link Compliance#BREACHED}; empty otherwise. */
  public List<Compliance.BreachReason> breachReasons() {
    if (compliance() != Compliance.BREACHED) {
      return List.of();
    }
    return findings().stream().filter(Finding::established).map(Finding::reason).toList();
  }

  /** The points left open: those whose shortfall is unknown. */
  public List<Finding> openPoints() {
    return findings().stream().filter(f -> !f.established()).toList();
  }

  /** The DPIA that met the duty, or the late, outdated or deficient one the findings refer to. */
  public abstract Optional<DpiaRecord> dpia();

  /**
   * For a DPIA carried out late, how many days after this segment's first day it counts as
   * carried out (its {@link DpiaRecord#countedFrom()}).
   */
  public OptionalLong daysLate() {
    if (!breachReasons().contains(Compliance.BreachReason.LATE)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(ChronoUnit.DAYS.between(days().from(), dpia().orElseThrow().countedFrom()));
  }

  /** The outcome of the decision. */
  public Outcome outcome() {
    return decision().outcome();
  }

  @Override
  public String toString() {
    List<String> points = findings().stream().map(f -> f.reason() + (f.established() ? "" : "?")).toList();
    return days() + " [" + version() + "]: " + outcome() + ", " + compliance() + (points.isEmpty() ? "" : " (" + String.join(", ", points) + ")");
  }
}
