package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;

import java.time.LocalDate;
import java.util.List;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Outcome;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every date on which a rule starts or stops applying, tested on the day before and the first day
 * (or the last day and the day after): the GDPR's application, the two police-justice
 * transpositions, the Olympic Games video experiment and the CNIL's transitional tolerance.
 */
@DisplayName("Dates of validity")
class DatesTest {

  static List<GroundKind> decisiveKinds(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::kind).toList();
  }

  static List<String> decisiveRules(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::ruleId).toList();
  }

  @Nested
  @DisplayName("the GDPR applies from 25 May 2018 (art. 99(2))")
  class GdprApplication {

    /** Automated decisions on profiles (art. 35(3)(a)), started the day the GDPR applied. */
    final ProcessingOperation automatedScoring = Fixtures.gdpr()
        .name("automated credit scoring")
        .profiling(true)
        .automatedDecisions(true)
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

  @Nested
  @DisplayName("police-justice: not transposed, then loi n° 2018-493 (chapter XIII), then LIL art. 90")
  class PoliceJusticeTranspositions {

    /** A police file of suspects' health data: a high-risk case named by the law. */
    final ProcessingOperation healthData = Fixtures.police()
        .name("detainees' medical notes")
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
        .build();

    /** Police video analytics in public spaces: two criteria (monitoring, innovative use). */
    final ProcessingOperation videoAnalytics = Fixtures.police()
        .name("video analytics")
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
        .dataCategories(DataCategory.IMAGES)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .build();

    @ParameterizedTest(name = "on {0}: {1} by {2}")
    @CsvSource({
        "2018-05-24, NOT_REQUIRED, fr.police-justice.not-yet-transposed",
        "2018-06-21, NOT_REQUIRED, fr.police-justice.not-yet-transposed",
        "2018-06-22, REQUIRED,     fr.loi-2018-493.sensitive-data",
        "2019-05-31, REQUIRED,     fr.loi-2018-493.sensitive-data",
        "2019-06-01, REQUIRED,     fr.lil.90.sensitive-data"})
    @DisplayName("police processing of health data: no duty before the 2018 transposition, then chapter XIII, then art. 90")
    void sensitiveDataAcrossTranspositions(LocalDate date, Outcome outcome, String rule) {
      Decision d = FRANCE.decide(healthData, date);

      assertThat(d.outcome()).as("%s", d).isEqualTo(outcome);
      assertThat(decisiveRules(d)).containsExactly(rule);
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
        "2018-06-21, fr.police-justice.not-yet-transposed",
        "2018-06-22, fr.loi-2018-493.two-criteria",
        "2019-05-31, fr.loi-2018-493.two-criteria",
        "2019-06-01, fr.lil.90.two-criteria"})
    @DisplayName("police video analytics: the two-criteria rule of each transposition applies only while it is in force")
    void twoCriteriaAcrossTranspositions(LocalDate date, String rule) {
      Decision d = FRANCE.decide(videoAnalytics, date);

      assertThat(decisiveRules(d)).as("%s", d).containsExactly(rule);
    }

    @Test
    @DisplayName("before the 2018 transposition the ground is that no DPIA duty was in force")
    void notYetTransposedIsNotInForce() {
      Decision d = FRANCE.decide(healthData, LocalDate.of(2018, 6, 21));

      assertThat(decisiveKinds(d)).containsExactly(GroundKind.NOT_IN_FORCE);
    }
  }

  @Nested
  @DisplayName("loi n° 2023-380 art. 10: the Olympic Games algorithmic video experiment, 31 August 2023 to 31 March 2025")
  class OlympicExperiment {

    /**
     * Algorithmic analysis of images of a festival's crowd, carried out under the experiment, on a
     * legal basis whose adoption carried an impact assessment: without the law's explicit duty,
     * art. 35(10) would dispense with a DPIA.
     */
    static ProcessingOperation.Builder festivalVideoAnalytics() {
      return Fixtures.gdpr()
          .name("crowd video analytics at a music festival")
          .purposes(StandardPurpose.EVENT_SECURITY)
          .dataCategories(DataCategory.IMAGES)
          .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
          .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)
          .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
          .legalFrameworks(FrenchLegalFramework.OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT)
          .legalBasisAssessed(true);
    }

    @ParameterizedTest(name = "on {0}: {1} ({2})")
    @CsvSource({
        "2023-08-30, NOT_REQUIRED, LEGAL_EXCEPTION",
        "2023-08-31, REQUIRED,     EXPLICIT_LEGAL_DUTY",
        "2025-03-31, REQUIRED,     EXPLICIT_LEGAL_DUTY",
        "2025-04-01, NOT_REQUIRED, LEGAL_EXCEPTION"})
    @DisplayName("the law's explicit DPIA duty applies from the decree's entry into force to the experiment's last day")
    void explicitDutyOnlyDuringExperiment(LocalDate date, Outcome outcome, GroundKind kind) {
      Decision d = FRANCE.decide(festivalVideoAnalytics().build(), date);

      assertThat(d.outcome()).as("%s", d).isEqualTo(outcome);
      assertThat(decisiveKinds(d)).containsExactly(kind);
      assertThat(decisiveRules(d).contains("fr.loi-2023-380.art-10")).isEqualTo(kind == GroundKind.EXPLICIT_LEGAL_DUTY);
    }

    @Test
    @DisplayName("during the experiment, the duty needs the experiment's framework: the same analytics outside it fall to art. 35(10)")
    void dutyNeedsTheFramework() {
      Decision d = FRANCE.decide(festivalVideoAnalytics().legalFrameworks().build(), LocalDate.of(2024, 7, 26));

      assertThat(decisiveKinds(d)).containsExactly(GroundKind.LEGAL_EXCEPTION);
    }

    @Test
    @DisplayName("during the experiment, the duty needs algorithmic analysis: plain CCTV under the framework falls to art. 35(10)")
    void dutyNeedsAlgorithmicAnalysis() {
      Decision d = FRANCE.decide(
          festivalVideoAnalytics().technologies(StandardTechnology.VIDEO_SURVEILLANCE).build(), LocalDate.of(2024, 7, 26));

      assertThat(decisiveKinds(d)).containsExactly(GroundKind.LEGAL_EXCEPTION);
    }
  }

  @Nested
  @DisplayName("the CNIL's tolerance for lawfully declared pre-2018 processing, until 24 May 2021")
  class TransitionalTolerance {

    /** Automated decisions on profiles (art. 35(3)(a)), declared to the CNIL in 2015, unchanged since. */
    static ProcessingOperation.Builder declaredIn2015() {
      return Fixtures.gdpr()
          .name("automated credit scoring declared in 2015")
          .profiling(true)
          .automatedDecisions(true)
          .period(ProcessingPeriod.since(LocalDate.of(2015, 3, 1)))
          .priorFormality(true)
          .substantiallyModified(false);
    }

    @ParameterizedTest(name = "on {0}: {1} ({2})")
    @CsvSource({
        "2018-05-24, NOT_REQUIRED, NOT_IN_FORCE",
        "2018-05-25, NOT_REQUIRED, TRANSITIONAL",
        "2021-05-24, NOT_REQUIRED, TRANSITIONAL",
        "2021-05-25, REQUIRED,     STATUTORY_CASE"})
    @DisplayName("a declared, unchanged pre-2018 art. 35(3) processing needs its DPIA from 25 May 2021")
    void toleranceEndsOn25May2021(LocalDate date, Outcome outcome, GroundKind kind) {
      Decision d = FRANCE.decide(declaredIn2015().build(), date);

      assertThat(d.outcome()).as("%s", d).isEqualTo(outcome);
      assertThat(decisiveKinds(d)).containsExactly(kind);
    }

    @Test
    @DisplayName("under the tolerance, the decision advises that the DPIA is due by 25 May 2021")
    void toleranceAdvisesTheDeadline() {
      Decision d = FRANCE.decide(declaredIn2015().build(), LocalDate.of(2019, 1, 1));

      assertThat(d.advice()).extracting(Advice::id).contains("fr.cnil.transition.deadline");
      assertThat(decisiveRules(d)).containsExactly("fr.cnil.transition.pre-2018");
    }

    @ParameterizedTest(name = "on {0}")
    @CsvSource({"2018-05-25", "2019-01-01", "2021-05-24"})
    @DisplayName("a pre-2018 processing substantially modified since its formality needs a DPIA at once")
    void substantiallyModifiedNeedsDpiaAtOnce(LocalDate date) {
      Decision d = FRANCE.decide(declaredIn2015().substantiallyModified(true).build(), date);

      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.STATUTORY_CASE);
    }

    @Test
    @DisplayName("a pre-2018 processing without a prior formality needs a DPIA at once")
    void withoutFormalityNeedsDpiaAtOnce() {
      Decision d = FRANCE.decide(declaredIn2015().priorFormality(false).build(), LocalDate.of(2018, 5, 25));

      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(decisiveKinds(d)).doesNotContain(GroundKind.TRANSITIONAL);
    }

    @ParameterizedTest(name = "started on {0}, decided on {1}: {2}")
    @CsvSource({
        "2018-05-24, 2019-01-01, NOT_REQUIRED",
        "2018-05-25, 2018-05-25, REQUIRED",
        "2018-05-25, 2019-01-01, REQUIRED",
        "2018-05-25, 2021-05-24, REQUIRED"})
    @DisplayName("a processing started on or after 25 May 2018 never has the tolerance, even if declared beforehand")
    void newProcessingNeverHasTheTolerance(LocalDate started, LocalDate date, Outcome outcome) {
      Decision d = FRANCE.decide(declaredIn2015().period(ProcessingPeriod.since(started)).build(), date);

      assertThat(d.outcome()).as("%s", d).isEqualTo(outcome);
      assertThat(decisiveKinds(d).contains(GroundKind.TRANSITIONAL)).isEqualTo(outcome == Outcome.NOT_REQUIRED);
    }
  }
}
