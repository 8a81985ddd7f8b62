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
      "extensive-evaluation", ProcessingOperation.Builder::extensiveEvaluation,
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

  /**
   * A company's health data of 2,000 customers: no published threshold settles whether that is a
   * large scale, so the conclusion is asked; art. 35(10), not invoked, is not established.
   */
  static final Case HEALTH_DATA = new Case("a company's health data of 2,000 customers, scale a judgement, legal basis not stated",
      Fixtures.gdpr().dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH).legalBasisAssessed(Truth.UNKNOWN)
          .scale(org.dpia.core.model.Scale.builder().dataSubjects(2_000).build()).build(),
      TODAY, 1);

  /** An art. 35(3)(a) processing declared in 2015: has it been substantially modified since? */
  static final Case PRE_2018 = new Case("a 2015 art. 35(3)(a) processing declared to the CNIL, whether modified since unknown, in 2020",
      Fixtures.gdpr()
          .profiling(true)
          .extensiveEvaluation(true)
          .automatedDecisions(true)
          .decisionsOnEvaluation(true)
          .period(ProcessingPeriod.since(LocalDate.of(2015, 3, 1)))
          .priorFormality(true)
          .substantiallyModified(Truth.UNKNOWN)
          .build(),
      LocalDate.of(2020, 1, 1), 1);

  /** Automated decisions on profiles (art. 35(3)(a)): is the decision on them an extensive evaluation? */
  static final Case LEGAL_BASIS = new Case("automated decisions on profiles, whether the evaluation is extensive unknown",
      Fixtures.gdpr().profiling(true).extensiveEvaluation(Truth.UNKNOWN).automatedDecisions(true).decisionsOnEvaluation(true)
          .assertCriterion(RiskCriterion.AUTOMATED_DECISION_WITH_SIGNIFICANT_EFFECT, false)
          .assertCriterion(RiskCriterion.LARGE_SCALE, false).build(),
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
  @DisplayName("a company's health data of 2,000 customers asks whether that is a large scale: yes is art. 35(3)(b), no is below the threshold")
  void healthDataAsksScale() {
    Decision d = HEALTH_DATA.decide();

    assertThat(d.missingFacts()).extracting(MissingFact::factId).containsExactly("criterion.large-scale");
    assertThat(missing(d, "criterion.large-scale").ifTrue()).isEqualTo(Outcome.REQUIRED);
    assertThat(missing(d, "criterion.large-scale").ifFalse()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(d.grounds()).extracting(Ground::ruleId).contains("gdpr.35-3-b");
    assertThat(d.presumptions()).as("art. 35(10), not invoked, would settle it either way").singleElement()
        .satisfies(p -> assertThat(p.ifEstablished()).isEqualTo(Outcome.NOT_REQUIRED));
  }

  @Test
  @DisplayName("a declared pre-2018 processing asks whether it was substantially modified since: yes needs a DPIA, no is tolerated")
  void pre2018AsksChanges() {
    Decision d = PRE_2018.decide();

    assertThat(d.missingFacts()).extracting(MissingFact::factId).containsExactly("substantially-modified");
    assertThat(missing(d, "substantially-modified").ifTrue()).isEqualTo(Outcome.REQUIRED);
    assertThat(missing(d, "substantially-modified").ifFalse()).isEqualTo(Outcome.NOT_REQUIRED);
  }

  @Test
  @DisplayName("a 2015 processing whose formality is not stated: the tolerance is not established, the decision is definite and says so")
  void pre2018FormalityNotStated() {
    Decision d = FRANCE.decide(ProcessingOperation.builder().from(PRE_2018.operation()).priorFormality(Truth.UNKNOWN)
        .substantiallyModified(false).build(), PRE_2018.date());

    assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(d.missingFacts()).isEmpty();
    assertThat(d.presumptions()).extracting(p -> p.factId()).containsExactly("prior-formality", "dispensed-from-formality");
    assertThat(d.presumptions()).allSatisfy(p -> assertThat(p.ifEstablished()).isEqualTo(Outcome.NOT_REQUIRED));
  }

  @Test
  @DisplayName("a 2015 processing, start not stated: the tolerance needs both a start before 25 May 2018 and a formality, listed together")
  void startAndFormalityTogether() {
    Decision d = FRANCE.decide(ProcessingOperation.builder().from(PRE_2018.operation()).priorFormality(Truth.UNKNOWN)
        .substantiallyModified(false).period(ProcessingPeriod.unknown()).build(), PRE_2018.date());

    assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(d.presumptions()).extracting(p -> p.factId()).contains("period.started-before-2018-05-25");
    assertThat(d.presumptions()).allSatisfy(p -> {
      assertThat(p.changesAlone()).isFalse();
      assertThat(p.ifEstablished()).isEqualTo(Outcome.NOT_REQUIRED);
    });
  }

  @Test
  @DisplayName("whether the evaluation is extensive settles art. 35(3)(a) either way")
  void extensiveEvaluationSettlesEitherWay() {
    Decision d = LEGAL_BASIS.decide();

    MissingFact first = d.missingFacts().get(0);
    assertThat(first.factId()).isEqualTo("extensive-evaluation");
    assertThat(first.settlesAlone()).isTrue();
    assertThat(first.ifTrue()).isEqualTo(Outcome.REQUIRED);
    assertThat(first.ifFalse()).isEqualTo(Outcome.NOT_REQUIRED);
  }

  @Test
  @DisplayName("a fact read as unknown whose answer could change nothing is not asked")
  void irrelevantUnknownIsNotAsked() {
    Decision d = FRANCE.decide(ProcessingOperation.builder().from(HEALTH_DATA.operation()).externalSources(Truth.UNKNOWN).build(), TODAY);

    assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(d.unknownFacts()).as("read as unknown").containsKey("external-sources");
    assertThat(d.missingFacts()).extracting(MissingFact::factId).doesNotContain("external-sources");
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
    Decision d = FRANCE.decide(ProcessingOperation.builder().from(LEGAL_BASIS.operation()).extensiveEvaluation(true).build(), TODAY);

    assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(d.missingFacts()).isEmpty();
  }
}
