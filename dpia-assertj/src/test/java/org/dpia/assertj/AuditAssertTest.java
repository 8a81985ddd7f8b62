package org.dpia.assertj;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.dpia.assertj.Cases.AS_OF;
import static org.dpia.assertj.Cases.d;
import static org.dpia.assertj.DpiaAssertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.dpia.core.audit.Audit;
import org.dpia.core.audit.Compliance;
import org.dpia.core.audit.Compliance.BreachReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link AuditAssert} (and {@link AbstractAuditAssert}, whose every method it inherits), on audits
 * the engine made under the toy law, where fingerprint readers require a DPIA from 25 May 2018:
 * each assertion passes on an audit that satisfies it, and fails on one that does not with a
 * message that says what was expected, what the audit found, and the audit's summary and timeline.
 */
@DisplayName("AuditAssert: assertions on an audit, whose failures give its summary and timeline")
class AuditAssertTest {

  /** Breached from 25 May 2018 to the audit date: no DPIA ever. */
  static final Audit NO_DPIA = Cases.fingerprintsWithoutDpia();
  /** Breached (late) from 25 May 2018 to 31 December 2018, met from 1 January 2019. */
  static final Audit LATE = Cases.fingerprintsAssessedLate();
  /** Met until the review date, then overdue, then a version the DPIA never assessed. */
  static final Audit OVERDUE_THEN_FACES = Cases.fingerprintsReviewOverdueThenFaces();
  /** Required from 25 May 2018, with a DPIA that says nothing of its scope: compliance undetermined. */
  static final Audit VAGUE = Cases.fingerprintsWithVagueDpia();
  /** Never required. */
  static final Audit STAFF = Cases.staffDirectoryAudited();

  static ThrowableAssertAlternative<AssertionError> failure(Runnable assertion) {
    return assertThatExceptionOfType(AssertionError.class).isThrownBy(assertion::run);
  }

  @Nested
  @DisplayName("breaches")
  class Breaches {

    @Test
    @DisplayName("fingerprints never assessed: breached from the day the law came into force to the audit date, not a day less")
    void breached() {
      assertThat(NO_DPIA).breached(d(2018, 5, 25), AS_OF);

      failure(() -> assertThat(NO_DPIA).breached(d(2018, 5, 25), d(2018, 12, 31)))
          .withMessageContaining("Expected a breach from 2018-05-25 to 2018-12-31 but the breaches were [2018-05-25 to 2020-01-01]")
          .withMessageContaining("duty breached from 2018-05-25 to 2020-01-01 (no DPIA carried out)");
      failure(() -> assertThat(STAFF).breached(d(2018, 5, 25), AS_OF))
          .withMessageContaining("Expected a breach from 2018-05-25 to 2020-01-01 but the breaches were []");
    }

    @Test
    @DisplayName("breaches for different reasons one after the other make one breached period")
    void breachedAcrossReasons() {
      assertThat(OVERDUE_THEN_FACES).breached(d(2019, 5, 2), AS_OF);

      failure(() -> assertThat(OVERDUE_THEN_FACES).breached(d(2019, 9, 1), AS_OF))
          .withMessageContaining("Expected a breach from 2019-09-01 to 2020-01-01 but the breaches were [2019-05-02 to 2020-01-01]");
    }

    @Test
    @DisplayName("fingerprints assessed late: breached for lateness, and the failure gives the reason found")
    void breachedForAReason() {
      assertThat(LATE).breached(d(2018, 5, 25), d(2018, 12, 31), BreachReason.LATE);
      assertThat(NO_DPIA).breached(d(2018, 5, 25), AS_OF, BreachReason.NO_DPIA);

      failure(() -> assertThat(LATE).breached(d(2018, 5, 25), d(2018, 12, 31), BreachReason.NO_DPIA))
          .withMessageContaining("Expected a breach from 2018-05-25 to 2018-12-31 for NO_DPIA but the breaches were "
              + "[2018-05-25 to 2018-12-31 (LATE)]")
          .withMessageContaining("duty breached from 2018-05-25 to 2018-12-31 (DPIA carried out late: 221 days after 2018-05-25)");
      failure(() -> assertThat(STAFF).breached(d(2018, 5, 25), AS_OF, BreachReason.NO_DPIA))
          .withMessageContaining("Expected a breach from 2018-05-25 to 2020-01-01 for NO_DPIA but the breaches were []");
    }

