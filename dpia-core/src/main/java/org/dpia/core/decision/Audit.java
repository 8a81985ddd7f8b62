package org.dpia.core.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * The answer to "since when was a DPIA due, and was the duty met?": a timeline of
 * {@link Segment segments} over a processing's history, each decided with the law in force on its
 * days and compared with the DPIAs actually carried out, and the summary a reader wants first.
 */
@Value.Immutable
public abstract class Audit {

  /** A new builder, for auditors. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Audit}. */
  public static class Builder extends ImmutableAudit.Builder {}

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
  public java.util.Optional<Segment> on(LocalDate day) {
    return segments().stream().filter(s -> s.days().contains(day)).findFirst();
  }

  /**
   * The answer in one paragraph, for example "DPIA required from 2022-11-01 to 2025-01-31; duty
   * breached from 2022-11-01 to 2025-01-31 (does not cover version)."
   */
  public String summary() {
    List<DateRange> required = requiredPeriods();
    StringBuilder s = new StringBuilder();
    if (required.isEmpty()) {
      s.append("No DPIA required over ").append(period());
    } else {
      s.append("DPIA required ").append(ranges(required));
    }
    List<Segment> breaches = breaches();
    if (breaches.isEmpty()) {
      s.append(required.isEmpty() ? "" : "; duty met throughout");
    } else {
      s.append("; duty breached");
      String sep = " ";
      for (Segment b : breachesByReason()) {
        s.append(sep).append("from ").append(b.days().from()).append(" to ").append(b.days().to())
            .append(" (").append(b.breachReason().map(r -> r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).orElse("")).append(')');
        sep = ", ";
      }
    }
    if (segments().stream().anyMatch(x -> x.compliance() == Compliance.UNDETERMINED)) {
      s.append("; undetermined ").append(ranges(merge(x -> x.compliance() == Compliance.UNDETERMINED)));
    }
    return s.append('.').toString();
  }

  private static String ranges(List<DateRange> ranges) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < ranges.size(); i++) {
      s.append(i == 0 ? "" : ", ").append("from ").append(ranges.get(i).from()).append(" to ").append(ranges.get(i).to());
    }
    return s.toString();
  }

  /**
   * The breaches with adjacent segments of the same reason merged into one (the first segment's
   * decision kept): what a summary lists, one entry per breach and reason.
   */
  public List<Segment> breachesByReason() {
    List<Segment> merged = new ArrayList<>();
    for (Segment b : breaches()) {
      Segment last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && last.breachReason().equals(b.breachReason()) && last.days().to().plusDays(1).equals(b.days().from())) {
        merged.set(merged.size() - 1, Segment.builder().from(last).days(DateRange.of(last.days().from(), b.days().to())).build());
      } else {
        merged.add(b);
      }
    }
    return merged;
  }

  private List<DateRange> merge(Predicate<Segment> which) {
    List<DateRange> merged = new ArrayList<>();
    for (Segment s : segments()) {
      if (!which.test(s)) {
        continue;
      }
      DateRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && last.to().plusDays(1).equals(s.days().from())) {
        merged.set(merged.size() - 1, DateRange.of(last.from(), s.days().to()));
      } else {
        merged.add(s.days());
      }
    }
    return merged;
  }
}
