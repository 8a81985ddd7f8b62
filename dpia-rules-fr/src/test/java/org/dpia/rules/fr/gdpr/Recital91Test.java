package org.dpia.rules.fr.gdpr;

import static org.dpia.rules.fr.LegalCase.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;

import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.DataCategory;
import org.dpia.core.decision.Outcome;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.dpia.rules.fr.LegalCase;
import org.dpia.rules.fr.Fixtures;
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
@DisplayName("GDPR recital 91")
class Recital91Test {

  static ProcessingOperation.Builder lawyerCityWide(DataSubjectCategory... subjects) {
    return Fixtures.gdpr()
        .controller(Controller.of("Me Durand", StandardControllerKind.INDIVIDUAL_LAWYER))
        .dataSubjects(subjects)
        .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.CITY).permanence(Scale.Permanence.PERMANENT).build());
  }

  /** The recital's dispensation, on both sides of each of its conditions. */
  static Stream<LegalCase> cases() {
    ProcessingOperation.Builder gp = Fixtures.gdpr()
        .controller(Controller.of("Dr Martin", StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL))
        .purposes(StandardPurpose.PATIENT_CARE, StandardPurpose.SCIENTIFIC_RESEARCH)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
        .dataSubjects(DataSubjectCategory.PATIENTS);
    return Stream.of(
        given("a general practitioner's records of her patients, also used for a study", gp).notRequiredOn(Recital91.RULE),
        given("the same records of a clinic company: not an individual professional", gp.controller(
            Controller.builder().name("Clinique SAS").kind(StandardControllerKind.COMPANY).staff(120).build()))
            .notOn(Recital91.RULE).requiredOn(Article35.PRESUMPTION),
        given("a general practitioner's records of patients and of the public: not only her patients", Fixtures.gdpr()
            .controller(Controller.of("Dr Martin", StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL))
            .purposes(StandardPurpose.PATIENT_CARE)
            .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
            .dataSubjects(DataSubjectCategory.PATIENTS, DataSubjectCategory.GENERAL_PUBLIC))
            // the exempt list's item 6 holds, but art. 35(3)(b) might: health data, scale not known
            .notOn(Recital91.RULE).hence(Outcome.UNDETERMINED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("the recital's dispensation, on both sides of its conditions")
  void theCases(LegalCase c) {
    c.check();
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