    @Test
    @DisplayName("a review overdue, then a version the DPIA never assessed: two breaches for two reasons, each asserted on its own days")
    void breachedForReasonsOneAfterTheOther() {
      assertThat(OVERDUE_THEN_FACES)
          .breached(d(2019, 5, 2), d(2019, 8, 31), BreachReason.REVIEW_OVERDUE)
          .breached(d(2019, 9, 1), AS_OF, BreachReason.DOES_NOT_COVER_VERSION);

      failure(() -> assertThat(OVERDUE_THEN_FACES).breached(d(2019, 5, 2), AS_OF, BreachReason.REVIEW_OVERDUE))
          .withMessageContaining("Expected a breach from 2019-05-02 to 2020-01-01 for REVIEW_OVERDUE but the breaches were "
              + "[2019-05-02 to 2019-08-31 (REVIEW_OVERDUE), 2019-09-01 to 2020-01-01 (DOES_NOT_COVER_VERSION)]");
      failure(() -> assertThat(OVERDUE_THEN_FACES).breached(d(2019, 9, 1), AS_OF, BreachReason.REVIEW_OVERDUE))
          .withMessageContaining("Expected a breach from 2019-09-01 to 2020-01-01 for REVIEW_OVERDUE");
    }

    @Test
    @DisplayName("fingerprints assessed late were not breached throughout; a staff directory never was")
    void neverBreached() {
      assertThat(STAFF).neverBreached();

      failure(() -> assertThat(LATE).neverBreached())
          .withMessageContaining("Expected no breach but the duty was breached [2018-05-25 to 2018-12-31 (LATE)].")
          .withMessageContaining("duty breached from 2018-05-25 to 2018-12-31 (DPIA carried out late: 221 days after 2018-05-25)");
    }

    @Test
    @DisplayName("a DPIA that says nothing of its scope leaves compliance undetermined, which is no breach")
    void undeterminedIsNoBreach() {
      assertThat(VAGUE).neverBreached().required(d(2018, 5, 25), AS_OF);
    }
  }

  @Nested
  @DisplayName("when a DPIA was required")
  class WhenRequired {

    @Test
    @DisplayName("fingerprints: required from the day the law came into force, whatever the DPIA's date")
    void required() {
      assertThat(LATE).required(d(2018, 5, 25), AS_OF);

      failure(() -> assertThat(LATE).required(d(2019, 1, 1), AS_OF))
          .withMessageContaining("Expected a DPIA to be required from 2019-01-01 to 2020-01-01 but it was required [2018-05-25 to 2020-01-01]")
          .withMessageContaining("DPIA required from 2018-05-25 to 2020-01-01");
      failure(() -> assertThat(STAFF).required(d(2018, 5, 25), AS_OF))
          .withMessageContaining("but it was required []");
    }

    @Test
    @DisplayName("a staff directory never required a DPIA; fingerprints did")
    void neverRequired() {
      assertThat(STAFF).neverRequired();

      failure(() -> assertThat(NO_DPIA).neverRequired())
          .withMessageContaining("Expected no DPIA to be required but it was required [2018-05-25 to 2020-01-01].")
          .withMessageContaining("DPIA required from 2018-05-25 to 2020-01-01");
    }
  }

  @Nested
  @DisplayName("compliance on a day")
  class OnADay {

    @Test
    @DisplayName("fingerprints assessed late: not required the day before the law, breached the day before the DPIA, met on its day")
    void on() {
      assertThat(LATE)
          .on(d(2018, 5, 24), Compliance.NOT_REQUIRED)
          .on(d(2018, 12, 31), Compliance.BREACHED)
          .on(d(2019, 1, 1), Compliance.MET);
      assertThat(VAGUE).on(d(2019, 1, 1), Compliance.UNDETERMINED);

      failure(() -> assertThat(LATE).on(d(2018, 12, 31), Compliance.MET))
          .withMessageContaining("Expected MET on 2018-12-31 but was BREACHED")
          .withMessageContaining("2018-05-25 to 2018-12-31 [Fingerprint access control]: REQUIRED, BREACHED (LATE)");
    }

