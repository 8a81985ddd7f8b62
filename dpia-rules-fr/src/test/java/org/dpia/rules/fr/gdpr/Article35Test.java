package org.dpia.rules.fr.gdpr;

import static org.dpia.rules.fr.LegalCase.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import org.dpia.rules.fr.LegalCase;
import org.dpia.rules.fr.Fixtures;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Outcome;
import org.dpia.core.law.Citation;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.FactSet;
import java.time.LocalDate;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GDPR art. 35(3)(a), (b) and (c), the cases the Regulation itself names, and art. 35(10), the
 * exception for processing whose legal basis was adopted with a general impact assessment.
 */
@DisplayName("GDPR art. 35(3) and 35(10)")
class Article35Test {

  static final Scale CITY_WIDE_PERMANENT = Scale.builder()
      .geographicExtent(Scale.GeographicExtent.CITY)
      .permanence(Scale.Permanence.PERMANENT)
      .build();

  /**
   * (a) A lender scores every applicant from their profile and grants or refuses credit on the
   * score, automatically: an extensive evaluation on which decisions of legal or similarly
   * significant effect are based.
   */
  static ProcessingOperation.Builder automatedCreditDecisions() {
    return Fixtures.gdpr().name("automated credit decisions on applicants' profiles")
        .profiling(true).extensiveEvaluation(true).automatedDecisions(true).decisionsOnEvaluation(true);
  }

  /** (b) A company processes its customers' health data on a large scale. */
  static ProcessingOperation.Builder healthDataOnALargeScale() {
    return Fixtures.gdpr().name("health data of customers").dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
        .assertCriterion(RiskCriterion.LARGE_SCALE, true);
  }

