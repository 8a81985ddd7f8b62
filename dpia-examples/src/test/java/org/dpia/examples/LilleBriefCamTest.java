package org.dpia.examples;

import static org.dpia.assertj.DpiaAssertions.assertThat;

import java.time.LocalDate;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Rulebook;
import org.dpia.examples.cases.LilleBriefCam;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Source: CNIL letter of 24 March 2025 to Lille municipal councillors (reported by Mediacités,
 * April 2025): the use of BriefCam by the municipal police from November 2022 to January 2025
 * required an AIPD, and none was carried out.
 */
@DisplayName("Lille BriefCam (CNIL, 24 March 2025)")
class LilleBriefCamTest {

  static final Rulebook FRANCE = FrenchRulebook.create();

  @Test
  @DisplayName("municipal police video analytics of public streets required a DPIA under LIL art. 90 on 1 June 2023")
  void requiredUnderArticle90() {
    Decision d = FRANCE.decide(LilleBriefCam.briefcam(), LocalDate.of(2023, 6, 1));

    assertThat(d)
        .isRequired()
        .underRegime("police-justice")
        .onGround("fr.lil.90.two-criteria")
        .onGround(GroundKind.CRITERIA_PRESUMPTION)
        .citing("LIL art. 90")
        .withCriteriaMet(RiskCriterion.SYSTEMATIC_MONITORING, RiskCriterion.LARGE_SCALE, RiskCriterion.INNOVATIVE_USE_OF_TECHNOLOGY)
        .advising("fr.lil.90.consultation");
  }

  @Test
  @DisplayName("the same CCTV without video analytics still required one: systematic monitoring on a large scale")
  void cctvAloneAlsoRequired() {
    Decision d = FRANCE.decide(LilleBriefCam.cctv().build(), LocalDate.of(2023, 6, 1));

    assertThat(d).isRequired().withCriteriaMet(RiskCriterion.SYSTEMATIC_MONITORING, RiskCriterion.LARGE_SCALE);
  }

  @Test
  @DisplayName("the 2021 CCTV DPIA did not cover BriefCam: the duty was breached over the whole BriefCam period")
  void auditBreachedThroughout() {
    assertThat(FRANCE.audit(LilleBriefCam.briefcam()))
        .required(LilleBriefCam.FROM, LilleBriefCam.UNTIL)
        .breached(LilleBriefCam.FROM, LilleBriefCam.UNTIL, BreachReason.DOES_NOT_COVER_VERSION);
  }

  @Test
  @DisplayName("over the illustrative history, only the BriefCam version is in breach after the 2021 DPIA; "
      + "CCTV alone is undetermined, the DPIA's content not being public")
  void historyBreachesOnlyTheBriefCamVersion() {
    var c = LilleBriefCam.historyCase();
    assertThat(FRANCE.audit(c.history().get(), c.auditUntil().get()))
        .breached(LilleBriefCam.FROM, LilleBriefCam.UNTIL, BreachReason.DOES_NOT_COVER_VERSION)
        .undeterminedOn(LocalDate.of(2022, 10, 31), BreachReason.LACKS_CONTENT)
        .undeterminedOn(LilleBriefCam.UNTIL.plusDays(1), BreachReason.LACKS_CONTENT);
  }
}