    @Test
    @DisplayName("a vague DPIA leaves open whether it covers the processing; an open point is asserted, and a met day or another point fails")
    void undeterminedOn() {
      assertThat(VAGUE).undeterminedOn(d(2019, 1, 1), BreachReason.DOES_NOT_COVER_VERSION).on(d(2018, 5, 24), Compliance.NOT_REQUIRED);

      failure(() -> assertThat(VAGUE).undeterminedOn(d(2019, 1, 1), BreachReason.LACKS_CONTENT))
          .withMessageContaining("Expected LACKS_CONTENT to be open on 2019-01-01 but the points open were [DOES_NOT_COVER_VERSION].")
          .withMessageContaining("[Fingerprint access control]: REQUIRED, UNDETERMINED (DOES_NOT_COVER_VERSION?)");
      failure(() -> assertThat(LATE).undeterminedOn(d(2019, 1, 1), BreachReason.LATE))
          .withMessageContaining("Expected UNDETERMINED on 2019-01-01 but was MET");
    }

    @Test
    @DisplayName("a day the audit does not cover has no compliance to assert, before the processing started or after the audit date")
    void notAudited() {
      failure(() -> assertThat(LATE).on(d(2021, 1, 1), Compliance.MET))
          .withMessageContaining("Expected MET on 2021-01-01 but that day was not audited: the audit covers 2018-01-01 to 2020-01-01.");
      failure(() -> assertThat(LATE).on(d(2017, 12, 31), Compliance.NOT_REQUIRED))
          .withMessageContaining("Expected NOT_REQUIRED on 2017-12-31 but that day was not audited");
    }
  }

  @Nested
  @DisplayName("the summary and timeline in every failure")
  class TheExplanation {

    @Test
    @DisplayName("the audit is shown with its processing, its summary in English and each segment of its timeline")
    void explained() {
      failure(() -> assertThat(NO_DPIA).neverRequired()).withMessageEndingWith(
          "The audit of 'Fingerprint access control': DPIA required from 2018-05-25 to 2020-01-01; not required from 2018-01-01"
              + " to 2018-05-24; duty breached from 2018-05-25 to 2020-01-01 (no DPIA carried out).\n"
              + "  2018-01-01 to 2018-05-24 [Fingerprint access control]: NOT_REQUIRED, NOT_REQUIRED\n"
              + "  2018-05-25 to 2020-01-01 [Fingerprint access control]: REQUIRED, BREACHED (NO_DPIA)");
    }
  }

  /** Each assertion, on an audit that satisfies it. */
  static Stream<Arguments> satisfied() {
    return Stream.of(
        satisfied("breached(from, to)", NO_DPIA, a -> a.breached(d(2018, 5, 25), AS_OF)),
        satisfied("breached(from, to, reason)", LATE, a -> a.breached(d(2018, 5, 25), d(2018, 12, 31), BreachReason.LATE)),
        satisfied("neverBreached", STAFF, AuditAssert::neverBreached),
        satisfied("required", LATE, a -> a.required(d(2018, 5, 25), AS_OF)),
        satisfied("neverRequired", STAFF, AuditAssert::neverRequired),
        satisfied("on", LATE, a -> a.on(d(2019, 1, 1), Compliance.MET)));
  }

  static Arguments satisfied(String name, Audit audit, UnaryOperator<AuditAssert> assertion) {
    return Arguments.of(name, audit, assertion);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("satisfied")
  @DisplayName("every assertion that holds returns the assertion itself, so that a sentence can go on")
  void chains(String name, Audit audit, UnaryOperator<AuditAssert> assertion) {
    AuditAssert start = assertThat(audit);

    Assertions.assertThat(assertion.apply(start)).isSameAs(start);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("satisfied")
  @DisplayName("every assertion on no audit at all fails as AssertJ's do, rather than with a NullPointerException")
  void noAudit(String name, Audit audit, UnaryOperator<AuditAssert> assertion) {
    failure(() -> assertion.apply(assertThat((Audit) null))).withMessageContaining("Expecting actual not to be null");
  }
}
