package org.dpia.assertj;

import org.assertj.core.api.AbstractSoftAssertions;
import org.dpia.core.audit.Audit;
import org.dpia.core.decision.Decision;

/**
 * Soft assertions on decisions and audits: every failure is collected and reported together by
 * {@link #assertAll()}, as with AssertJ's {@code SoftAssertions}.
 *
 * <pre>{@code
 * DpiaSoftAssertions softly = new DpiaSoftAssertions();
 * softly.assertThat(decision).isRequired().onGround(TitleIII.TWO_CRITERIA);
 * softly.assertThat(audit).neverBreached();
 * softly.assertAll();
 * }</pre>
 */
public class DpiaSoftAssertions extends AbstractSoftAssertions {

  /** New soft assertions, with no failure collected yet. */
  public DpiaSoftAssertions() {}

  /** Soft assertions on a decision. */
  public DecisionAssert assertThat(Decision actual) {
    return proxy(DecisionAssert.class, Decision.class, actual);
  }

  /** Soft assertions on an audit. */
  public AuditAssert assertThat(Audit actual) {
    return proxy(AuditAssert.class, Audit.class, actual);
  }
}
