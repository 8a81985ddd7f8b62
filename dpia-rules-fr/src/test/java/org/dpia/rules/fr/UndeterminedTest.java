package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;

import org.dpia.rules.fr.lil.TitleIII;
import org.dpia.rules.fr.gdpr.Gdpr;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Outcome;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.StandardControllerKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Undetermined decisions: when unknown facts leave the outcome open, the decision says so and lists
 * the facts that would settle it, most decisive first, each with what the outcome would become.
 * These tests check that promise by answering each listed fact on the operation itself.
 */
@DisplayName("Undetermined decisions and their missing facts")
class UndeterminedTest {

  /** How each fact these cases leave unknown is answered on the operation, by rebuilding it. */
  static final Map<String, BiFunction<ProcessingOperation.Builder, Boolean, ProcessingOperation.Builder>> ANSWER = Map.of(
      "legal-basis-assessed", ProcessingOperation.Builder::legalBasisAssessed,
      "criterion.large-scale", (b, v) -> b.assertCriterion(RiskCriterion.LARGE_SCALE, v),
      "prior-formality", ProcessingOperation.Builder::priorFormality,
      "substantially-modified", ProcessingOperation.Builder::substantiallyModified,
      "personal-data", ProcessingOperation.Builder::personalData);

  /** An undetermined case: an operation and the date it is decided on. */
  record Case(String name, ProcessingOperation operation, LocalDate date, int atLeastFactsChecked) {
    Decision decide() {
      return FRANCE.decide(operation, date);
    }

    Outcome decideAnswering(String factId, boolean value) {
      ProcessingOperation.Builder b = ProcessingOperation.builder().from(operation);
      return FRANCE.decide(ANSWER.get(factId).apply(b, value).build(), date).outcome();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A company's health data: is it on a large scale, and does its legal basis fall under art. 35(10)? */
  static final Case HEALTH_DATA = new Case("a company's health data, scale and legal basis unknown",
      Fixtures.gdpr().dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH).legalBasisAssessed(Truth.UNKNOWN).build(),
      TODAY, 2);

  /** An art. 35(3)(a) processing started in 2015: did it go through a formality, and has it changed since? */
  static final Case PRE_2018 = new Case("a 2015 art. 35(3)(a) processing, not dispensed, whose formality is not known, in 2020",
      Fixtures.gdpr()
          .profiling(true)
          .extensiveEvaluation(true)
          .automatedDecisions(true)
          .decisionsOnEvaluation(true)
          .period(ProcessingPeriod.since(LocalDate.of(2015, 3, 1)))
          .dispensedFromFormality(false)
          .priorFormality(Truth.UNKNOWN)
          .substantiallyModified(Truth.UNKNOWN)
          .build(),
      LocalDate.of(2020, 1, 1), 2);

  /** Automated decisions on profiles (art. 35(3)(a)): does art. 35(10) dispense with the DPIA? */
  static final Case LEGAL_BASIS = new Case("automated decisions on profiles, legal basis unknown",
      Fixtures.gdpr().profiling(true).extensiveEvaluation(true).automatedDecisions(true).decisionsOnEvaluation(true)
          .legalBasisAssessed(Truth.UNKNOWN).build(),
      TODAY, 1);

  /** Nothing known but a name and that the controller is a company. */
  static final Case NOTHING_KNOWN = new Case("nothing known but the controller, a company",
      ProcessingOperation.builder()
          .name("unknown processing")
          .controller(Controller.of("ACME SAS", StandardControllerKind.COMPANY))
          .build(),
      TODAY, 0);

  static Stream<Case> cases() {
    return Stream.of(HEALTH_DATA, PRE_2018, LEGAL_BASIS, NOTHING_KNOWN);
  }

  static Stream<Case> answerableCases() {
    return Stream.of(HEALTH_DATA, PRE_2018, LEGAL_BASIS);
  }

