package org.dpia.rules.fr.cnil;

import static org.dpia.rules.fr.LegalCase.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import org.dpia.rules.fr.gdpr.Article35;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.rules.fr.lil.TitleIII;
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

/** The CNIL's tolerance for processing lawfully in place before 25 May 2018, on each side of its dates and conditions. */
@DisplayName("CNIL: the transitional tolerance for pre-2018 processing")
class Transition2018Test {
  static List<GroundKind> decisiveKinds(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::kind).toList();
  }

  static List<String> decisiveRules(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::ruleId).toList();
  }

  /** The tolerance's cases, on each side of its dates and conditions. */
  static Stream<LegalCase> cases() {
    return Stream.of(
        given("automated scoring declared in 2015, unchanged, on the tolerance's first day", TransitionalTolerance.declaredIn2015())
            .on(Gdpr.APPLIES_FROM).notRequiredOn(Transition2018.TOLERANCE),
        given("the same on 25 May 2021, the last of the three years", TransitionalTolerance.declaredIn2015())
            .on(Transition2018.TOLERANCE_LAST_DAY).notRequiredOn(Transition2018.TOLERANCE),
        given("the same on 26 May 2021", TransitionalTolerance.declaredIn2015()).on(LocalDate.of(2021, 5, 26))
            .notOn(Transition2018.TOLERANCE).requiredOn(Article35.ART_35_3_A),
        given("the same processing never declared, nor dispensed", TransitionalTolerance.declaredIn2015().priorFormality(false)
            .dispensedFromFormality(false).substantiallyModified(org.dpia.core.logic.Truth.UNKNOWN)).on(LocalDate.of(2019, 1, 1))
            .notOn(Transition2018.TOLERANCE).requiredOn(Article35.ART_35_3_A),
        given("the same processing substantially modified since", TransitionalTolerance.declaredIn2015().substantiallyModified(true))
            .on(LocalDate.of(2019, 1, 1)).notOn(Transition2018.TOLERANCE).requiredOn(Article35.ART_35_3_A),
        given("dispensed from formality before 2018, the day before délibération n° 2018-326 came into force",
            TransitionalTolerance.dispensedBefore2018()).on(Guidelines2018326.IN_FORCE_FROM.minusDays(1))
            .notOn(Guidelines2018326.TOLERANCE_FOR_DISPENSED).requiredOn(Article35.ART_35_3_A),
        given("dispensed from formality before 2018, on the day délibération n° 2018-326 came into force",
            TransitionalTolerance.dispensedBefore2018()).on(Guidelines2018326.IN_FORCE_FROM)
            .notRequiredOn(Guidelines2018326.TOLERANCE_FOR_DISPENSED),
        given("dispensed from formality before 2018, on 25 May 2021", TransitionalTolerance.dispensedBefore2018())
            .on(Transition2018.TOLERANCE_LAST_DAY).notRequiredOn(Guidelines2018326.TOLERANCE_FOR_DISPENSED),
        given("dispensed from formality before 2018, on 26 May 2021", TransitionalTolerance.dispensedBefore2018())
            .on(LocalDate.of(2021, 5, 26)).notOn(Guidelines2018326.TOLERANCE_FOR_DISPENSED).requiredOn(Article35.ART_35_3_A),
        given("dispensed from formality, then substantially modified", TransitionalTolerance.dispensedBefore2018()
            .substantiallyModified(true)).on(LocalDate.of(2019, 1, 1))
            .notOn(Guidelines2018326.TOLERANCE_FOR_DISPENSED).requiredOn(Article35.ART_35_3_A),
        given("a police file of health data declared in 2015, unchanged: no tolerance under the police-justice regime",
            Fixtures.police().dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
                .period(ProcessingPeriod.since(LocalDate.of(2015, 3, 1))).priorFormality(true).substantiallyModified(false))
            .on(LocalDate.of(2019, 7, 1)).notOn(Transition2018.TOLERANCE).requiredOn(TitleIII.SENSITIVE_DATA));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("the tolerance's cases, on each side of its dates and conditions")
  void theCases(LegalCase c) {
    c.check();
  }

  @Nested
  @DisplayName("the CNIL's tolerance for lawfully declared pre-2018 processing, through 25 May 2021")
  class TransitionalTolerance {

    /** Automated decisions on profiles (art. 35(3)(a)), declared to the CNIL in 2015, unchanged since. */
    static ProcessingOperation.Builder declaredIn2015() {
      return Fixtures.gdpr()
          .name("automated credit scoring declared in 2015")
          .profiling(true)
          .extensiveEvaluation(true)
          .automatedDecisions(true)
          .decisionsOnEvaluation(true)
          .period(ProcessingPeriod.since(LocalDate.of(2015, 3, 1)))
          .priorFormality(true)
          .substantiallyModified(false);
    }

    /** The same scoring, dispensed from any formality before 25 May 2018, unchanged since. */
    static ProcessingOperation.Builder dispensedBefore2018() {
      return declaredIn2015().priorFormality(false).dispensedFromFormality(true);
    }

    @ParameterizedTest(name = "on {0}: {1} ({2})")
    @CsvSource({
        "2018-05-24, NOT_REQUIRED, NOT_IN_FORCE",
        "2018-05-25, NOT_REQUIRED, TRANSITIONAL",
        "2021-05-25, NOT_REQUIRED, TRANSITIONAL",
        "2021-05-26, REQUIRED,     STATUTORY_CASE"})
    @DisplayName("a declared, unchanged pre-2018 art. 35(3) processing needs its DPIA from 26 May 2021")
    void toleranceEndsAfter25May2021(LocalDate date, Outcome outcome, GroundKind kind) {
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

    @Test
    @DisplayName("under the tolerance extended to processing dispensed from formality, the same deadline is advised")
    void dispensedToleranceAdvisesTheDeadline() {
      Decision d = FRANCE.decide(dispensedBefore2018().build(), LocalDate.of(2019, 1, 1));

      assertThat(d.advice()).extracting(Advice::id).contains("fr.cnil.transition.deadline");
      assertThat(decisiveRules(d)).containsExactly("fr.cnil.2018-326.pre-2018-dispensed");
    }

    @ParameterizedTest(name = "on {0}")
    @CsvSource({"2018-05-25", "2019-01-01", "2021-05-25"})
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
        "2018-05-25, 2021-05-25, REQUIRED"})
    @DisplayName("a processing started on or after 25 May 2018 never has the tolerance, even if declared beforehand")
    void newProcessingNeverHasTheTolerance(LocalDate started, LocalDate date, Outcome outcome) {
      Decision d = FRANCE.decide(declaredIn2015().period(ProcessingPeriod.since(started)).build(), date);

      assertThat(d.outcome()).as("%s", d).isEqualTo(outcome);
      assertThat(decisiveKinds(d).contains(GroundKind.TRANSITIONAL)).isEqualTo(outcome == Outcome.NOT_REQUIRED);
    }
  }
}
