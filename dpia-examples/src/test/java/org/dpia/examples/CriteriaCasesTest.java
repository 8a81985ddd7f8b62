package org.dpia.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.assertj.DpiaAssertions.assertThat;

import org.dpia.core.criteria.CriterionFinding;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.logic.Truth;
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.CriteriaCases;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Source: the examples table of the WP29 guidelines on DPIA (WP248 rev.01), which the CNIL applies:
 * for each example, the criteria the guidelines list and whether a DPIA is likely required. Each
 * test checks both: the criteria met, and the answer — through the CNIL's lists or art. 35(3) where
 * French law reaches the example first, through the two-criteria rule otherwise.
 */
@DisplayName("WP248 rev.01 examples table")
class CriteriaCasesTest {

  static final Rulebook FRANCE = FrenchRulebook.create();

  static Decision decide(Case c) {
    return FRANCE.decide(c.operation(), c.date());
  }

  @Test
  @DisplayName("a hospital information system requires a DPIA: sensitive data, vulnerable subjects, large scale — in France items 1 and 2 of the CNIL list and art. 35(3)(b)")
  void hospitalInformationSystem() {
    assertThat(decide(CriteriaCases.hospitalInformationSystem()))
        .isRequired().underRegime("gdpr")
        .onGround("fr.cnil.2018-327.item-1").onGround(GroundKind.MANDATORY_LIST).citing("CNIL délib. n° 2018-327, item 1")
        .onGround("fr.cnil.2018-327.item-2")
        .onGround("gdpr.35-3-b").onGround(GroundKind.STATUTORY_CASE).citing("RGPD art. 35(3)(b)")
        .withCriteriaMet(RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA, RiskCriterion.LARGE_SCALE, RiskCriterion.VULNERABLE_DATA_SUBJECTS);
  }

  @Test
  @DisplayName("motorway cameras analysing driving behaviour require a DPIA: systematic monitoring and innovative use, two criteria")
  void motorwayCameras() {
    assertThat(decide(CriteriaCases.motorwayDrivingBehaviourCameras()))
        .isRequired().underRegime("gdpr")
        .onGround("gdpr.35-1.two-criteria").onGround(GroundKind.CRITERIA_PRESUMPTION).citing("RGPD art. 35(1)").citing("WP248 rev.01")
        .withCriteriaMet(RiskCriterion.SYSTEMATIC_MONITORING, RiskCriterion.INNOVATIVE_USE_OF_TECHNOLOGY)
        .advising("wp248.document-rebuttal");
  }

  @Test
  @DisplayName("a company systematically monitoring its employees' activity requires a DPIA: systematic monitoring and vulnerable subjects, two criteria")
  void employeeMonitoring() {
    assertThat(decide(CriteriaCases.employeeActivityMonitoring()))
        .isRequired().underRegime("gdpr")
        .onGround("gdpr.35-1.two-criteria").onGround(GroundKind.CRITERIA_PRESUMPTION).citing("RGPD art. 35(1)")
        .notOnGround("fr.cnil.2018-327.item-4")
        .withCriteriaMet(RiskCriterion.SYSTEMATIC_MONITORING, RiskCriterion.VULNERABLE_DATA_SUBJECTS);
  }

  @Test
  @DisplayName("profiles generated from public social media data require a DPIA: four criteria — in France item 10 of the CNIL list (external sources)")
  void socialMediaProfiles() {
    assertThat(decide(CriteriaCases.socialMediaProfiles()))
        .isRequired().underRegime("gdpr")
        .onGround("fr.cnil.2018-327.item-10").onGround(GroundKind.MANDATORY_LIST).citing("CNIL délib. n° 2018-327, item 10")
        .withCriteriaMet(RiskCriterion.EVALUATION_OR_SCORING, RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA, RiskCriterion.LARGE_SCALE,
            RiskCriterion.MATCHING_OR_COMBINING_DATASETS);
  }

  @Test
  @DisplayName("a national credit rating database requires a DPIA: evaluation, automated decision, exclusion, financial data — art. 35(3)(a) and item 8")
  void nationalCreditRating() {
    assertThat(decide(CriteriaCases.nationalCreditRatingDatabase()))
        .isRequired().underRegime("gdpr")
        .onGround("gdpr.35-3-a").onGround(GroundKind.STATUTORY_CASE).citing("RGPD art. 35(3)(a)")
        .onGround("fr.cnil.2018-327.item-8")
        .withCriteriaMet(RiskCriterion.EVALUATION_OR_SCORING, RiskCriterion.AUTOMATED_DECISION_WITH_SIGNIFICANT_EFFECT,
            RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA, RiskCriterion.PREVENTS_EXERCISING_A_RIGHT_OR_USING_A_SERVICE);
  }