  static MissingFact missing(Decision d, String factId) {
    return d.missingFacts().stream().filter(m -> m.factId().equals(factId)).findFirst()
        .orElseThrow(() -> new AssertionError(factId + " is not among the missing facts of " + d + ": " + d.missingFacts()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("an undetermined decision lists missing facts, most decisive first")
  void missingFactsMostDecisiveFirst(Case c) {
    Decision d = c.decide();

    assertThat(d.outcome()).as("%s", d).isEqualTo(Outcome.UNDETERMINED);
    assertThat(d.missingFacts()).isNotEmpty();
    assertThat(d.missingFacts()).extracting(MissingFact::decisiveness).isSortedAccordingTo(Comparator.reverseOrder());
    MissingFact first = d.missingFacts().get(0);
    assertThat(first.decisiveness()).isPositive();
    assertThat(d.missingFacts()).allSatisfy(m -> assertThat(first.decisiveness()).isGreaterThanOrEqualTo(m.decisiveness()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answerableCases")
  @DisplayName("answering each missing fact on the operation gives the outcome the decision announced for it")
  void answeringAFactGivesTheAnnouncedOutcome(Case c) {
    Decision d = c.decide();

    assertThat(d.missingFacts()).extracting(MissingFact::factId).as("every listed fact can be answered here")
        .allMatch(ANSWER::containsKey);
    assertThat(d.missingFacts()).hasSizeGreaterThanOrEqualTo(c.atLeastFactsChecked());
    for (MissingFact m : d.missingFacts()) {
      assertThat(c.decideAnswering(m.factId(), true)).as("%s answered true", m.factId()).isEqualTo(m.ifTrue());
      assertThat(c.decideAnswering(m.factId(), false)).as("%s answered false", m.factId()).isEqualTo(m.ifFalse());
      assertThat(m.ifTrue() != Outcome.UNDETERMINED || m.ifFalse() != Outcome.UNDETERMINED)
          .as("answering %s settles the outcome at least one way", m.factId()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answerableCases")
  @DisplayName("answering a missing fact by its id gives the same outcome as rebuilding the operation")
  void answersByIdAgreeWithRebuilding(Case c) {
    Decision d = c.decide();

    for (MissingFact m : d.missingFacts()) {
      assertThat(FRANCE.decide(c.operation(), c.date(), Map.of(m.factId(), Truth.TRUE)).outcome())
          .as("%s answered true by id", m.factId()).isEqualTo(m.ifTrue());
      assertThat(FRANCE.decide(c.operation(), c.date(), Map.of(m.factId(), Truth.FALSE)).outcome())
          .as("%s answered false by id", m.factId()).isEqualTo(m.ifFalse());
    }
  }

  @Test
  @DisplayName("a company's health data of unknown scale and legal basis asks both questions, each settling it one way")
  void healthDataAsksScaleAndLegalBasis() {
    Decision d = HEALTH_DATA.decide();

    assertThat(d.missingFacts()).extracting(MissingFact::factId)
        .containsExactlyInAnyOrder("legal-basis-assessed", "criterion.large-scale");
    assertThat(missing(d, "legal-basis-assessed").ifTrue()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(missing(d, "legal-basis-assessed").ifFalse()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(missing(d, "criterion.large-scale").ifTrue()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(missing(d, "criterion.large-scale").ifFalse()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(d.grounds()).extracting(Ground::ruleId).contains("gdpr.35-10", "gdpr.35-3-b");
    assertThat(d.grounds()).allSatisfy(g -> assertThat(g.truth()).isNotEqualTo(Truth.FALSE));
  }

  @Test
  @DisplayName("a pre-2018 processing's formality and later changes are both asked, each settling it one way")
  void pre2018AsksFormalityAndChanges() {
    Decision d = PRE_2018.decide();

    assertThat(d.missingFacts()).extracting(MissingFact::factId)
        .containsExactlyInAnyOrder("prior-formality", "substantially-modified");
    assertThat(missing(d, "prior-formality").ifFalse()).isEqualTo(Outcome.REQUIRED);
    assertThat(missing(d, "substantially-modified").ifTrue()).isEqualTo(Outcome.REQUIRED);
  }

  @Test
  @DisplayName("when art. 35(3) is met, whether the legal basis was assessed settles the outcome either way")
  void legalBasisSettlesEitherWay() {
    Decision d = LEGAL_BASIS.decide();

    MissingFact first = d.missingFacts().get(0);
    assertThat(first.factId()).isEqualTo("legal-basis-assessed");
    assertThat(first.decisiveness()).isEqualTo(2);
    assertThat(first.settlesAlone()).isTrue();
    assertThat(first.ifTrue()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(first.ifFalse()).isEqualTo(Outcome.REQUIRED);
  }

  @Test
  @DisplayName("a fact read as unknown whose answer could change nothing is not asked")
  void irrelevantUnknownIsNotAsked() {
    Decision d = FRANCE.decide(ProcessingOperation.builder().from(HEALTH_DATA.operation()).externalSources(Truth.UNKNOWN).build(), TODAY);

    assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(d.unknownFacts()).as("read as unknown").containsKey("external-sources");
    assertThat(d.missingFacts()).extracting(MissingFact::factId)
        .containsExactlyInAnyOrder("legal-basis-assessed", "criterion.large-scale");
  }

  @Test
  @DisplayName("with nothing known but a company as controller, the decision is undetermined and first asks whether personal data is processed")
  void nothingKnown() {
    Decision d = NOTHING_KNOWN.decide();

    assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(d.regimes().get(TitleIII.REGIME)).as("a company is not a competent authority").isEqualTo(Truth.FALSE);
    assertThat(d.regimes().get(Gdpr.REGIME)).isEqualTo(Truth.UNKNOWN);
    assertThat(d.grounds()).isNotEmpty().anySatisfy(g -> assertThat(g.truth()).isEqualTo(Truth.UNKNOWN));

    MissingFact personalData = d.missingFacts().get(0);
    assertThat(personalData.factId()).isEqualTo("personal-data");
    assertThat(personalData.ifFalse()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(NOTHING_KNOWN.decideAnswering("personal-data", false)).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(NOTHING_KNOWN.decideAnswering("personal-data", true)).isEqualTo(personalData.ifTrue());
  }

  @Test
  @DisplayName("a decided case lists no missing fact")
  void decidedCaseHasNoMissingFact() {
    Decision d = FRANCE.decide(ProcessingOperation.builder().from(LEGAL_BASIS.operation()).legalBasisAssessed(false).build(), TODAY);

    assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(d.missingFacts()).isEmpty();
  }
}