  /** (c) A public transport operator films its stations across a whole city, permanently. */
  static ProcessingOperation.Builder cityWideCctv() {
    return Fixtures.gdpr().name("CCTV in every station of the city")
        .purposes(StandardPurpose.PROPERTY_PROTECTION)
        .dataCategories(DataCategory.IMAGES)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE)
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .scale(CITY_WIDE_PERMANENT);
  }

  /** The cases of art. 35(3), 35(10) and the two-criteria presumption of art. 35(1), each on both sides of its condition. */
  static Stream<LegalCase> cases() {
    return Stream.of(
        given("(a) automated credit decisions on applicants' profiles", automatedCreditDecisions()).requiredOn(Article35.ART_35_3_A),
        given("(a) also when a person takes the decision on the score (a decision based on automated processing, not solely)",
            automatedCreditDecisions().name("credit decisions a person takes on the applicant's score")).requiredOn(Article35.ART_35_3_A),
        given("(a) missed: no decision of legal or similar effect rests on automated processing at all", automatedCreditDecisions()
            .automatedDecisions(false).decisionsOnEvaluation(org.dpia.core.logic.Truth.UNKNOWN)
            .assertCriterion(RiskCriterion.LARGE_SCALE, false)).notOn(Article35.ART_35_3_A).hence(Outcome.NOT_REQUIRED),
        given("(a) missed: profiling with no decision of legal or similar effect based on it", automatedCreditDecisions()
            .automatedDecisions(false).decisionsOnEvaluation(false).assertCriterion(RiskCriterion.LARGE_SCALE, false))
            .notOn(Article35.ART_35_3_A).hence(Outcome.NOT_REQUIRED),
        given("(a) missed: a profile that is not a systematic and extensive evaluation", automatedCreditDecisions()
            .extensiveEvaluation(false)).notOn(Article35.ART_35_3_A).requiredOn(Article35.PRESUMPTION),
        given("(b) customers' health data on a large scale", healthDataOnALargeScale()).requiredOn(Article35.ART_35_3_B),
        given("(b) missed: the same health data not on a large scale", healthDataOnALargeScale()
            .assertCriterion(RiskCriterion.LARGE_SCALE, false)).notOn(Article35.ART_35_3_B).notRequiredOn(Article35.BELOW_THRESHOLD),
        given("(c) CCTV in every station of a city, permanently", cityWideCctv()).requiredOn(Article35.ART_35_3_C),
        given("(c) missed: the same CCTV in one station", cityWideCctv()
            .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.SINGLE_SITE).build())
            .assertCriterion(RiskCriterion.LARGE_SCALE, false)).notOn(Article35.ART_35_3_C).notRequiredOn(Article35.BELOW_THRESHOLD),
        given("35(10): automated credit decisions under a law adopted with an impact assessment", automatedCreditDecisions().legalBasisAssessed(true))
            .notRequiredOn(Article35.ART_35_10),
        given("35(10) missed: the law carried no impact assessment", automatedCreditDecisions().legalBasisAssessed(false))
            .notOn(Article35.ART_35_10).requiredOn(Article35.ART_35_3_A),
        given("35(1): profiling customers on data combined from partners", Fixtures.gdpr().profiling(true).combinesDatasets(true))
            .requiredOn(Article35.PRESUMPTION),
        given("35(1) missed: profiling alone, one criterion", Fixtures.gdpr().profiling(true).decisionsOnEvaluation(false)
            .assertCriterion(RiskCriterion.LARGE_SCALE, false)).notOn(Article35.PRESUMPTION).notRequiredOn(Article35.BELOW_THRESHOLD));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("the cases of art. 35, each on both sides of its condition")
  void theCases(LegalCase c) {
    c.check();
  }

  static Decision decide(ProcessingOperation.Builder operation) {
    return FRANCE.decide(operation.build(), TODAY);
  }

  static Optional<Ground> ground(Decision d, String ruleId) {
    return d.grounds().stream().filter(g -> g.ruleId().equals(ruleId)).findFirst();
  }

  static List<GroundKind> decisiveKinds(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::kind).toList();
  }

  static boolean citesGdpr(Citation c, String article, String paragraph, String point) {
    return c.source().equals(Gdpr.SOURCE)
        && c.article().equals(Optional.of(article))
        && c.paragraph().equals(Optional.ofNullable(paragraph))
        && c.point().equals(Optional.ofNullable(point));
  }

  static void assertStatutoryCase(Decision d, String point) {
    assertThat(d.outcome()).as("%s", d).isEqualTo(Outcome.REQUIRED);
    assertThat(d.decisiveGrounds()).as("%s", d)
        .filteredOn(g -> g.ruleId().equals("gdpr.35-3-" + point))
        .singleElement()
        .satisfies(g -> {
          assertThat(g.kind()).isEqualTo(GroundKind.STATUTORY_CASE);
          assertThat(g.regime()).contains(Gdpr.REGIME);
          assertThat(g.citations()).anyMatch(c -> citesGdpr(c, "35", "3", point));
        });
  }

  @Nested
  @DisplayName("art. 35(3)(a): systematic and extensive evaluation with decisions of legal or similar effect")
  class PointA {

    @Test
    @DisplayName("automated credit decisions based on applicants' profiles require a DPIA under art. 35(3)(a)")
    void profilingWithAutomatedDecisions() {
      assertStatutoryCase(decide(automatedCreditDecisions()), "a");
    }

    @Test
    @DisplayName("with no decision based on automated processing, no decision rests on the automated evaluation; the reverse is refused")
    void decisionsOnTheEvaluationAreBasedOnAutomatedProcessing() {
      ProcessingOperation noAutomated = automatedCreditDecisions().automatedDecisions(false).decisionsOnEvaluation(Truth.UNKNOWN).build();

      assertThat(Article35.DECISIONS_ON_EVALUATION.read(noAutomated, TODAY)).isEqualTo(Truth.FALSE);
      assertThat(Article35.DECISIONS_ON_EVALUATION.read(automatedCreditDecisions().decisionsOnEvaluation(Truth.UNKNOWN).build(), TODAY))
          .isEqualTo(Truth.UNKNOWN);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> automatedCreditDecisions().automatedDecisions(false).build())
          .isInstanceOf(org.dpia.core.model.InvalidDescriptionException.class).hasMessageContaining("automated");
    }

    @Test
    @DisplayName("profiling alone, decisions not described, says neither that the evaluation is extensive nor that decisions rest on it: both are asked")
    void profilingAloneAsksBothFacts() {
      Decision d = decide(Fixtures.gdpr().profiling(true).automatedDecisions(Truth.UNKNOWN).combinesDatasets(false)
          .assertCriterion(RiskCriterion.LARGE_SCALE, false));

      assertThat(ground(d, "gdpr.35-3-a")).hasValueSatisfying(g -> assertThat(g.truth()).isEqualTo(Truth.UNKNOWN));
      assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(d.missingFacts()).extracting(MissingFact::factId).contains("decisions-on-evaluation");
      assertThat(d.unknownFacts()).containsKeys("extensive-evaluation", "decisions-on-evaluation");
    }

    @Test
    @DisplayName("profiling customers without basing decisions on it is not art. 35(3)(a), and alone is below the threshold")
    void profilingWithoutDecisions() {
      Decision d = decide(automatedCreditDecisions().automatedDecisions(false).decisionsOnEvaluation(false)
          .assertCriterion(RiskCriterion.LARGE_SCALE, false));

      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.BELOW_THRESHOLD);
      assertThat(d.decisiveGrounds()).extracting(Ground::ruleId).doesNotContain("gdpr.35-3-a");
    }

    @Test
    @DisplayName("automated decisions without any evaluation of people are not art. 35(3)(a)")
    void decisionsWithoutProfiling() {
      ProcessingOperation operation = automatedCreditDecisions().profiling(false).extensiveEvaluation(Truth.UNKNOWN)
          .assertCriterion(RiskCriterion.LARGE_SCALE, false).build();
      Decision d = FRANCE.decide(operation, TODAY);

      assertThat(Article35.ART_35_3_A.truth(Context.of(operation, TODAY))).isEqualTo(Truth.FALSE);

      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(d.decisiveGrounds()).extracting(Ground::ruleId).doesNotContain("gdpr.35-3-a");
    }
  }

  @Nested
  @DisplayName("art. 35(3)(b): special categories or criminal-offence data on a large scale")
  class PointB {

    @ParameterizedTest(name = "{0} on a large scale")
    @EnumSource(value = DataCategory.class, names = {
        "HEALTH", "GENETIC", "BIOMETRIC", "RACIAL_OR_ETHNIC_ORIGIN", "POLITICAL_OPINIONS", "RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS",
        "TRADE_UNION_MEMBERSHIP", "SEX_LIFE_OR_SEXUAL_ORIENTATION", "CRIMINAL_OFFENCES"})
    @DisplayName("art. 9 and art. 10 data on a large scale require a DPIA under art. 35(3)(b)")
    void specialOrCriminalDataOnALargeScale(DataCategory category) {
      assertStatutoryCase(decide(healthDataOnALargeScale().dataCategories(DataCategory.IDENTIFICATION, category)), "b");
    }

    @Test
    @DisplayName("health data of a whole city's public, permanently, is large scale by derivation and falls under art. 35(3)(b)")
    void largeScaleDerived() {
      Decision d = decide(Fixtures.gdpr()
          .dataCategories(DataCategory.HEALTH)
          .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
          .scale(CITY_WIDE_PERMANENT));

      assertStatutoryCase(d, "b");
    }

    @Test
    @DisplayName("health data not on a large scale is not art. 35(3)(b): one criterion, below the threshold")
    void specialDataNotOnALargeScale() {
      Decision d = decide(healthDataOnALargeScale().assertCriterion(RiskCriterion.LARGE_SCALE, false));

      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.BELOW_THRESHOLD);
    }

    @Test
    @DisplayName("financial data on a large scale is highly personal but not art. 9 or 10 data: a presumption, not art. 35(3)(b)")
    void highlyPersonalDataIsNotPointB() {
      Decision d = decide(healthDataOnALargeScale().dataCategories(DataCategory.IDENTIFICATION, DataCategory.FINANCIAL));

      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.CRITERIA_PRESUMPTION);
      assertThat(ground(d, "gdpr.35-3-b")).isEmpty();
    }
  }

  @Nested
  @DisplayName("art. 35(3)(c): systematic monitoring of a publicly accessible area on a large scale")
  class PointC {

    @Test
    @DisplayName("CCTV filming every station of a city, permanently, requires a DPIA under art. 35(3)(c)")
    void cityWidePublicCctv() {
      assertStatutoryCase(decide(cityWideCctv()), "c");
    }

    @Test
    @DisplayName("CCTV of a publicly accessible area not on a large scale is not art. 35(3)(c): one criterion, below the threshold")
    void publicCctvNotOnALargeScale() {
      Decision d = decide(cityWideCctv().assertCriterion(RiskCriterion.LARGE_SCALE, false));

      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.BELOW_THRESHOLD);
      assertThat(d.criteriaMet()).containsExactly(RiskCriterion.SYSTEMATIC_MONITORING);
    }

    @Test
    @DisplayName("large-scale systematic monitoring of employees in a closed workplace is not art. 35(3)(c): a presumption instead")
    void largeScaleMonitoringOutsidePublicAreas() {
      Decision d = decide(Fixtures.gdpr()
          .purposes(StandardPurpose.PROPERTY_PROTECTION)
          .dataCategories(DataCategory.IMAGES)
          .dataSubjects(DataSubjectCategory.EMPLOYEES)
          .technologies(StandardTechnology.VIDEO_SURVEILLANCE)
          .places(StandardPlace.WORKPLACE)
          .systematicMonitoring(true)
          .assertCriterion(RiskCriterion.LARGE_SCALE, true));

      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.CRITERIA_PRESUMPTION);
      assertThat(ground(d, "gdpr.35-3-c")).isEmpty();
    }
  }

  @Nested
  @DisplayName("art. 35(10): a legal basis adopted with a general impact assessment")
  class LegalBasisAssessed {

    static Stream<Arguments> statutoryCases() {
      return Stream.of(
          arguments("a", (Supplier<ProcessingOperation.Builder>) Article35Test::automatedCreditDecisions),
          arguments("b", (Supplier<ProcessingOperation.Builder>) Article35Test::healthDataOnALargeScale),
          arguments("c", (Supplier<ProcessingOperation.Builder>) Article35Test::cityWideCctv));
    }

    @ParameterizedTest(name = "art. 35(3)({0}) met")
    @MethodSource("statutoryCases")
    @DisplayName("art. 35(10) disapplies art. 35(3): no DPIA required, on the ground of the legal exception")
    void legalBasisAssessedExemptsEvenStatutoryCases(String point, Supplier<ProcessingOperation.Builder> operation) {
      assertStatutoryCase(decide(operation.get()), point);

      Decision d = decide(operation.get().legalBasisAssessed(true));

      assertThat(d.outcome()).as("%s", d).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(d.decisiveGrounds()).singleElement().satisfies(g -> {
        assertThat(g.kind()).isEqualTo(GroundKind.LEGAL_EXCEPTION);
        assertThat(g.ruleId()).isEqualTo("gdpr.35-10");
        assertThat(g.citations()).anyMatch(c -> citesGdpr(c, "35", "10", null));
      });
    }

    @ParameterizedTest(name = "art. 35(3)({0}) met")
    @MethodSource("statutoryCases")
    @DisplayName("when nobody says the legal basis was assessed, art. 35(10) is not established: required, the decision saying it rests on that")
    void legalBasisNotStatedIsNotEstablished(String point, Supplier<ProcessingOperation.Builder> operation) {
      Decision d = decide(operation.get().legalBasisAssessed(Truth.UNKNOWN));

      assertThat(d.outcome()).as("%s", d).isEqualTo(Outcome.REQUIRED);
      assertStatutoryCase(d, point);
      assertThat(d.missingFacts()).isEmpty();
      assertThat(d.presumptions()).singleElement().satisfies(p -> {
        assertThat(p.factId()).isEqualTo("legal-basis-assessed");
        assertThat(p.presumed()).isEqualTo(Truth.FALSE);
        assertThat(p.ifEstablished()).isEqualTo(Outcome.NOT_REQUIRED);
      });
      assertThat(FRANCE.decide(operation.get().legalBasisAssessed(Truth.UNKNOWN).build(), TODAY, java.util.Map.of("legal-basis-assessed", Truth.TRUE))
          .outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    }
  }

  @Nested
  @DisplayName("art. 35(10) rests on a named law, and ends with it")
  class NamedLaw {

    static org.dpia.core.model.CustomLegalFramework decree(Truth assessed, org.dpia.core.time.DateRange validity) {
      return org.dpia.core.model.CustomLegalFramework.builder()
          .id("DECREE_X").text(org.dpia.core.text.Text.of("the decree creating the register"))
          .validity(validity).generalImpactAssessment(assessed).build();
    }

    static final org.dpia.core.time.DateRange UNTIL_2022 = org.dpia.core.time.DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31));

    @Test
    @DisplayName("a named law in force, adopted with a general impact assessment, establishes art. 35(10) without the flag")
    void assessedFrameworkInForce() {
      Decision d = decide(healthDataOnALargeScale().legalBasisAssessed(Truth.UNKNOWN).legalFrameworks(decree(Truth.TRUE, UNTIL_2022))
          .period(org.dpia.core.model.ProcessingPeriod.since(LocalDate.of(2020, 1, 1))));
      Decision later = FRANCE.decide(healthDataOnALargeScale().legalBasisAssessed(Truth.UNKNOWN).legalFrameworks(decree(Truth.TRUE, UNTIL_2022))
          .build(), LocalDate.of(2022, 12, 31));

      assertThat(d.outcome()).as("on %s, after the law ended", TODAY).isEqualTo(Outcome.REQUIRED);
      assertThat(later.outcome()).as("on the law's last day").isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(later.decisiveGrounds()).extracting(Ground::ruleId).containsExactly("gdpr.35-10");
    }

    @Test
    @DisplayName("'the legal basis was assessed' holds while a named law is in force, and no longer once every named law has ended")
    void statementEndsWithTheLaw() {
      ProcessingOperation.Builder stated = healthDataOnALargeScale().legalBasisAssessed(true).legalFrameworks(decree(Truth.UNKNOWN, UNTIL_2022));

      assertThat(FRANCE.decide(stated.build(), LocalDate.of(2022, 12, 31)).outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(FRANCE.decide(stated.build(), LocalDate.of(2023, 1, 1)).outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(decide(healthDataOnALargeScale().legalBasisAssessed(true).legalFrameworks(FactSet.none())).outcome())
          .as("no law named: the statement is taken as made").isEqualTo(Outcome.NOT_REQUIRED);
    }

    @Test
    @DisplayName("a named law that was not assessed does not establish art. 35(10)")
    void notAssessedFramework() {
      Decision d = FRANCE.decide(healthDataOnALargeScale().legalBasisAssessed(Truth.UNKNOWN).legalFrameworks(decree(Truth.FALSE, UNTIL_2022))
          .build(), LocalDate.of(2021, 6, 1));

      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(Article35.LEGAL_BASIS_ASSESSED.read(healthDataOnALargeScale().legalFrameworks(decree(Truth.FALSE, UNTIL_2022))
          .legalBasisAssessed(Truth.UNKNOWN).build(), LocalDate.of(2021, 6, 1))).isEqualTo(Truth.UNKNOWN);
    }
  }

  @Nested
  @DisplayName("art. 35(10) and art. 35(3), continued")
  class Continued {

    @Test
    @DisplayName("a legal basis known not to have been assessed leaves art. 35(3) to apply")
    void legalBasisNotAssessed() {
      Decision d = decide(cityWideCctv().legalBasisAssessed(false));

      assertStatutoryCase(d, "c");
      assertThat(ground(d, "gdpr.35-10")).isEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  @DisplayName("the domain assertion finds a cited provision written in English or in French, and only a whole part of it")
  void citingInEitherLanguage() {
    Decision d = FRANCE.decide(Fixtures.gdpr().profiling(true).combinesDatasets(true).build(), TODAY);

    org.dpia.assertj.DpiaAssertions.assertThat(d).isRequired().citing("GDPR art. 35(1)").citing("RGPD art. 35").citing("GDPR");
    org.assertj.core.api.Assertions.assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> org.dpia.assertj.DpiaAssertions.assertThat(d).citing("RGPD art. 3"));
  }
}
