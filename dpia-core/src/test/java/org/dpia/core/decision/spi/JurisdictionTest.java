package org.dpia.core.decision.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.dpia.core.Fixtures.article;
import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import org.dpia.core.Fixtures;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Regime;
import org.dpia.core.logic.Conditions;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The engine, driven by a small law written for the test: two regimes that exclude each other
 * (the "civil" one unless the processing is for the police by an authority, the "police" one
 * otherwise), a precedence each, two criteria, an implication and four pieces of advice. The
 * operation's yes/no fields stand for the facts: profiling for "a police purpose", automated
 * decisions for "an authority", systematic monitoring, combined datasets and external sources.
 */
@DisplayName("Jurisdiction: the engine that runs a declared law")
class JurisdictionTest {

  static final LocalDate DAY = LocalDate.of(2024, 6, 1);
  static final LocalDate LAW_STARTS = LocalDate.of(2020, 1, 1);

  static final Fact<ProcessingOperation> POLICE = Fact.of("police", "a purpose is police work", ProcessingOperation::profiling);
  static final Fact<ProcessingOperation> AUTHORITY = Fact.of("authority", "the controller is an authority", ProcessingOperation::automatedDecisions);
  static final Fact<ProcessingOperation> MONITORING = Fact.of("monitoring", "people are monitored", ProcessingOperation::systematicMonitoring);
  static final Fact<ProcessingOperation> COMBINES = Fact.of("combines", "datasets are combined", ProcessingOperation::combinesDatasets);
  static final Fact<ProcessingOperation> EXTERNAL = Fact.of("external", "data comes from outside", ProcessingOperation::externalSources);
  static final Fact<ProcessingOperation> EXEMPT = Fact.of("exempt", "the processing is on the exempt list",
      ProcessingOperation::mayExcludeFromRightServiceOrContract);

  static final Regime CIVIL = Regime.of("civil", Text.of("Civil", "Civil (fr)"), article("1"));
  static final Regime POLICE_REGIME = Regime.of("police", Text.of("Police", "Police (fr)"), article("2"));

  static final Rule<ProcessingOperation> CIVIL_APPLIES = Rule.named("xx.civil", "Civil regime").citing(article("1"))
      .when(not(all(POLICE.holds(), AUTHORITY.holds())));
  static final Rule<ProcessingOperation> POLICE_APPLIES = Rule.named("xx.police", "Police regime").citing(article("2"))
      .when(all(POLICE.holds(), AUTHORITY.holds()));

  static final Rule<ProcessingOperation> MONITORING_RULE = Rule.named("xx.monitoring", "Monitoring").citing(article("3"))
      .valid(DateRange.from(LAW_STARTS)).when(MONITORING.holds());
  static final Rule<ProcessingOperation> EXEMPT_RULE = Rule.named("xx.exempt", "Exempt list").citing(article("4"))
      .when(EXEMPT.holds());
  static final Rule<ProcessingOperation> CRITERION_COMBINES = Rule.named("xx.criterion-6", "Combined datasets").citing(article("5"))
      .when(Conditions.statedOr(Fact.of("criterion.combines", "criterion 6 is met", op -> Truth.UNKNOWN), COMBINES.holds()));
  static final Rule<ProcessingOperation> CRITERION_EXTERNAL = Rule.named("xx.criterion-1", "External data").citing(article("6"))
      .when(EXTERNAL.holds());
  static final Rule<ProcessingOperation> TWO = Rule.named("xx.two", "Two criteria").citing(article("7"))
      .when(Conditions.atLeast(2, List.of(CRITERION_COMBINES, CRITERION_EXTERNAL)));
  static final Rule<ProcessingOperation> BELOW = Rule.named("xx.below", "Below the threshold").citing(article("7"))
      .when(not(Conditions.atLeast(2, List.of(CRITERION_COMBINES, CRITERION_EXTERNAL))));
  static final Rule<ProcessingOperation> POLICE_DUTY = Rule.named("xx.police-duty", "Every police processing").citing(article("8"))
      .when(Conditions.constant(Truth.TRUE, "always"));

