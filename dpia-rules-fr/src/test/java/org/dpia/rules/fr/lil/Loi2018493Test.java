package org.dpia.rules.fr.lil;

import static org.dpia.rules.fr.LegalCase.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;
import org.dpia.rules.fr.LegalCase;
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

/**
 * The police-justice DPIA across its transpositions: none before loi n° 2018-493, then the former
 * chapter XIII, then LIL art. 90 from 1 June 2019, each rule applied only while in force.
 */
@DisplayName("Loi n° 2018-493: the first transposition of the police-justice directive")
class Loi2018493Test {
  static List<GroundKind> decisiveKinds(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::kind).toList();
  }

  static List<String> decisiveRules(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::ruleId).toList();
  }

  /** The cases of the first transposition, on each side of its dates. */
  static Stream<LegalCase> cases() {
    ProcessingOperation.Builder health = Fixtures.police().dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH);
    return Stream.of(
        given("police processing of health data the day before the transposition", health).on(Loi2018493.TRANSPOSED_FROM.minusDays(1))
            .notRequiredOn(Loi2018493.NOT_YET_TRANSPOSED),
        given("the same on its first day", health).on(Loi2018493.TRANSPOSED_FROM).requiredOn(Loi2018493.SENSITIVE_DATA),
        given("the same on chapter XIII's last day", health).on(Lil.REWRITE.minusDays(1)).requiredOn(Loi2018493.SENSITIVE_DATA),
        given("the same the day the rewritten LIL took effect", health).on(Lil.REWRITE).notOn(Loi2018493.SENSITIVE_DATA)
            .requiredOn(TitleIII.SENSITIVE_DATA));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("the cases of the first transposition, on each side of its dates")
  void theCases(LegalCase c) {
    c.check();
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
}
