package org.dpia.rules.fr.statutes;

import org.dpia.core.model.FactSet;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;
import org.dpia.rules.fr.LegalCase;
import org.dpia.rules.fr.gdpr.Article35;
import org.dpia.rules.fr.FrenchLegalFramework;
import static org.dpia.rules.fr.LegalCase.given;
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
import org.dpia.rules.fr.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loi n° 2023-380 art. 10: the Olympic Games algorithmic video experiment, on each side of its dates and conditions. */
@DisplayName("Loi n° 2023-380: the Olympic Games algorithmic video experiment")
class Loi2023380Test {
  static List<GroundKind> decisiveKinds(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::kind).toList();
  }

  static List<String> decisiveRules(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::ruleId).toList();
  }

  /** The experiment's cases, on each side of its dates and conditions. */
  static Stream<LegalCase> cases() {
    return Stream.of(
        given("crowd video analytics under the experiment, on the decree's first day", OlympicExperiment.festivalVideoAnalytics())
            .on(Loi2023380.EXPERIMENT_FROM).requiredOn(Loi2023380.ART_10),
        given("the same on the day before: the framework not yet in force, so no art. 35(10) either", OlympicExperiment.festivalVideoAnalytics())
            .on(Loi2023380.EXPERIMENT_FROM.minusDays(1)).notOn(Loi2023380.ART_10).notOn(Article35.ART_35_10).requiredOn(Article35.PRESUMPTION),
        given("the same on the experiment's last day", OlympicExperiment.festivalVideoAnalytics()).on(Loi2023380.EXPERIMENT_UNTIL)
            .requiredOn(Loi2023380.ART_10),
        given("the same on the day after it ended: the framework's law no longer dispenses (art. 35(10) ends with it)", OlympicExperiment.festivalVideoAnalytics())
            .on(Loi2023380.EXPERIMENT_UNTIL.plusDays(1)).notOn(Loi2023380.ART_10).notOn(Article35.ART_35_10).requiredOn(Article35.PRESUMPTION),
        given("the same analytics outside the experiment's framework", OlympicExperiment.festivalVideoAnalytics()
            .legalFrameworks(FactSet.none())).on(Fixtures.TODAY.minusYears(1)).notOn(Loi2023380.ART_10).hence(Outcome.NOT_REQUIRED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("the experiment's cases, on each side of its dates and conditions")
  void theCases(LegalCase c) {
    c.check();
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
        "2023-08-30, REQUIRED, CRITERIA_PRESUMPTION",
        "2023-08-31, REQUIRED, EXPLICIT_LEGAL_DUTY",
        "2025-03-31, REQUIRED, EXPLICIT_LEGAL_DUTY",
        "2025-04-01, REQUIRED, CRITERIA_PRESUMPTION"})
    @DisplayName("the law's explicit DPIA duty applies from the decree's entry into force to the experiment's last day; outside it, the two criteria")
    void explicitDutyOnlyDuringExperiment(LocalDate date, Outcome outcome, GroundKind kind) {
      Decision d = FRANCE.decide(festivalVideoAnalytics().build(), date);

      assertThat(d.outcome()).as("%s", d).isEqualTo(outcome);
      assertThat(decisiveKinds(d)).containsExactly(kind);
      assertThat(decisiveRules(d).contains("fr.loi-2023-380.art-10")).isEqualTo(kind == GroundKind.EXPLICIT_LEGAL_DUTY);
    }

    @Test
    @DisplayName("the experiment's framework is in force on the experiment's days, the same as the law's")
    void frameworkValidity() {
      assertThat(FrenchLegalFramework.OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT.validity())
          .isEqualTo(org.dpia.core.time.DateRange.of(Loi2023380.EXPERIMENT_FROM, Loi2023380.EXPERIMENT_UNTIL));
      assertThat(Loi2023380.ART_10.validity()).isEqualTo(FrenchLegalFramework.OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT.validity());
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
}
