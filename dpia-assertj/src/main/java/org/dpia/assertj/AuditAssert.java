package org.dpia.assertj;

import org.dpia.core.audit.Audit;

/** Assertions on an {@link Audit}; obtain with {@link DpiaAssertions#assertThat(Audit)}. */
public class AuditAssert extends AbstractAuditAssert<AuditAssert> {

  /** Assertions on the audit. */
  public AuditAssert(Audit actual) {
    super(actual, AuditAssert.class);
  }
}
