package org.dpia.core.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.law.Citation;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DpiaElement;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.InvalidDescriptionException;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Version;
import org.dpia.core.time.DateRange;

/**
 * Builds an {@link Audit} with any decision procedure: splits the history where a version starts,
 * where the law changes, where a DPIA is counted as completed, reviewed or due for review; decides
 * each piece with the law in force on its first day; compares it with the DPIAs and with what the
 * law requires of them ({@link Requirement}); and merges adjacent pieces that came to the same
 * thing. {@code Rulebook.audit(…)} calls it with the rulebook's own {@code decide}, law change
 * dates and requirements.
 *
 * <p>On each piece: a DPIA is required (or whether it is, is undetermined); the DPIA in place is
 * the latest one counted as completed by the first day ({@link DpiaRecord#countedFrom()}) that
 * covers the version. Without one, the duty is breached: no DPIA, a DPIA done later (late), or
 * DPIAs that do not cover this version. With one, each requirement the governing regime declares
 * is checked: its content, the DPO's advice, the prior consultation of the authority when the
 * residual risk is high, a review after a change that altered the risk; and the DPIA's own review
 * date. A point not stated leaves compliance undetermined, never met. A covering DPIA that meets
 * every point meets the duty even on days when whether one was required is undetermined.
 */
public final class Auditor {
  private Auditor() {}

  /**
   * Audits the history from its first day to its last day, or to the as-of date if earlier.
   *
   * @param decide decides an operation on a date
   * @param lawChanges the days on which a rule starts or stops being in force
   * @param requirements what each regime's law requires of a DPIA, checked on the days it is in force
   * @param rulebookId the id of the rulebook that decides, recorded in the audit
   * @param rulebookVersion its version, recorded in the audit
   * @param history the processing, its versions and its DPIAs
   * @param asOf the last day to audit, if the processing ran longer
   * @return the audit
   * @throws InvalidDescriptionException if the as-of date is before the processing started, or a
   *     DPIA is recorded as completed after the as-of date
   */
  public static Audit audit(BiFunction<ProcessingOperation, LocalDate, Decision> decide, SortedSet<LocalDate> lawChanges,
      List<Requirement> requirements, String rulebookId, String rulebookVersion, ProcessingHistory history, LocalDate asOf) {
    Objects.requireNonNull(decide, "decide");
    Objects.requireNonNull(lawChanges, "lawChanges");
    Objects.requireNonNull(requirements, "requirements");
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
      cuts.add(d.countedFrom());
      cuts.addAll(d.reviewedOn());
      d.reviewDueOn().flatMap(r -> DateRange.day(r).dayAfter()).ifPresent(cuts::add);
    }
    List<LocalDate> starts = new ArrayList<>();
    starts.add(start);
    starts.addAll(cuts.subSet(start, false, end, true));

