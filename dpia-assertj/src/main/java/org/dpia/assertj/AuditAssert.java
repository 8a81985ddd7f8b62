package org.dpia.assertj;

import java.time.LocalDate;
import org.assertj.core.api.AbstractAssert;
import org.dpia.core.decision.Audit;
import org.dpia.core.decision.Compliance;
import org.dpia.core.decision.DateRange;
import org.dpia.core.decision.Segment;

/** Assertions on an {@link Audit}; obtain with {@link DpiaAssertions#assertThat(Audit)}. */
public final class AuditAssert extends AbstractAssert<AuditAssert, Audit> {

  AuditAssert(Audit actual) {
    super(actual, AuditAssert.class);
  }

  /** The duty was breached over exactly this period (adjacent breached segments merged), among others. */
  public AuditAssert breached(LocalDate from, LocalDate to) {
    isNotNull();
    if (!actual.breachedPeriods().contains(DateRange.of(from, to))) {
      failWithMessage("Expected a breach from %s to %s but the breaches were %s.%n%s", from, to, actual.breachedPeriods(), explain());
    }
    return this;
  }

  /** The duty was breached over exactly this period, for this reason, in a single segment. */
  public AuditAssert breached(LocalDate from, LocalDate to, Compliance.BreachReason reason) {
    breached(from, to);
    boolean found = actual.breaches().stream()
        .anyMatch(s -> s.days().equals(DateRange.of(from, to)) && s.breachReason().equals(java.util.Optional.of(reason)));
    if (!found) {
      failWithMessage("Expected the breach from %s to %s to be for %s.%n%s", from, to, reason, explain());
    }
    return this;
  }

  /** The duty was never breached. */
  public AuditAssert neverBreached() {
    isNotNull();
    if (!actual.breaches().isEmpty()) {
      failWithMessage("Expected no breach.%n%s", explain());
    }
    return this;
  }

  /** A DPIA was required over exactly this period (adjacent segments merged), among others. */
  public AuditAssert required(LocalDate from, LocalDate to) {
    isNotNull();
    if (!actual.requiredPeriods().contains(DateRange.of(from, to))) {
      failWithMessage("Expected a DPIA to be required from %s to %s but it was required %s.%n%s", from, to,
          actual.requiredPeriods(), explain());
    }
    return this;
  }

  /** A DPIA was never required. */
  public AuditAssert neverRequired() {
    isNotNull();
    if (!actual.requiredPeriods().isEmpty()) {
      failWithMessage("Expected no DPIA to be required.%n%s", explain());
    }
    return this;
  }

  /** The compliance on that day. */
  public AuditAssert on(LocalDate day, Compliance expected) {
    isNotNull();
    Compliance c = actual.on(day).map(Segment::compliance).orElse(null);
    if (c != expected) {
      failWithMessage("Expected %s on %s but was %s.%n%s", expected, day, c, explain());
    }
    return this;
  }

  private String explain() {
    StringBuilder s = new StringBuilder("The audit of '").append(actual.operationName()).append("': ").append(actual.summary());
    for (Segment seg : actual.segments()) {
      s.append("\n  ").append(seg);
    }
    return s.toString();
  }
}
