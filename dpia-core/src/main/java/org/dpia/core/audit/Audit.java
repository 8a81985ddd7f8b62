package org.dpia.core.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.dpia.core.decision.Outcome;
import org.dpia.core.time.DateRange;
import org.immutables.value.Value;

/**
 * The answer to "since when was a DPIA due, and was the duty met?": a timeline of
 * {@link Segment segments} over a processing's history, each decided with the law in force on its
 * days and compared with the DPIAs actually carried out. {@code Report.summary(audit)} puts it in
 * one paragraph, in English or French.
 */
@Value.Immutable
public abstract class Audit {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  Audit() {}

  /** A new builder, for auditors. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Audit}. */
  public static class Builder extends ImmutableAudit.Builder {
    /** An empty builder, the same as {@link Audit#builder()}. */
    public Builder() {}
  }

  /** The processing audited. */
  public abstract String operationName();

  /** The days audited: from the processing's first day to its last day or the as-of date. */
  public abstract DateRange period();

  /** The timeline, in date order, without gaps. */
  public abstract List<Segment> segments();

  /** The id of the rulebook that decided. */
  public abstract String rulebookId();

  /** The version of the rulebook that decided. */
  public abstract String rulebookVersion();

  /** The periods during which a DPIA was required, adjacent segments merged. */
  public List<DateRange> requiredPeriods() {
    return merge(s -> s.outcome() == Outcome.REQUIRED);
  }

  /** The periods during which the duty was breached, adjacent segments merged. */
  public List<DateRange> breachedPeriods() {
    return merge(s -> s.compliance() == Compliance.BREACHED);
  }

  /** The periods during which the duty was met, adjacent segments merged. */
  public List<DateRange> metPeriods() {
    return merge(s -> s.compliance() == Compliance.MET);
  }

  /** The periods over which compliance is undetermined, adjacent segments merged. */
  public List<DateRange> undeterminedPeriods() {
    return merge(s -> s.compliance() == Compliance.UNDETERMINED);
  }

  /** The segments in which the duty was breached. */
  public List<Segment> breaches() {
    List<Segment> breaches = new ArrayList<>();
    for (Segment s : segments()) {
      if (s.compliance() == Compliance.BREACHED) {
        breaches.add(s);
      }
    }
    return breaches;
  }

  /** The segment that contains the day, if it was audited. */
  public Optional<Segment> on(LocalDate day) {
    return segments().stream().filter(s -> s.days().contains(day)).findFirst();
  }

  /**
   * The breaches with adjacent segments of the same reasons merged into one (the first segment's
   * decision kept): what a summary lists, one entry per breach and reason.
   */
  public List<Segment> breachesByReason() {
    List<Segment> merged = new ArrayList<>();
    for (Segment b : breaches()) {
      Segment last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && last.breachReasons().equals(b.breachReasons()) && last.days().abuts(b.days())) {
        merged.set(merged.size() - 1, Segment.builder().from(last).days(last.days().union(b.days())).build());
      } else {
        merged.add(b);
      }
    }
    return merged;
  }

  private List<DateRange> merge(Predicate<Segment> which) {
    List<DateRange> ranges = new ArrayList<>();
    for (Segment s : segments()) {
      if (which.test(s)) {
        ranges.add(s.days());
      }
    }
    return DateRange.merge(ranges);
  }
}
