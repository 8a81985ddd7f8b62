package org.dpia.core.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.InvalidDescriptionException;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Version;
import org.dpia.core.time.DateRange;

/**
 * Builds an {@link Audit} with any decision procedure: splits the history where a version starts,
 * where the law changes, where a DPIA is completed and where a review falls due; decides each piece
 * with the law in force on its first day; compares it with the DPIAs; and merges adjacent pieces
 * that came to the same thing. {@code Rulebook.audit(…)} calls it with the rulebook's own
 * {@code decide} and law change dates.
 */
public final class Auditor {
  private Auditor() {}

  /**
   * Audits the history from its first day to its last day, or to the as-of date if earlier.
   *
   * @param decide decides an operation on a date
   * @param lawChanges the days on which a rule starts or stops being in force
   * @param rulebookId the id of the rulebook that decides, recorded in the audit
   * @param rulebookVersion its version, recorded in the audit
   * @throws InvalidDescriptionException if the as-of date is before the processing started, or a
   *     DPIA is recorded as completed after the as-of date
   */
  public static Audit audit(BiFunction<ProcessingOperation, LocalDate, Decision> decide, SortedSet<LocalDate> lawChanges,
      String rulebookId, String rulebookVersion, ProcessingHistory history, LocalDate asOf) {
    Objects.requireNonNull(decide, "decide");
    Objects.requireNonNull(lawChanges, "lawChanges");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(asOf, "asOf");
    List<String> problems = new ArrayList<>();
    if (asOf.isBefore(history.start())) {
      problems.add("the audit date (" + asOf + ") is before the processing started (" + history.start() + ")");
    }
    for (DpiaRecord d : history.dpias()) {
      if (d.completedOn().isAfter(asOf)) {
        problems.add("DPIA '" + d.title() + "' is dated " + d.completedOn() + ", after the audit date " + asOf);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidDescriptionException("audit of '" + history.name() + "'", problems);
    }
    LocalDate end = history.end().filter(e -> e.isBefore(asOf)).orElse(asOf);
    LocalDate start = history.start();

    TreeSet<LocalDate> cuts = new TreeSet<>();
    history.versions().forEach(v -> cuts.add(v.from()));
    cuts.addAll(lawChanges);
    for (DpiaRecord d : history.dpias()) {
      cuts.add(d.completedOn());
      d.reviewDueOn().flatMap(r -> DateRange.day(r).dayAfter()).ifPresent(cuts::add);
    }
    List<LocalDate> starts = new ArrayList<>();
    starts.add(start);
    starts.addAll(cuts.subSet(start, false, end, true));

    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      LocalDate from = starts.get(i);
      LocalDate to = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : end;
      Version version = versionOn(history, from);
      Segment piece = judge(decide.apply(version.facts(), from), version, DateRange.of(from, to), history.dpias());
      append(segments, piece);
    }
    return Audit.builder()
        .operationName(history.name())
        .period(DateRange.of(start, end))
        .segments(segments)
        .rulebookId(rulebookId)
        .rulebookVersion(rulebookVersion)
        .build();
  }

  private static Version versionOn(ProcessingHistory history, LocalDate day) {
    Version current = history.versions().get(0);
    for (Version v : history.versions()) {
      if (!v.from().isAfter(day)) {
        current = v;
      }
    }
    return current;
  }

  private static Segment judge(Decision decision, Version version, DateRange days, List<DpiaRecord> dpias) {
    Segment.Builder s = Segment.builder().days(days).version(version.label()).decision(decision);
    if (decision.outcome() == Outcome.NOT_REQUIRED) {
      return s.compliance(Compliance.NOT_REQUIRED).build();
    }
    if (decision.outcome() == Outcome.UNDETERMINED) {
      return s.compliance(Compliance.UNDETERMINED).build();
    }
    LocalDate day = days.from();
    Optional<DpiaRecord> covering = latest(dpias, d -> !d.completedOn().isAfter(day) && d.covers(version) == Truth.TRUE);
    if (covering.isPresent()) {
      DpiaRecord d = covering.get();
      if (d.reviewDueOn().isPresent() && d.reviewDueOn().get().isBefore(day)) {
        return s.compliance(Compliance.BREACHED).breachReason(Compliance.BreachReason.REVIEW_OVERDUE).dpia(d).build();
      }
      return s.compliance(Compliance.MET).dpia(d).build();
    }
    if (dpias.stream().anyMatch(d -> !d.completedOn().isAfter(day) && d.covers(version) == Truth.UNKNOWN)) {
      return s.compliance(Compliance.UNDETERMINED).build();
    }
    Optional<DpiaRecord> late = dpias.stream()
        .filter(d -> d.completedOn().isAfter(day) && d.covers(version) == Truth.TRUE)
        .min(Comparator.comparing(DpiaRecord::completedOn));
    if (late.isPresent()) {
      return s.compliance(Compliance.BREACHED).breachReason(Compliance.BreachReason.LATE).dpia(late.get()).build();
    }
    Optional<DpiaRecord> earlier = latest(dpias, d -> !d.completedOn().isAfter(day));
    if (earlier.isPresent()) {
      return s.compliance(Compliance.BREACHED).breachReason(Compliance.BreachReason.DOES_NOT_COVER_VERSION).dpia(earlier.get()).build();
    }
    return s.compliance(Compliance.BREACHED).breachReason(Compliance.BreachReason.NO_DPIA).build();
  }

  private static Optional<DpiaRecord> latest(List<DpiaRecord> dpias, Predicate<DpiaRecord> which) {
    return dpias.stream().filter(which).max(Comparator.comparing(DpiaRecord::completedOn));
  }

  /** Adds the piece, merging it into the previous segment when nothing but the law's dates differ in effect. */
  private static void append(List<Segment> segments, Segment piece) {
    if (!segments.isEmpty()) {
      Segment last = segments.get(segments.size() - 1);
      if (sameEffect(last, piece)) {
        segments.set(segments.size() - 1, Segment.builder().from(last).days(last.days().union(piece.days())).build());
        return;
      }
    }
    segments.add(piece);
  }

  private static boolean sameEffect(Segment a, Segment b) {
    return a.version().equals(b.version())
        && a.outcome() == b.outcome()
        && a.compliance() == b.compliance()
        && a.breachReason().equals(b.breachReason())
        && a.dpia().equals(b.dpia())
        && a.decision().decisiveRuleIds().equals(b.decision().decisiveRuleIds());
  }
}