  static final Advice CONSULT = Advice.of("consult", Text.of("Consult", "Consulter"), article("36"));
  static final Advice POLICE_CONSULT = Advice.of("police-consult", "Consult for the police", article("28"));
  static final Advice REBUT = Advice.of("rebut", "Document a rebuttal", article("7"));
  static final Advice ONE = Advice.of("one", "One criterion met", article("7"));

  static final Jurisdiction LAW = Jurisdiction.builder("yy", "2", Text.of("Test law", "Loi de test"))
      .sources(List.of(Fixtures.TOY_ACT))
      .regime(CIVIL, CIVIL_APPLIES, Precedence.<ProcessingOperation>builder()
          .rank("mandatory", "the list binds", Provision.requires(GroundKind.MANDATORY_LIST, MONITORING_RULE))
          .rank("exempt", "the exempt list prevails over the presumption", Provision.dispenses(GroundKind.EXEMPT_LIST, EXEMPT_RULE))
          .rank("presumption", "two criteria", Provision.requires(GroundKind.CRITERIA_PRESUMPTION, TWO))
          .otherwise(Provision.dispenses(GroundKind.BELOW_THRESHOLD, BELOW)))
      .regime(POLICE_REGIME, POLICE_APPLIES, Precedence.<ProcessingOperation>builder()
          .rank("duty", "every police processing", Provision.requires(GroundKind.HIGH_RISK_CASE, POLICE_DUTY))
          .otherwise(Provision.dispenses(GroundKind.NO_DUTY, BELOW)))
      .splitOn(List.of(POLICE, AUTHORITY), Conditions.constant(Truth.FALSE, "any combination is possible"))
      .criteria(Map.of(RiskCriterion.MATCHING_OR_COMBINING_DATASETS, CRITERION_COMBINES))
      .implications(List.of(Implication.of(COMBINES, EXTERNAL)))
      .advice(
          AdviceRule.of(CONSULT, d -> d.outcome() == Outcome.REQUIRED && d.governs(CIVIL, Outcome.REQUIRED)),
          AdviceRule.of(POLICE_CONSULT, d -> d.outcome() == Outcome.REQUIRED && d.governs(POLICE_REGIME, Outcome.REQUIRED)),
          AdviceRule.of(REBUT, d -> d.decidedOn(GroundKind.CRITERIA_PRESUMPTION)),
          AdviceRule.of(ONE, d -> d.decidedOn(GroundKind.BELOW_THRESHOLD) && d.criteriaMet() == 1))
      .texts(locale -> Optional.empty())
      .build();

  /** Every fact known and false: a civil processing below the threshold. */
  static ProcessingOperation.Builder base() {
    return ProcessingOperation.builder().name("op").controller(Controller.of("ACME", StandardControllerKind.COMPANY))
        .profiling(false).automatedDecisions(false).systematicMonitoring(false).combinesDatasets(false)
        .externalSources(false).mayExcludeFromRightServiceOrContract(false);
  }

  static Decision decide(ProcessingOperation.Builder op) {
    return LAW.decide(op.build(), DAY);
  }

