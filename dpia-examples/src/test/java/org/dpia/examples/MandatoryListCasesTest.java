package org.dpia.examples;

import static org.dpia.assertj.DpiaAssertions.assertThat;

import java.time.LocalDate;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.MandatoryListCases;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Source: CNIL délibération n° 2018-327 du 11 octobre 2018 (JORF 6 November 2018), the list of
 * processing types for which a DPIA is required under GDPR art. 35(4). One case per item; each
 * must be decided on its own item, under the GDPR.
 */
@DisplayName("CNIL mandatory list (délibération n° 2018-327)")
class MandatoryListCasesTest {

  static final Rulebook FRANCE = FrenchRulebook.create();

  static Decision decide(Case c) {
    return FRANCE.decide(c.operation(), c.date());
  }

  static String ground(int item) {
    return "fr.cnil.2018-327.item-" + item;
  }

  static String citation(int item) {
    return "CNIL délib. n° 2018-327, item " + item;
  }

  @Test
  @DisplayName("a hospital's computerised patient record requires a DPIA (item 1: health data of a health establishment, for care)")
  void item1() {
    assertThat(decide(MandatoryListCases.hospitalPatientRecord()))
        .isRequired().underRegime("gdpr").onGround(ground(1)).onGround(GroundKind.MANDATORY_LIST).citing(citation(1))
        .citing("RGPD art. 35(4)")
        .advising("gdpr.36.prior-consultation");
  }

  @Test
  @DisplayName("a clinical-trial sponsor processing its patients' genetic data requires a DPIA (item 2: genetic data of vulnerable persons)")
  void item2() {
    assertThat(decide(MandatoryListCases.geneticDataOfTrialPatients()))
        .isRequired().underRegime("gdpr").onGround(ground(2)).onGround(GroundKind.MANDATORY_LIST).citing(citation(2))
        .notOnGround(ground(1));
  }

  @Test
  @DisplayName("scoring employees' potential for promotion requires a DPIA (item 3: profiling for HR management)")
  void item3() {
    assertThat(decide(MandatoryListCases.employeeTalentScoring()))
        .isRequired().underRegime("gdpr").onGround(ground(3)).onGround(GroundKind.MANDATORY_LIST).citing(citation(3));
  }

  @Test
  @DisplayName("recording employees' workstation activity permanently requires a DPIA (item 4: constant monitoring of employees)")
  void item4() {
    assertThat(decide(MandatoryListCases.permanentEmployeeMonitoring()))
        .isRequired().underRegime("gdpr").onGround(ground(4)).onGround(GroundKind.MANDATORY_LIST).citing(citation(4))
        .withCriteriaMet(RiskCriterion.SYSTEMATIC_MONITORING, RiskCriterion.VULNERABLE_DATA_SUBJECTS);
  }

  @Test
  @DisplayName("a département's handling of reports about children in danger requires a DPIA (item 5: social and health alerts)")
  void item5() {
    assertThat(decide(MandatoryListCases.childProtectionReports()))
        .isRequired().underRegime("gdpr").onGround(ground(5)).onGround(GroundKind.MANDATORY_LIST).citing(citation(5));
  }

  @Test
  @DisplayName("a company's whistleblowing platform requires a DPIA (item 6: professional alerts)")
  void item6() {
    assertThat(decide(MandatoryListCases.whistleblowingPlatform()))
        .isRequired().underRegime("gdpr").onGround(ground(6)).onGround(GroundKind.MANDATORY_LIST).citing(citation(6));
  }

  @Test
  @DisplayName("a hospital's clinical data warehouse requires a DPIA (item 7: health data for a warehouse or registry), though it is not for care (item 1)")
  void item7() {
    assertThat(decide(MandatoryListCases.clinicalDataWarehouse()))
        .isRequired().underRegime("gdpr").onGround(ground(7)).onGround(GroundKind.MANDATORY_LIST).citing(citation(7))
        .notOnGround(ground(1));
  }

