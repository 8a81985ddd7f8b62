package org.dpia.assertj;

import org.dpia.core.audit.Audit;
import org.dpia.core.decision.Decision;

/**
 * Entry point of the domain assertions, for tests of applications that use dpia:
 *
 * <pre>{@code
 * import static org.dpia.assertj.DpiaAssertions.assertThat;
 *
 * assertThat(decision).isRequired().underRegime(TitleIII.REGIME).onGround(TitleIII.TWO_CRITERIA).citing("LIL art. 90");
 * assertThat(audit).breached(LocalDate.of(2022, 11, 1), LocalDate.of(2025, 1, 31));
 * }</pre>
 *
 * Failure messages show the decision that was made: outcome, regimes, grounds and missing facts.
 * To collect every failure of a test rather than stop at the first, use {@link DpiaSoftAssertions}.
 */
public final class DpiaAssertions {
  private DpiaAssertions() {}

  /** Assertions on a decision. */
  public static DecisionAssert assertThat(Decision actual) {
    return new DecisionAssert(actual);
  }

  /** Assertions on an audit. */
  public static AuditAssert assertThat(Audit actual) {
    return new AuditAssert(actual);
  }
}
