package org.dpia.assertj;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.dpia.assertj.Cases.AS_OF;
import static org.dpia.assertj.Cases.d;
import static org.dpia.assertj.Cases.decide;
import static org.dpia.assertj.Cases.fingerprints;
import static org.dpia.assertj.Cases.staffDirectory;

import org.dpia.core.audit.Audit;
import org.dpia.core.decision.Decision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link DpiaAssertions}, the entry point: the right assertions, on the value given. */
@DisplayName("DpiaAssertions: assertThat a decision or an audit")
class DpiaAssertionsTest {

  static final Decision FINGERPRINTS = decide(fingerprints());
  static final Audit NO_DPIA = Cases.fingerprintsWithoutDpia();

  @Test
  @DisplayName("assertThat(decision) asserts on that decision")
  void decision() {
    DecisionAssert assertion = DpiaAssertions.assertThat(FINGERPRINTS);

    assertion.isSameAs(FINGERPRINTS).isRequired();
    assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> DpiaAssertions.assertThat(decide(staffDirectory())).isRequired())
        .withMessageContaining("The decision for 'Staff directory'");
  }

  @Test
  @DisplayName("assertThat(audit) asserts on that audit")
  void audit() {
    AuditAssert assertion = DpiaAssertions.assertThat(NO_DPIA);

    assertion.isSameAs(NO_DPIA).breached(d(2018, 5, 25), AS_OF);
    assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> DpiaAssertions.assertThat(NO_DPIA).neverBreached())
        .withMessageContaining("The audit of 'Fingerprint access control'");
  }
}