  @Test
  @DisplayName("an insurer's fraud profiling that may end the contract requires a DPIA (item 8), though no decision is automated (not art. 35(3)(a))")
  void item8() {
    assertThat(decide(MandatoryListCases.insuranceFraudProfiling()))
        .isRequired().underRegime("gdpr").onGround(ground(8)).onGround(GroundKind.MANDATORY_LIST).citing(citation(8))
        .notOnGround("gdpr.35-3-a");
  }

  @Test
  @DisplayName("telecom operators' pooled file of unpaid bills requires a DPIA (item 9: pooled contractual breaches)")
  void item9() {
    assertThat(decide(MandatoryListCases.pooledUnpaidBills()))
        .isRequired().underRegime("gdpr").onGround(ground(9)).onGround(GroundKind.MANDATORY_LIST).citing(citation(9));
  }

  @Test
  @DisplayName("profiling customers with data bought from a data broker requires a DPIA (item 10: profiling with data from external sources)")
  void item10() {
    assertThat(decide(MandatoryListCases.profilingWithBrokerData()))
        .isRequired().underRegime("gdpr").onGround(ground(10)).onGround(GroundKind.MANDATORY_LIST).citing(citation(10))
        .withCriteriaMet(RiskCriterion.EVALUATION_OR_SCORING, RiskCriterion.MATCHING_OR_COMBINING_DATASETS);
  }

  @Test
  @DisplayName("recognising pupils by a biometric reader at the canteen requires a DPIA (item 11), which the exempt list's school services (item 10) cannot override")
  void item11() {
    assertThat(decide(MandatoryListCases.biometricCanteenAccess()))
        .isRequired().underRegime("gdpr").onGround(ground(11)).onGround(GroundKind.MANDATORY_LIST).citing(citation(11))
        .notOnGround("fr.cnil.2019-118.item-10");
  }

  @Test
  @DisplayName("examining applications for social housing requires a DPIA (item 12), though only one WP248 criterion is known to be met")
  void item12() {
    assertThat(decide(MandatoryListCases.socialHousingApplications()))
        .isRequired().underRegime("gdpr").onGround(ground(12)).onGround(GroundKind.MANDATORY_LIST).citing(citation(12))
        .withCriteriaMet(RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA);
  }

  @Test
  @DisplayName("a social action centre's files on the elderly people it supports require a DPIA (item 13: social or medico-social support)")
  void item13() {
    assertThat(decide(MandatoryListCases.socialSupportOfElderlyPeople()))
        .isRequired().underRegime("gdpr").onGround(ground(13)).onGround(GroundKind.MANDATORY_LIST).citing(citation(13));
  }

  @Test
  @DisplayName("a city's travel-card validations require a DPIA (item 14: location data on a large scale, derived after WP243), and art. 35(3)(c) too")
  void item14() {
    assertThat(decide(MandatoryListCases.travelCardValidations()))
        .isRequired().underRegime("gdpr").onGround(ground(14)).onGround(GroundKind.MANDATORY_LIST).citing(citation(14))
        .onGround("gdpr.35-3-c").onGround(GroundKind.STATUTORY_CASE)
        .withCriteriaMet(RiskCriterion.SYSTEMATIC_MONITORING, RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA, RiskCriterion.LARGE_SCALE);
  }

  /**
   * The list applies from its publication in the JORF on 6 November 2018. Social housing with
   * financial data only (large scale asserted not met) meets one WP248 criterion: below the
   * threshold the day before, required on the day.
   */
  @Test
  @DisplayName("social housing applications: below the WP248 threshold on 6 November 2018, required by item 12 from 7 November 2018")
  void listAppliesFromPublication() {
    ProcessingOperation op = ProcessingOperation.builder()
        .from(MandatoryListCases.socialHousingApplications().operation())
        .period(ProcessingPeriod.since(LocalDate.of(2018, 6, 1)))
        .assertCriterion(RiskCriterion.LARGE_SCALE, false)
        .build();

    assertThat(FRANCE.decide(op, LocalDate.of(2018, 11, 6)))
        .isNotRequired().onGround(GroundKind.BELOW_THRESHOLD).notOnGround(ground(12)).citing("RGPD art. 35(1)");
    assertThat(FRANCE.decide(op, LocalDate.of(2018, 11, 7)))
        .isRequired().onGround(ground(12)).citing(citation(12));
  }
}
