package org.dpia.rules.fr.gdpr;

import static org.dpia.rules.fr.LegalCase.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import org.dpia.rules.fr.LegalCase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Regime;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.rules.fr.Fixtures;
import org.dpia.rules.fr.lil.Lil;
import org.dpia.rules.fr.lil.TitleIII;
import org.dpia.rules.fr.lil.TitleIV;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The GDPR's scope (art. 2, 4(1)), the day it applies from (art. 99(2)) and the regime it governs:
 * the cases of {@link Gdpr}, each on both sides of its condition or date.
 */
@DisplayName("GDPR: scope, date of application, regime")
class GdprTest {
  static Decision decide(ProcessingOperation.Builder operation) {
    return FRANCE.decide(operation.build(), TODAY);
  }

  static List<GroundKind> decisiveKinds(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::kind).toList();
  }

  static Truth governs(Decision d, Regime regime) {
    return d.regimes().get(regime);
  }

  static List<String> decisiveRules(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::ruleId).toList();
  }

  /** A private individual's camera filming his garden for his own safety, a household activity as stated. */
  static org.dpia.core.model.ProcessingOperation.Builder householdCamera() {
    return Fixtures.gdpr()
        .name("home camera")
        .controller(Controller.of("M. Martin", StandardControllerKind.PRIVATE_INDIVIDUAL))
        .purposes(StandardPurpose.PERSONAL_OR_HOUSEHOLD_ACTIVITY)
        .dataCategories(DataCategory.IMAGES)
        .dataSubjects(FactSet.unknown())
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE)
        .places(StandardPlace.HOME)
        .householdActivity(true);
  }

  /** The cases of the GDPR's scope, date of application and regime, each on both sides. */
  static Stream<LegalCase> cases() {
    return Stream.of(
        given("a company's customer file: under the GDPR", Fixtures.gdpr()).under(Gdpr.REGIME).notRequiredOn(Article35.BELOW_THRESHOLD),
        given("a supermarket's file of suspected shoplifters: a company, not a competent authority", Fixtures.gdpr()
            .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)).under(Gdpr.REGIME).hence(Outcome.NOT_REQUIRED),
        given("statistics of sales with no personal data", Fixtures.gdpr().dataCategories(FactSet.none()).personalData(false)
            .combinesDatasets(true).externalSources(true)).notRequiredOn(Gdpr.NO_PERSONAL_DATA),
        given("the same statistics of identified customers, profiled: personal data", Fixtures.gdpr().profiling(true).combinesDatasets(true))
            .notOn(Gdpr.NO_PERSONAL_DATA).requiredOn(Article35.PRESUMPTION),
        given("a private individual's household camera filming his own garden", householdCamera()).notRequiredOn(Gdpr.HOUSEHOLD),
        given("the same camera also filming the street: not a purely personal activity (CJEU C-212/13 Ryneš)", householdCamera()
            .places(StandardPlace.HOME, StandardPlace.PUBLICLY_ACCESSIBLE_AREA)).notOn(Gdpr.HOUSEHOLD).under(Gdpr.REGIME)
            .hence(Outcome.UNDETERMINED),
        given("the same camera, the household activity not stated: not established, so the GDPR applies", householdCamera()
            .householdActivity(org.dpia.core.logic.Truth.UNKNOWN)).notOn(Gdpr.HOUSEHOLD).under(Gdpr.REGIME).hence(Outcome.UNDETERMINED),
        given("a doctor's patient file stated as a household activity: a professional is never one (recital 18)", Fixtures.gdpr()
            .controller(Controller.of("Dr Martin", StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL)).householdActivity(true)
            .purposes(StandardPurpose.PATIENT_CARE).dataSubjects(DataSubjectCategory.PATIENTS).dataCategories(DataCategory.HEALTH))
            .notOn(Gdpr.HOUSEHOLD).under(Gdpr.REGIME).notRequiredOn(org.dpia.rules.fr.cnil.ExemptList.ITEM_6),
        given("the same profiling by a company: not a household activity", Fixtures.gdpr().profiling(true).combinesDatasets(true))
            .notOn(Gdpr.HOUSEHOLD).requiredOn(Article35.PRESUMPTION),
        given("automated decisions on profiles on 24 May 2018", Fixtures.gdpr().profiling(true).extensiveEvaluation(true).automatedDecisions(true).decisionsOnEvaluation(true))
            .on(Gdpr.APPLIES_FROM.minusDays(1)).notRequiredOn(Gdpr.NOT_YET_APPLICABLE),
        given("the same on 25 May 2018", Fixtures.gdpr().profiling(true).extensiveEvaluation(true).automatedDecisions(true).decisionsOnEvaluation(true))
            .on(Gdpr.APPLIES_FROM).notOn(Gdpr.NOT_YET_APPLICABLE).requiredOn(Article35.ART_35_3_A));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("the cases of the GDPR's scope, date and regime, each on both sides")
  void theCases(LegalCase c) {
    c.check();
  }

  @Nested
  @DisplayName("material scope (GDPR art. 2)")
  class Scope {

    @Test
    @DisplayName("a processing of no personal data is outside the scope: no DPIA")
    void noPersonalData() {
      Decision d = decide(Fixtures.gdpr()
          .name("aggregate footfall counts")
          .personalData(false)
          .dataCategories(FactSet.unknown()));

      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(d.decisiveGrounds()).singleElement().satisfies(g -> {
        assertThat(g.kind()).isEqualTo(GroundKind.OUT_OF_SCOPE);
        assertThat(g.ruleId()).isEqualTo("gdpr.2-1.no-personal-data");
      });
    }

    @Test
    @DisplayName("a processing that lists data categories processes personal data, whatever the flag left unknown")
    void dataCategoriesMeanPersonalData() {
      Decision d = decide(Fixtures.gdpr().personalData(Truth.UNKNOWN));

      assertThat(d.grounds()).noneMatch(g -> g.kind() == GroundKind.OUT_OF_SCOPE);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.BELOW_THRESHOLD);
    }

    @Test
    @DisplayName("a private individual's household activity is outside the scope (art. 2(2)(c)), even when it would otherwise meet criteria")
    void householdActivity() {
      Decision d = decide(Fixtures.gdpr()
          .name("family photo album")
          .controller(Controller.of("Jean Dupont", StandardControllerKind.PRIVATE_INDIVIDUAL))
          .purposes(StandardPurpose.PERSONAL_OR_HOUSEHOLD_ACTIVITY)
          .dataSubjects(DataSubjectCategory.CHILDREN)
          .dataCategories(DataCategory.IMAGES, DataCategory.HEALTH)
          .places(StandardPlace.HOME)
          .householdActivity(true));

      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(d.decisiveGrounds()).singleElement().satisfies(g -> {
        assertThat(g.kind()).isEqualTo(GroundKind.OUT_OF_SCOPE);
        assertThat(g.ruleId()).isEqualTo("gdpr.2-2-c.household");
      });
    }

    @Test
    @DisplayName("a private individual's camera that also films the public street is not a purely household activity")
    void privateCameraFilmingTheStreetIsInScope() {
      Decision d = decide(Fixtures.gdpr()
          .name("home camera facing the street")
          .controller(Controller.of("Jean Dupont", StandardControllerKind.PRIVATE_INDIVIDUAL))
          .purposes(StandardPurpose.PROPERTY_PROTECTION)
          .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
          .dataCategories(DataCategory.IMAGES)
          .technologies(StandardTechnology.VIDEO_SURVEILLANCE)
          .places(StandardPlace.HOME, StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
          .householdActivity(false)
          .assertCriterion(RiskCriterion.LARGE_SCALE, false));

      assertThat(d.grounds()).noneMatch(g -> g.kind() == GroundKind.OUT_OF_SCOPE);
      assertThat(d.regime()).contains(Gdpr.REGIME);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.BELOW_THRESHOLD);
      assertThat(d.criteriaMet()).containsExactly(RiskCriterion.SYSTEMATIC_MONITORING);
    }
  }

  @Nested
  @DisplayName("the GDPR applies from 25 May 2018 (art. 99(2))")
  class GdprApplication {

    /** Automated decisions on profiles (art. 35(3)(a)), started the day the GDPR applied. */
    final ProcessingOperation automatedScoring = Fixtures.gdpr()
        .name("automated credit scoring")
        .profiling(true)
        .extensiveEvaluation(true)
        .automatedDecisions(true)
        .decisionsOnEvaluation(true)
        .period(ProcessingPeriod.since(LocalDate.of(2018, 5, 25)))
        .build();

    @ParameterizedTest(name = "on {0}: {1} ({2})")
    @CsvSource({
        "2018-05-24, NOT_REQUIRED, NOT_IN_FORCE",
        "2018-05-25, REQUIRED,     STATUTORY_CASE"})
    @DisplayName("an art. 35(3)(a) case needs no DPIA the day before the GDPR applied, and needs one from its first day")
    void article35AppliesFromGdprApplication(LocalDate date, Outcome outcome, GroundKind kind) {
      Decision d = FRANCE.decide(automatedScoring, date);

      assertThat(d.outcome()).as("%s", d).isEqualTo(outcome);
      assertThat(decisiveKinds(d)).containsExactly(kind);
    }

    @Test
    @DisplayName("before the GDPR applied, the ground is that the GDPR did not yet apply")
    void groundBeforeApplication() {
      Decision d = FRANCE.decide(automatedScoring, LocalDate.of(2018, 5, 24));

      assertThat(decisiveRules(d)).containsExactly("gdpr.99-2.not-yet-applicable");
    }
  }
}
