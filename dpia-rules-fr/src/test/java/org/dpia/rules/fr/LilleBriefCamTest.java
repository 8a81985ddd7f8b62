package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpia.rules.fr.lil.TitleIII;
import java.time.LocalDate;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Outcome;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Lille municipal police, BriefCam video analytics on CCTV footage, November 2022 to January 2025,
 * without a DPIA; confirmed by the CNIL's letter of 24 March 2025.
 */
class LilleBriefCamTest {

  static ProcessingOperation briefcam() {
    return ProcessingOperation.builder()
        .name("BriefCam video analytics — Lille municipal police")
        .controller(Controller.of("Ville de Lille", StandardControllerKind.MUNICIPAL_POLICE))
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION, StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION)
        .dataCategories(DataCategory.IMAGES, DataCategory.LICENCE_PLATES)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .scale(Scale.builder()
            .geographicExtent(Scale.GeographicExtent.CITY)
            .permanence(Scale.Permanence.PERMANENT)
            .build())
        .period(ProcessingPeriod.of(LocalDate.of(2022, 11, 1), LocalDate.of(2025, 1, 31)))
        .build();
  }

  @Test
  @DisplayName("municipal police video analytics in a public space requires a DPIA under LIL art. 90")
  void lilleRequiresDpiaUnderArticle90() {
    Decision d = FrenchRulebook.create().decide(briefcam(), LocalDate.of(2023, 6, 1));

    assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(d.regime()).contains(TitleIII.REGIME);
    assertThat(d.decisiveGrounds()).extracting(g -> g.ruleId()).containsExactly("fr.lil.90.two-criteria");
    assertThat(d.decisiveGrounds()).extracting(g -> g.kind()).containsExactly(GroundKind.CRITERIA_PRESUMPTION);
    assertThat(d.criteriaMet()).containsExactly(
        RiskCriterion.SYSTEMATIC_MONITORING, RiskCriterion.LARGE_SCALE, RiskCriterion.INNOVATIVE_USE_OF_TECHNOLOGY);
  }
}
