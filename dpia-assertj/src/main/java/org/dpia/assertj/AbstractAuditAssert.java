package org.dpia.assertj;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.dpia.core.audit.Audit;
import org.dpia.core.audit.Compliance;
import org.dpia.core.audit.Finding;
import org.dpia.core.audit.Segment;
import org.dpia.core.report.Report;
import org.dpia.core.time.DateRange;

/**
 * Assertions on an {@link Audit}, in the shape AssertJ's own assertions take. Every failure message
 * shows the audit's summary and timeline.
 *
 * @param <SELF> the concrete assertion type, returned by every method for chaining
 */
public abstract class AbstractAuditAssert<SELF extends AbstractAuditAssert<SELF>> extends AbstractAssert<SELF, Audit> {

  /** An assertion on the audit, of the concrete type given. */
  protected AbstractAuditAssert(Audit actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** The duty was breached over exactly this period (adjacent breached segments merged), among others. */
  public SELF breached(LocalDate from, LocalDate to) {
    isNotNull();
    if (!actual.breachedPeriods().contains(DateRange.of(from, to))) {
      failWithMessage("Expected a breach from %s to %s but the breaches were %s.%n%s", from, to, actual.breachedPeriods(), explain());
    }
    return myself;
  }

  /**
   * The duty was breached for this reason over exactly this period (adjacent segments breached for
   * it merged), among other reasons or not. A breach for another reason may come just before or
   * after it: a review overdue, then a new version the DPIA never assessed, are two breaches.
   */
  public SELF breached(LocalDate from, LocalDate to, Compliance.BreachReason reason) {
    isNotNull();
    List<DateRange> periods = DateRange.merge(actual.breaches().stream()
        .filter(s -> s.breachReasons().contains(reason)).map(Segment::days).toList());
    if (!periods.contains(DateRange.of(from, to))) {
      failWithMessage("Expected a breach from %s to %s for %s but the breaches were %s.%n%s", from, to, reason,
          breachesByReason(), explain());
    }
    return myself;
  }

  /**
   * On that day, whether the duty was met is undetermined, and this point is among those left open
   * (for example {@code LACKS_CONTENT} when the DPIA does not say whether it assessed necessity).
   */
  public SELF undeterminedOn(LocalDate day, Compliance.BreachReason point) {
    on(day, Compliance.UNDETERMINED);
    List<Compliance.BreachReason> open = actual.on(day).orElseThrow().openPoints().stream().map(Finding::reason).toList();
    if (!open.contains(point)) {
      failWithMessage("Expected %s to be open on %s but the points open were %s.%n%s", point, day, open, explain());
    }
    return myself;
  }

  /** The duty was never breached (days whose compliance is undetermined are not breaches). */
  public SELF neverBreached() {
    isNotNull();
    if (!actual.breaches().isEmpty()) {
      failWithMessage("Expected no breach but the duty was breached %s.%n%s", breachesByReason(), explain());
    }
    return myself;
  }

  /** A DPIA was required over exactly this period (adjacent segments merged), among others. */
  public SELF required(LocalDate from, LocalDate to) {
    isNotNull();
    if (!actual.requiredPeriods().contains(DateRange.of(from, to))) {
      failWithMessage("Expected a DPIA to be required from %s to %s but it was required %s.%n%s", from, to,
          actual.requiredPeriods(), explain());
    }
    return myself;
  }

  /** A DPIA was never required. */
  public SELF neverRequired() {
    isNotNull();
    if (!actual.requiredPeriods().isEmpty()) {
      failWithMessage("Expected no DPIA to be required but it was required %s.%n%s", actual.requiredPeriods(), explain());
    }
    return myself;
  }

  /** The compliance on that day, which the audit covers. */
  public SELF on(LocalDate day, Compliance expected) {
    isNotNull();
    Optional<Segment> segment = actual.on(day);
    if (segment.isEmpty()) {
      failWithMessage("Expected %s on %s but that day was not audited: the audit covers %s.%n%s", expected, day, actual.period(),
          explain());
    } else if (segment.get().compliance() != expected) {
      failWithMessage("Expected %s on %s but was %s.%n%s", expected, day, segment.get().compliance(), explain());
    }
    return myself;
  }

  /** The breaches, each with its reason, for failure messages. */
  private List<String> breachesByReason() {
    return actual.breachesByReason().stream()
        .map(s -> s.days() + " (" + String.join(", ", s.breachReasons().stream().map(Enum::name).toList()) + ")")
        .toList();
  }

  /** The audit in a few lines, for failure messages. */
  protected String explain() {
    StringBuilder s = new StringBuilder("The audit of '").append(actual.operationName()).append("': ")
        .append(Report.of(Locale.ENGLISH, Report.Format.TEXT).summary(actual));
    for (Segment seg : actual.segments()) {
      s.append("\n  ").append(seg);
    }
    return s.toString();
  }
}