  static List<String> decisive(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::ruleId).toList();
  }

  @Test
  @DisplayName("a civil processing with nothing to it is not required, on the fallback, with no advice but the one-criterion kind when it applies")
  void belowThreshold() {
    Decision d = decide(base());

    assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(d.decisiveRuleIds()).containsExactly("xx.below");
    assertThat(decisive(d)).containsExactly("xx.below");
    assertThat(d.regimes()).containsEntry(CIVIL, Truth.TRUE).containsEntry(POLICE_REGIME, Truth.FALSE);
    assertThat(d.advice()).isEmpty();
    assertThat(d.rulebookId()).isEqualTo("yy");
    assertThat(d.rulebookVersion()).isEqualTo("2");
    assertThat(decide(base().combinesDatasets(true)).advice()).as("one criterion found: combined datasets").extracting(Advice::id)
        .containsExactly("one");
    assertThat(decide(base().externalSources(true)).advice()).as("a rule that is no declared criterion counts for nothing here").isEmpty();
  }

  @Test
  @DisplayName("a rank that holds decides, and the advice follows the regime and the kind of ground")
  void ranksAndAdvice() {
    Decision monitoring = decide(base().systematicMonitoring(true));
    assertThat(monitoring.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(decisive(monitoring)).containsExactly("xx.monitoring");
    assertThat(monitoring.advice()).extracting(Advice::id).containsExactly("consult");

    Decision two = decide(base().combinesDatasets(true).externalSources(true));
    assertThat(decisive(two)).containsExactly("xx.two");
    assertThat(two.advice()).extracting(Advice::id).containsExactly("consult", "rebut");
    assertThat(two.criteriaMet()).containsExactly(RiskCriterion.MATCHING_OR_COMBINING_DATASETS);

    Decision exempt = decide(base().combinesDatasets(true).externalSources(true).mayExcludeFromRightServiceOrContract(true));
    assertThat(exempt.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(decisive(exempt)).containsExactly("xx.exempt");
    assertThat(exempt.advice()).isEmpty();

    Decision police = decide(base().profiling(true).automatedDecisions(true));
    assertThat(police.regimes()).containsEntry(POLICE_REGIME, Truth.TRUE).containsEntry(CIVIL, Truth.FALSE);
    assertThat(decisive(police)).containsExactly("xx.police-duty");
    assertThat(police.advice()).extracting(Advice::id).containsExactly("police-consult");
  }

  @Test
  @DisplayName("a rule not yet in force is false: before the law starts the monitoring rule does not require a DPIA")
  void notInForce() {
    assertThat(LAW.decide(base().systematicMonitoring(true).build(), LAW_STARTS.minusDays(1)).outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(LAW.decide(base().systematicMonitoring(true).build(), LAW_STARTS).outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(LAW.lawChangeDates()).containsExactly(LAW_STARTS);
  }

  @Test
  @DisplayName("the law also changes where a cited wording starts or stops, and advice cites only what is in force")
  void citedWordingsChangeTheLaw() {
    LocalDate renumbered = LocalDate.of(2021, 7, 1);
    org.dpia.core.law.Citation before = org.dpia.core.law.Citation.builder().source(Fixtures.TOY_ACT).article("5")
        .validity(DateRange.until(renumbered.minusDays(1))).build();
    org.dpia.core.law.Citation after = org.dpia.core.law.Citation.builder().source(Fixtures.TOY_ACT).article("50")
        .validity(DateRange.from(renumbered)).build();
    Rule<ProcessingOperation> below = Rule.named("w.below", "Below").citing(before, after).when(Conditions.constant(Truth.TRUE, "always"));
    Advice advice = Advice.of("w.advice", Text.of("Keep records"), before, after);
    Jurisdiction law = Jurisdiction.builder("w", "1", Text.of("Wordings"))
        .regime(CIVIL, CIVIL_APPLIES, Precedence.<ProcessingOperation>builder().otherwise(Provision.dispenses(GroundKind.NO_DUTY, below)))
        .advice(org.dpia.core.decision.spi.AdviceRule.of(advice, d -> true))
        .build();

    assertThat(law.lawChangeDates()).containsExactly(renumbered);
    assertThat(law.decide(base().build(), renumbered.minusDays(1)).advice()).singleElement()
        .satisfies(a -> assertThat(a.citations()).containsExactly(before));
    assertThat(law.decide(base().build(), renumbered).advice()).singleElement()
        .satisfies(a -> assertThat(a.citations()).containsExactly(after));
    assertThat(advice.on(renumbered)).isNotSameAs(advice);
    assertThat(Advice.of("w.plain", Text.of("Plain"), Fixtures.article("1")).on(DAY).citations()).containsExactly(Fixtures.article("1"));
  }

  @Nested
  @DisplayName("regimes that exclude each other")
  class CaseSplit {

    @Test
    @DisplayName("whichever regime governs requires a DPIA: definite, though Kleene's logic alone would leave it open")
    void everyRegimeAgrees() {
      Decision d = decide(base().profiling(true).automatedDecisions(Truth.UNKNOWN).systematicMonitoring(true));

      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(d.regimes()).containsEntry(CIVIL, Truth.UNKNOWN).containsEntry(POLICE_REGIME, Truth.UNKNOWN);
      assertThat(d.missingFacts()).isEmpty();
      assertThat(d.trace().nodes()).anyMatch(t -> t.kind() == Trace.Kind.CONSTANT && t.label().contains("every regime that may govern"));
      assertThat(d.advice()).as("the advice of every regime that may govern").extracting(Advice::id)
          .containsExactly("consult", "police-consult");
      assertThat(decisive(d)).contains("xx.monitoring", "xx.police-duty");
    }

    @Test
    @DisplayName("when the regimes disagree, the decision is undetermined and asks who the controller is")
    void regimesDisagree() {
      Decision d = decide(base().profiling(true).automatedDecisions(Truth.UNKNOWN));

      assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(d.missingFacts()).extracting(MissingFact::factId).containsExactly("authority");
      MissingFact authority = d.missingFacts().get(0);
      assertThat(authority.ifTrue()).isEqualTo(Outcome.REQUIRED);
      assertThat(authority.ifFalse()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(d.grounds()).extracting(Ground::ruleId).contains("xx.police-duty", "xx.below");
    }

    @Test
    @DisplayName("a combination the law declares impossible is skipped; if every one is, nothing is settled")
    void impossibleCombinations() {
      Jurisdiction nothingPossible = Jurisdiction.builder("zz", "1", Text.of("No combination"))
          .regime(CIVIL, CIVIL_APPLIES, Precedence.<ProcessingOperation>builder().otherwise(Provision.dispenses(GroundKind.NO_DUTY, BELOW)))
          .splitOn(List.of(POLICE), Conditions.constant(Truth.TRUE, "nothing is possible"))
          .build();
      assertThat(nothingPossible.decide(base().profiling(Truth.UNKNOWN).build(), DAY).outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(nothingPossible.decide(base().build(), DAY).outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    }
  }

  @Nested
  @DisplayName("answers by fact id")
  class Answers {

    @Test
    @DisplayName("an answer overrides the operation, and the implications between facts are applied")
    void answersAndImplications() {
      Decision d = LAW.decide(base().combinesDatasets(Truth.UNKNOWN).externalSources(Truth.UNKNOWN).build(), DAY,
          Map.of("combines", Truth.TRUE));

      assertThat(d.outcome()).as("combined datasets imply external data: two criteria").isEqualTo(Outcome.REQUIRED);
      assertThat(d.answers()).containsExactly(Map.entry("combines", Truth.TRUE));
    }

    @Test
    @DisplayName("the contrapositive applies too: no external data means no combined datasets")
    void contrapositive() {
      Decision d = LAW.decide(base().combinesDatasets(Truth.UNKNOWN).externalSources(Truth.UNKNOWN).build(), DAY,
          Map.of("external", Truth.FALSE));

      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    }

    @Test
    @DisplayName("an answer about a fact no rule reads, or contradicting another, is refused with words")
    void refused() {
      assertThatIllegalArgumentException().isThrownBy(() -> LAW.decide(base().build(), DAY, Map.of("nonsense", Truth.TRUE)))
          .withMessageContaining("nonsense").withMessageContaining("yy");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> LAW.decide(base().build(), DAY, Map.of("combines", Truth.TRUE, "external", Truth.FALSE)))
          .withMessageContaining("contradictory");
    }

    @Test
    @DisplayName("an answer whose implication contradicts what the description states is refused; one it agrees with is taken")
    void answerAgainstTheDescription() {
      // the description says no data comes from outside; combining datasets implies it does
      assertThatIllegalArgumentException()
          .isThrownBy(() -> LAW.decide(base().combinesDatasets(Truth.UNKNOWN).build(), DAY, Map.of("combines", Truth.TRUE)))
          .withMessageContaining("contradictory").withMessageContaining("external");
      assertThat(LAW.decide(base().combinesDatasets(Truth.UNKNOWN).externalSources(true).build(), DAY, Map.of("combines", Truth.TRUE))
          .outcome()).isEqualTo(Outcome.REQUIRED);
    }

    @Test
    @DisplayName("the facts the rules read are known by id, the criteria's conclusions among them")
    void factIds() {
      assertThat(LAW.factIds()).contains("police", "authority", "monitoring", "combines", "external", "exempt", "criterion.combines");
      assertThat(LAW.rules()).extracting(Rule::id).doesNotHaveDuplicates()
          .contains("xx.civil", "xx.police", "xx.criterion-6", "xx.monitoring", "xx.exempt", "xx.two", "xx.below", "xx.police-duty");
    }
  }

  @Test
  @DisplayName("missing facts are ranked through the answers' implications, and an impossible filling-in is skipped")
  void missingFactsThroughImplications() {
    Decision d = decide(base().combinesDatasets(Truth.UNKNOWN).externalSources(Truth.UNKNOWN));

    assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(d.missingFacts()).extracting(MissingFact::factId).contains("combines", "external");
    assertThat(d.missingFacts()).filteredOn(m -> m.factId().equals("combines")).singleElement()
        .satisfies(m -> assertThat(m.ifTrue()).as("combined implies external: two criteria").isEqualTo(Outcome.REQUIRED));
  }

  @Test
  @DisplayName("a conflict between provisions of equal rank is reported, and leaves the outcome undetermined")
  void conflict() {
    Jurisdiction conflicting = Jurisdiction.builder("cc", "1", Text.of("Conflicting law"))
        .regime(CIVIL, CIVIL_APPLIES, Precedence.<ProcessingOperation>builder()
            .rank("lists", "both lists at once", Provision.requires(GroundKind.MANDATORY_LIST, MONITORING_RULE),
                Provision.dispenses(GroundKind.EXEMPT_LIST, EXEMPT_RULE))
            .otherwise(Provision.dispenses(GroundKind.NO_DUTY, BELOW)))
        .build();

    Decision d = conflicting.decide(base().systematicMonitoring(true).mayExcludeFromRightServiceOrContract(true).build(), DAY);

    assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(d.conflicts()).singleElement().asString().contains("Monitoring", "Exempt list");
  }

  @Test
  @DisplayName("the law's identity, sources, texts and precedences are what was declared")
  void identity() {
    assertThat(LAW.id()).isEqualTo("yy");
    assertThat(LAW.version()).isEqualTo("2");
    assertThat(LAW.name()).isEqualTo("Test law");
    assertThat(LAW.sources()).containsExactly(Fixtures.TOY_ACT);
    assertThat(LAW.texts(Locale.FRENCH)).isEmpty();
    assertThat(LAW.regimes()).containsOnlyKeys(CIVIL, POLICE_REGIME);
    assertThat(LAW.precedence(CIVIL).ranks()).extracting(Precedence.Rank::name).containsExactly("mandatory", "exempt", "presumption");
    assertThatIllegalArgumentException().isThrownBy(() -> LAW.precedence(Regime.of("other", "Other")))
        .withMessageContaining("other");
    assertThat(LAW).hasToString("Jurisdiction yy 2 [civil, police]");
  }

  @Test
  @DisplayName("a law must declare a regime, once each, and have an id and a version")
  void builderRefusesNonsense() {
    assertThatIllegalStateException().isThrownBy(() -> Jurisdiction.builder("e", "1", Text.of("Empty")).build())
        .withMessageContaining("no regime");
    Precedence<ProcessingOperation> p = Precedence.<ProcessingOperation>builder().otherwise(Provision.dispenses(GroundKind.NO_DUTY, BELOW));
    assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.builder("d", "1", Text.of("Twice"))
        .regime(CIVIL, CIVIL_APPLIES, p).regime(CIVIL, CIVIL_APPLIES, p)).withMessageContaining("twice");
    assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.builder(" ", "1", Text.of("Blank"))).withMessageContaining("id");
    assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.builder("b", "", Text.of("Blank"))).withMessageContaining("version");
  }

  @Test
  @DisplayName("a declared rulebook is its law under a name of its own, texts included")
  void declaredRulebook() {
    AtomicReference<Locale> asked = new AtomicReference<>();
    ResourceBundle none = null;
    Jurisdiction withTexts = Jurisdiction.builder("tt", "3", Text.of("With texts"))
        .regime(CIVIL, CIVIL_APPLIES, Precedence.<ProcessingOperation>builder().otherwise(Provision.dispenses(GroundKind.NO_DUTY, BELOW)))
        .texts(locale -> {
          asked.set(locale);
          return Optional.ofNullable(none);
        })
        .build();
    DeclaredRulebook rulebook = new DeclaredRulebook(withTexts) {};

    assertThat(rulebook.jurisdiction()).isSameAs(withTexts);
    assertThat(rulebook.id()).isEqualTo("tt");
    assertThat(rulebook.version()).isEqualTo("3");
    assertThat(rulebook.name()).isEqualTo("With texts");
    assertThat(rulebook.sources()).isEmpty();
    assertThat(rulebook.lawChangeDates()).isEmpty();
    assertThat(rulebook.texts(Locale.GERMAN)).isEmpty();
    assertThat(asked.get()).isEqualTo(Locale.GERMAN);
    assertThat(rulebook.decide(base().build(), DAY).outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(rulebook.toString()).contains("tt 3");
  }

  @Test
  @DisplayName("a question carries what the description says that bears on it, where the law declares it, in the question's language")
  void questionContext() {
    Jurisdiction withContext = Jurisdiction.builder("cx", "1", Text.of("With context"))
        .regime(CIVIL, CIVIL_APPLIES, Precedence.<ProcessingOperation>builder().otherwise(Provision.dispenses(GroundKind.NO_DUTY, BELOW)))
        .regime(POLICE_REGIME, POLICE_APPLIES, Precedence.<ProcessingOperation>builder()
            .rank("duty", "every police processing", Provision.requires(GroundKind.HIGH_RISK_CASE, POLICE_DUTY))
            .otherwise(Provision.dispenses(GroundKind.NO_DUTY, BELOW)))
        .splitOn(List.of(POLICE, AUTHORITY), Conditions.constant(Truth.FALSE, "any combination is possible"))
        .context(AUTHORITY, op -> Optional.of(Text.of("It is run by " + op.controller().name() + ".", "Exploité par " + op.controller().name() + ".")))
        .context(MONITORING, op -> Optional.empty())
        .build();
    DeclaredRulebook rulebook = new DeclaredRulebook(withContext) {};
    Decision d = rulebook.decide(base().profiling(true).automatedDecisions(Truth.UNKNOWN).build(), DAY);

    assertThat(rulebook.questions(d, Locale.ENGLISH)).singleElement().satisfies(q -> {
      assertThat(q.factId()).isEqualTo("authority");
      assertThat(q.stated()).hasValue("It is run by ACME.");
    });
    assertThat(rulebook.questions(d, Locale.FRENCH)).singleElement().satisfies(q -> assertThat(q.stated()).hasValue("Exploité par ACME."));
    assertThat(LAW.questions(decide(base().profiling(true).automatedDecisions(Truth.UNKNOWN)), Locale.ENGLISH)).singleElement()
        .satisfies(q -> assertThat(q.stated()).as("no context declared").isEmpty());
  }
}
