package org.dpia.examples;

import static org.dpia.assertj.DpiaAssertions.assertThat;

import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Scale;
import org.dpia.examples.cases.Article35Cases;
import org.dpia.examples.cases.Case;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Source: GDPR art. 35(3)(a), (b) and (c), the cases in which the Regulation itself requires a
 * DPIA, and art. 35(10), which disapplies paragraphs 1 to 7 where the legal basis was adopted with
 * a general impact assessment. Each case, then the same case on the other side of its point.
 */
@DisplayName("GDPR art. 35(3) and 35(10)")
class Article35CasesTest {

  static final Rulebook FRANCE = FrenchRulebook.create();

  static Decision decide(Case c) {
    return FRANCE.decide(c.operation(), c.date());
  }

  static Decision decide(ProcessingOperation op) {
    return FRANCE.decide(op, Article35Cases.DECIDED);
  }

  @Test
  @DisplayName("automated decisions on loan applications based on a profile score require a DPIA under art. 35(3)(a)")
  void pointA() {
    assertThat(decide(Article35Cases.automatedCreditDecisions()))
        .isRequired().underRegime("gdpr").onGround("gdpr.35-3-a").onGround(GroundKind.STATUTORY_CASE).citing("RGPD art. 35(3)(a)")
        .onGround("fr.cnil.2018-327.item-8");
  }

  @Test
  @DisplayName("the same scoring with a human deciding each loan is not art. 35(3)(a); item 8 of the CNIL list still requires a DPIA")
  void pointAWithoutAutomatedDecisions() {
    ProcessingOperation op = ProcessingOperation.builder().from(Article35Cases.automatedCreditDecisions().operation())
        .automatedDecisions(false)
        .build();

    assertThat(decide(op))
        .isRequired().notOnGround("gdpr.35-3-a").onGround("fr.cnil.2018-327.item-8").onGround(GroundKind.MANDATORY_LIST);
  }

  @Test
  @DisplayName("a mutual insurer's processing of its two million members' health data requires a DPIA under art. 35(3)(b)")
  void pointB() {
    assertThat(decide(Article35Cases.healthInsurerReimbursements()))
        .isRequired().underRegime("gdpr").onGround("gdpr.35-3-b").onGround(GroundKind.STATUTORY_CASE).citing("RGPD art. 35(3)(b)")
        .withCriteriaMet(RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA, RiskCriterion.LARGE_SCALE);
  }

  @Test
  @DisplayName("the same health data not on a large scale is not art. 35(3)(b), and one WP248 criterion alone is below the threshold")
  void pointBNotLargeScale() {
    ProcessingOperation op = ProcessingOperation.builder().from(Article35Cases.healthInsurerReimbursements().operation())
        .assertCriterion(RiskCriterion.LARGE_SCALE, false)
        .build();

    assertThat(decide(op))
        .isNotRequired().notOnGround("gdpr.35-3-b")
        .onGround("gdpr.35-1.below-threshold").onGround(GroundKind.BELOW_THRESHOLD).citing("RGPD art. 35(1)")
        .advising("wp248.one-criterion");
  }

  @Test
  @DisplayName("a metro operator filming every station of a city permanently requires a DPIA under art. 35(3)(c)")
  void pointC() {
    assertThat(decide(Article35Cases.metroStationsCctv()))
        .isRequired().underRegime("gdpr").onGround("gdpr.35-3-c").onGround(GroundKind.STATUTORY_CASE).citing("RGPD art. 35(3)(c)")
        .withCriteriaMet(RiskCriterion.SYSTEMATIC_MONITORING, RiskCriterion.LARGE_SCALE);
  }

  @Test
  @DisplayName("cameras in a single station, not on a large scale, are not art. 35(3)(c): systematic monitoring alone is below the threshold")
  void pointCNotLargeScale() {
    ProcessingOperation op = ProcessingOperation.builder().from(Article35Cases.metroStationsCctv().operation())
        .name("CCTV in one metro station")
        .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.SINGLE_SITE).permanence(Scale.Permanence.PERMANENT).build())
        .assertCriterion(RiskCriterion.LARGE_SCALE, false)
        .build();

    assertThat(decide(op))
        .isNotRequired().notOnGround("gdpr.35-3-c").onGround(GroundKind.BELOW_THRESHOLD)
        .withCriteriaMet(RiskCriterion.SYSTEMATIC_MONITORING)
        .advising("wp248.one-criterion");
  }

  @Test
  @DisplayName("a health registry under a law adopted with a general impact assessment needs no DPIA (art. 35(10)), though item 7 of the CNIL list would require one")
  void article35_10() {
    assertThat(decide(Article35Cases.registryUnderAssessedLaw()))
        .isNotRequired().underRegime("gdpr").onGround("gdpr.35-10").onGround(GroundKind.LEGAL_EXCEPTION).citing("RGPD art. 35(10)")
        .notOnGround("fr.cnil.2018-327.item-7");
  }

  @Test
  @DisplayName("without the general impact assessment, the same registry requires a DPIA under item 7 of the CNIL list")
  void article35_10NotAssessed() {
    ProcessingOperation op = ProcessingOperation.builder().from(Article35Cases.registryUnderAssessedLaw().operation())
        .legalBasisAssessed(false)
        .build();

    assertThat(decide(op))
        .isRequired().notOnGround("gdpr.35-10").onGround("fr.cnil.2018-327.item-7").citing("CNIL délib. n° 2018-327, item 7");
  }
}
