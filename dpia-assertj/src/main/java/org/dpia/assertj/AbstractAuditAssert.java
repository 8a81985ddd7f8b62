package org.dpia.assertj;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.dpia.core.audit.Audit;
import org.dpia.core.audit.Compliance;
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

  /** The duty was breached over exactly this period, for this reason (segments of that reason merged). */
  public SELF breached(LocalDate from, LocalDate to, Compliance.BreachReason reason) {
    breached(from, to);
    boolean found = actual.breachesByReason().stream()
        .anyMatch(s -> s.days().equals(DateRange.of(from, to)) && s.breachReason().equals(Optional.of(reason)));
    if (!found) {
      failWithMessage("Expected the breach from %s to %s to be for %s.%n%s", from, to, reason, explain());
    }
    return myself;
  }

  /** The duty was never breached. */
  public SELF neverBreached() {
    isNotNull();
    if (!actual.breaches().isEmpty()) {
      failWithMessage("Expected no breach.%n%s", explain());
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
      failWithMessage("Expected no DPIA to be required.%n%s", explain());
    }
    return myself;
  }

  /** The compliance on that day. */
  public SELF on(LocalDate day, Compliance expected) {
    isNotNull();
    Compliance c = actual.on(day).map(Segment::compliance).orElse(null);
    if (c != expected) {
      failWithMessage("Expected %s on %s but was %s.%n%s", expected, day, c, explain());
    }
    return myself;
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