    List<Segment> segments = new ArrayList<>();
    Map<Version, Truth> risksAltered = new HashMap<>();
    for (int i = 0; i < starts.size(); i++) {
      LocalDate from = starts.get(i);
      LocalDate to = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : end;
      Piece piece = new Piece(history, from, decide, requirements, risksAltered);
      append(segments, piece.judge(DateRange.of(from, to)));
    }
    return Audit.builder()
        .operationName(history.name())
        .period(DateRange.of(start, end))
        .segments(segments)
        .rulebookId(rulebookId)
        .rulebookVersion(rulebookVersion)
        .build();
  }

  /** One piece of the timeline, judged on its first day. */
  private static final class Piece {
    private final ProcessingHistory history;
    private final LocalDate day;
    private final Version version;
    private final Decision decision;
    private final BiFunction<ProcessingOperation, LocalDate, Decision> decide;
    private final List<Requirement> requirements;
    private final Map<Version, Truth> risksAltered;

    Piece(ProcessingHistory history, LocalDate day, BiFunction<ProcessingOperation, LocalDate, Decision> decide,
        List<Requirement> requirements, Map<Version, Truth> risksAltered) {
      this.history = history;
      this.risksAltered = risksAltered;
      this.day = day;
      this.version = versionOn(history, day);
      this.decide = decide;
      this.requirements = requirements;
      this.decision = decide.apply(version.facts(), day);
    }

    Segment judge(DateRange days) {
      Segment.Builder s = Segment.builder().days(days).version(version.label()).decision(decision);
      if (decision.outcome() == Outcome.NOT_REQUIRED) {
        return s.compliance(Compliance.NOT_REQUIRED).build();
      }
      List<DpiaRecord> dpias = history.dpias();
      Optional<DpiaRecord> covering = latest(dpias, d -> inPlace(d) && d.covers(version) == Truth.TRUE);
      if (covering.isPresent()) {
        List<Finding> findings = check(covering.get());
        return s.compliance(compliance(findings)).findings(findings).dpia(covering.get()).build();
      }
      if (decision.outcome() == Outcome.UNDETERMINED) {
        return s.compliance(Compliance.UNDETERMINED).build();
      }
      if (dpias.stream().anyMatch(d -> inPlace(d) && d.covers(version) == Truth.UNKNOWN)) {
        return s.compliance(Compliance.UNDETERMINED).findings(List.of(finding(BreachReason.DOES_NOT_COVER_VERSION, Truth.UNKNOWN))).build();
      }
      s.compliance(Compliance.BREACHED);
      Optional<DpiaRecord> late = dpias.stream()
          .filter(d -> !inPlace(d) && d.covers(version) == Truth.TRUE)
          .min(Comparator.comparing(DpiaRecord::countedFrom));
      if (late.isPresent()) {
        return s.findings(List.of(finding(BreachReason.LATE, Truth.TRUE))).dpia(late.get()).build();
      }
      Optional<DpiaRecord> earlier = latest(dpias, this::inPlace);
      if (earlier.isPresent()) {
        return s.findings(List.of(finding(BreachReason.DOES_NOT_COVER_VERSION, Truth.TRUE))).dpia(earlier.get()).build();
      }
      return s.findings(List.of(finding(BreachReason.NO_DPIA, Truth.TRUE))).build();
    }

    private boolean inPlace(DpiaRecord d) {
      return !d.countedFrom().isAfter(day);
    }

    /** Breached if a point is established as not met and a DPIA was required; undetermined if a point is open. */
    private Compliance compliance(List<Finding> findings) {
      if (findings.isEmpty()) {
        return Compliance.MET;
      }
      boolean established = findings.stream().anyMatch(Finding::established);
      return established && decision.outcome() == Outcome.REQUIRED ? Compliance.BREACHED : Compliance.UNDETERMINED;
    }

    /** The points on which the DPIA in place falls short, or may. */
    private List<Finding> check(DpiaRecord dpia) {
      List<Finding> findings = new ArrayList<>();
      content(dpia, findings);
      add(findings, BreachReason.DPO_NOT_CONSULTED, switch (dpia.dpoAdvice()) {
        case NOT_SOUGHT -> Truth.TRUE;
        case SOUGHT, NO_DPO_DESIGNATED -> Truth.FALSE;
        case UNKNOWN -> Truth.UNKNOWN;
      });
      Truth highRisk = switch (dpia.residualRisk()) {
        case HIGH -> Truth.TRUE;
        case NOT_HIGH -> Truth.FALSE;
        case UNKNOWN -> Truth.UNKNOWN;
      };
      add(findings, BreachReason.PRIOR_CONSULTATION_MISSING, highRisk.and(dpia.authorityConsulted().not()));
      add(findings, BreachReason.NOT_REVIEWED_AFTER_CHANGE, notReviewedAfterChange(dpia));
      boolean overdue = dpia.reviewDueOn().map(due -> due.isBefore(day)).orElse(false)
          && dpia.reviewedOn().headSet(day.plusDays(1)).isEmpty();
      if (overdue) {
        findings.add(finding(BreachReason.REVIEW_OVERDUE, Truth.TRUE));
      }
      return findings;
    }

    /** The parts required and missing, then those not known to be there, each with the provisions requiring them. */
    private void content(DpiaRecord dpia, List<Finding> findings) {
      List<DpiaElement> missing = new ArrayList<>(4);
      List<Citation> missingCited = new ArrayList<>(4);
      List<DpiaElement> unknown = new ArrayList<>(4);
      List<Citation> unknownCited = new ArrayList<>(4);
      for (DpiaElement element : DpiaElement.values()) {
        Truth stated = dpia.contains(element);
        if (stated == Truth.TRUE) {
          continue;
        }
        Required required = required(r -> r.point() == BreachReason.LACKS_CONTENT && r.element().orElseThrow() == element);
        Truth shortfall = stated.not().and(required.applies());
        if (shortfall == Truth.TRUE) {
          missing.add(element);
          missingCited.addAll(required.citations());
        } else if (shortfall == Truth.UNKNOWN) {
          unknown.add(element);
          unknownCited.addAll(required.citations());
        }
      }
      if (!missing.isEmpty()) {
        findings.add(new Finding(BreachReason.LACKS_CONTENT, Truth.TRUE, missing, missingCited));
      }
      if (!unknown.isEmpty()) {
        findings.add(new Finding(BreachReason.LACKS_CONTENT, Truth.UNKNOWN, unknown, unknownCited));
      }
    }

    /**
     * A DPIA counted before this version began, that does not name it, and not reviewed since: short
     * if the change altered the risk.
     */
    private Truth notReviewedAfterChange(DpiaRecord dpia) {
      Version first = history.versions().get(0);
      if (version == first || !dpia.countedFrom().isBefore(version.from()) || dpia.versions().contains(version.label())
          || !dpia.reviewedOn().subSet(version.from(), day.plusDays(1)).isEmpty()) {
        return Truth.FALSE;
      }
      return altersRisk();
    }

    /**
     * As stated; otherwise true if this version, on its first day, meets a risk criterion or a
     * ground the previous one did not on that day; found once per version.
     */
    private Truth altersRisk() {
      if (version.altersRisk() != Truth.UNKNOWN) {
        return version.altersRisk();
      }
      return risksAltered.computeIfAbsent(version, v -> {
        Version previous = versionOn(history, v.from().minusDays(1));
        Decision before = decide.apply(previous.facts(), v.from());
        Decision after = v.from().equals(day) ? decision : decide.apply(v.facts(), v.from());
        boolean newCriterion = !before.criteriaMet().containsAll(after.criteriaMet());
        boolean newGround = !before.decisiveRuleIds().containsAll(after.decisiveRuleIds());
        return newCriterion || newGround ? Truth.TRUE : Truth.UNKNOWN;
      });
    }

    private void add(List<Finding> findings, BreachReason point, Truth shortfall) {
      if (shortfall == Truth.FALSE) {
        return;
      }
      Required required = required(r -> r.point() == point);
      Truth established = shortfall.and(required.applies());
      if (established != Truth.FALSE) {
        findings.add(Finding.of(point, established, required.citations()));
      }
    }

    /** A finding on a point of the duty itself, citing the provisions in force that the regime declares for it. */
    private Finding finding(BreachReason point, Truth shortfall) {
      return Finding.of(point, shortfall, required(r -> r.point() == point).citations());
    }

    /**
     * Whether the law requires what the requirements matching describe, on this piece's day, with
     * the provisions that do: true if a regime declaring it governs; also true when a DPIA is
     * required and every regime that may govern declares it, whichever of them governs; unknown if
     * one that may govern declares it; false otherwise.
     */
    private Required required(Predicate<Requirement> which) {
      Truth applies = Truth.FALSE;
      List<Citation> citations = new ArrayList<>();
      java.util.Set<org.dpia.core.decision.Regime> declaring = new java.util.HashSet<>();
      for (Requirement r : requirements) {
        Truth a = which.test(r) ? r.appliesTo(decision, day) : Truth.FALSE;
        if (a != Truth.FALSE) {
          citations.add(r.citation());
          declaring.add(r.regime());
          applies = applies.or(a);
        }
      }
      if (applies == Truth.UNKNOWN && decision.outcome() == Outcome.REQUIRED) {
        boolean everyPossibleRegime = decision.regimes().entrySet().stream()
            .allMatch(e -> e.getValue() == Truth.FALSE || declaring.contains(e.getKey()));
        if (everyPossibleRegime) {
          applies = Truth.TRUE;
        }
      }
      return new Required(applies, citations);
    }
  }

  /** Whether a point of the duty applies, and the provisions that require it. */
  private record Required(Truth applies, List<Citation> citations) {}

  private static Version versionOn(ProcessingHistory history, LocalDate day) {
    Version current = history.versions().get(0);
    for (Version v : history.versions()) {
      if (!v.from().isAfter(day)) {
        current = v;
      }
    }
    return current;
  }

  private static Optional<DpiaRecord> latest(List<DpiaRecord> dpias, Predicate<DpiaRecord> which) {
    return dpias.stream().filter(which).max(Comparator.comparing(DpiaRecord::countedFrom));
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
        && a.findings().equals(b.findings())
        && a.dpia().equals(b.dpia())
        && a.decision().decisiveRuleIds().equals(b.decision().decisiveRuleIds());
  }
}
