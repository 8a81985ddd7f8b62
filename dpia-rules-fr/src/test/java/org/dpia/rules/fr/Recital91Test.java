package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;

import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GDPR recital 91: patients' or clients' data processed by an individual physician or lawyer is not large scale — only theirs. */
class Recital91Test {

  static ProcessingOperation.Builder lawyerCityWide(DataSubjectCategory... subjects) {
    return Fixtures.gdpr()
        .controller(Controller.of("Me Durand", StandardControllerKind.INDIVIDUAL_LAWYER))
        .dataSubjects(subjects)
        .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.CITY).permanence(Scale.Permanence.PERMANENT).build());
  }

  @Test
  @DisplayName("a lawyer's clients are not large scale (recital 91)")
  void clientsAreNotLargeScale() {
    assertThat(FRANCE.decide(lawyerCityWide(DataSubjectCategory.CUSTOMERS).build(), TODAY)
        .criterion(RiskCriterion.LARGE_SCALE).get().met()).isEqualTo(Truth.FALSE);
  }

  @Test
  @DisplayName("a lawyer's permanent city-wide processing of the general public is judged as any other: large scale")
  void generalPublicIsJudgedAsAnyOther() {
    assertThat(FRANCE.decide(lawyerCityWide(DataSubjectCategory.GENERAL_PUBLIC).build(), TODAY)
        .criterion(RiskCriterion.LARGE_SCALE).get().met()).isEqualTo(Truth.TRUE);
  }

  @Test
  @DisplayName("a paediatrician's patients, who are children, are not large scale either (recital 91)")
  void childPatientsAreNotLargeScale() {
    ProcessingOperation paediatrician = lawyerCityWide(DataSubjectCategory.PATIENTS, DataSubjectCategory.CHILDREN)
        .controller(Controller.of("Dr Petit", StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL))
        .build();
    assertThat(FRANCE.decide(paediatrician, TODAY).criterion(RiskCriterion.LARGE_SCALE).get().met()).isEqualTo(Truth.FALSE);
  }
}