  @Test
  @DisplayName("archiving pseudonymised health data of clinical-trial subjects requires a DPIA: sensitive data, vulnerable subjects, a right prevented")
  void researchArchive() {
    assertThat(decide(CriteriaCases.researchArchive()))
        .isRequired().underRegime("gdpr")
        .onGround("gdpr.35-1.two-criteria").onGround(GroundKind.CRITERIA_PRESUMPTION).citing("RGPD art. 35(1)")
        .withCriteriaMet(RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA, RiskCriterion.VULNERABLE_DATA_SUBJECTS,
            RiskCriterion.PREVENTS_EXERCISING_A_RIGHT_OR_USING_A_SERVICE);
  }

  /**
   * WP248's table answers « No » for an individual physician's patients' data although it lists two
   * criteria (sensitive data, vulnerable subjects): GDPR recital 91 says such processing is not on a
   * large scale. Before the CNIL's exempt list (22 October 2019) nothing else dispensed it.
   */
  @Test
  @DisplayName("an individual physician's patient records need no DPIA under WP248 (recital 91: not on a large scale), even before the exempt list")
  void individualPhysicianBeforeExemptList() {
    Decision d = decide(CriteriaCases.individualPhysician());

    assertThat(d).isNotRequired().underRegime("gdpr").notOnGround("gdpr.35-1.two-criteria").onGround("gdpr.recital-91")
        .withCriteriaMet(RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA, RiskCriterion.VULNERABLE_DATA_SUBJECTS);
    assertThat(d.criterion(RiskCriterion.LARGE_SCALE)).map(CriterionFinding::met).contains(Truth.FALSE);
  }

  @Test
  @DisplayName("an individual physician's patient records are not on a large scale (GDPR recital 91)")
  void individualPhysicianNotLargeScale() {
    Decision d = decide(CriteriaCases.individualPhysician());

    assertThat(d.criterion(RiskCriterion.LARGE_SCALE)).map(CriterionFinding::met).contains(Truth.FALSE);
    assertThat(d.criterion(RiskCriterion.LARGE_SCALE).orElseThrow().trace().citations())
        .extracting(Object::toString).contains("RGPD, recital 91");
    assertThat(d).notOnGround("gdpr.35-3-b");
  }

  @Test
  @DisplayName("from 23 October 2019 the same physician's records need no DPIA under item 6 of the CNIL exempt list")
  void individualPhysicianAfterExemptList() {
    assertThat(FRANCE.decide(CriteriaCases.individualPhysician().operation(), CriteriaCases.BEFORE_EXEMPT_LIST.plusDays(1)))
        .isNotRequired().underRegime("gdpr")
        .onGround("fr.cnil.2019-118.item-6").onGround(GroundKind.EXEMPT_LIST).citing("CNIL délib. n° 2019-118, item 6");
  }

  @Test
  @DisplayName("an online magazine's generic daily digest needs no DPIA: large scale only, one criterion")
  void onlineMagazine() {
    assertThat(decide(CriteriaCases.onlineMagazineDigest()))
        .isNotRequired().underRegime("gdpr")
        .onGround("gdpr.35-1.below-threshold").onGround(GroundKind.BELOW_THRESHOLD).citing("RGPD art. 35(1)")
        .withCriteriaMet(RiskCriterion.LARGE_SCALE)
        .advising("wp248.one-criterion");
  }

  @Test
  @DisplayName("an e-commerce site with limited profiling for vintage car parts needs no DPIA: evaluation only, one criterion")
  void vintageCarParts() {
    assertThat(decide(CriteriaCases.vintageCarPartsShop()))
        .isNotRequired().underRegime("gdpr")
        .onGround("gdpr.35-1.below-threshold").onGround(GroundKind.BELOW_THRESHOLD).citing("RGPD art. 35(1)")
        .withCriteriaMet(RiskCriterion.EVALUATION_OR_SCORING)
        .advising("wp248.one-criterion");
  }
}
