package org.dpia.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.dpia.assertj.Cases.AS_OF;
import static org.dpia.assertj.Cases.d;
import static org.dpia.assertj.Cases.decide;
import static org.dpia.assertj.Cases.fingerprints;
import static org.dpia.assertj.Cases.loyaltyScoring;
import static org.dpia.assertj.Cases.policeCameras;
import static org.dpia.assertj.Cases.staffDirectory;

import org.assertj.core.api.SoftAssertionsProvider;
import org.dpia.core.audit.Audit;
import org.dpia.core.audit.Compliance;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.GroundKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link DpiaSoftAssertions}: every failure of a test collected and reported together, on
 * decisions and audits of the toy law.
 */
@DisplayName("DpiaSoftAssertions: every failure of a test, reported together")
class DpiaSoftAssertionsTest {

  static final Decision FINGERPRINTS = decide(fingerprints());
  static final Decision LOYALTY = decide(loyaltyScoring());
  static final Decision POLICE_CAMERAS = decide(policeCameras());
  static final Decision STAFF = decide(staffDirectory());
  static final Audit LATE = Cases.fingerprintsAssessedLate();
  static final Audit STAFF_AUDITED = Cases.staffDirectoryAudited();

  @Test
  @DisplayName("four wrong expectations on two decisions and an audit: four failures, each with its explanation, and the sentences go on")
  void collectsEveryFailure() {
    DpiaSoftAssertions softly = new DpiaSoftAssertions();

    softly.assertThat(STAFF).isRequired().onGround(ToyRulebook.BIOMETRIC).citing("TDPA art. 35(1)");
    softly.assertThat(POLICE_CAMERAS).underRegime(ToyRulebook.GENERAL).citing("TDPA art. 90");
    softly.assertThat(LATE).neverBreached().breached(d(2018, 5, 25), d(2018, 12, 31), BreachReason.LATE).on(d(2019, 1, 1), Compliance.MET);

    assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
        m -> assertThat(m).startsWith("Expected outcome REQUIRED but was NOT_REQUIRED").contains("The decision for 'Staff directory'"),
        m -> assertThat(m).startsWith("Expected a decisive ground 'xx.biometric' but the decisive grounds were [xx.below-threshold]"),
        m -> assertThat(m).startsWith("Expected the regime 'xx.general' to govern, but the regimes were {xx.general=FALSE, xx.police=TRUE}"),
        m -> assertThat(m).startsWith("Expected no breach but the duty was breached [2018-05-25 to 2018-12-31 (LATE)]")
            .contains("The audit of 'Fingerprint access control'"));
    assertThatExceptionOfType(AssertionError.class).isThrownBy(softly::assertAll)
        .withMessageContaining("4 failures")
        .withMessageContaining("Expected outcome REQUIRED but was NOT_REQUIRED")
        .withMessageContaining("Expected a decisive ground 'xx.biometric'")
        .withMessageContaining("Expected the regime 'xx.general' to govern")
        .withMessageContaining("Expected no breach");
  }

  @Test
  @DisplayName("an assertion written with another (isRequired with hasOutcome, a rule with its id) fails once, not twice")
  void oneFailurePerAssertion() {
    DpiaSoftAssertions softly = new DpiaSoftAssertions();

    softly.assertThat(STAFF).isRequired();
    softly.assertThat(LOYALTY).onGround(ToyRulebook.BIOMETRIC);
    softly.assertThat(FINGERPRINTS).notOnGround(ToyRulebook.BIOMETRIC);
    softly.assertThat(FINGERPRINTS).underRegime(ToyRulebook.POLICE);
    softly.assertThat(FINGERPRINTS).missing(ToyRulebook.MONITORING);
    softly.assertThat(FINGERPRINTS).advising(ToyRulebook.DOCUMENT_REBUTTAL);

    assertThat(softly.errorsCollected()).hasSize(6);
  }

  @Test
  @DisplayName("when every expectation holds, nothing is collected and assertAll passes")
  void nothingToReport() {
    DpiaSoftAssertions softly = new DpiaSoftAssertions();

    softly.assertThat(LOYALTY).isRequired().onGround(GroundKind.CRITERIA_PRESUMPTION).advising(ToyRulebook.DOCUMENT_REBUTTAL);
    softly.assertThat(STAFF_AUDITED).neverRequired().neverBreached();

    assertThat(softly.errorsCollected()).isEmpty();
    assertThatCode(softly::assertAll).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("AssertJ's assertSoftly runs them and reports every failure at the end")
  void assertSoftly() {
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> SoftAssertionsProvider.assertSoftly(DpiaSoftAssertions.class, softly -> {
          softly.assertThat(STAFF).isRequired();
          softly.assertThat(LATE).required(d(2019, 1, 1), AS_OF);
        }))
        .withMessageContaining("2 failures")
        .withMessageContaining("Expected outcome REQUIRED but was NOT_REQUIRED")
        .withMessageContaining("Expected a DPIA to be required from 2019-01-01 to 2020-01-01 but it was required [2018-05-25 to 2020-01-01]");
  }
}
