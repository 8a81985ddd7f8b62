package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dpia.core.criteria.CriterionFinding;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Precedence;
import org.dpia.core.decision.Provision;
import org.dpia.core.decision.Regime;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Trace;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The French texts ({@code texts_fr.properties}) cover every key a report or a questionnaire can
 * ask for: each rule, each fact read in a broad set of decisions, each regime, each advice and each
 * remark. A missing key would silently fall back to English in a French report, so each test lists
 * every missing key at once.
 */
class FrenchTextsTest {

  /** The dates of the broad sweep: before the GDPR, each transposition and list, and today. */
  private static final List<LocalDate> DATES = List.of(
      LocalDate.of(2016, 1, 1), LocalDate.of(2018, 9, 1), LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1), TODAY);

  /** The controller kinds of the all-unknown operations: one per regime, and a private individual. */
  private static final List<StandardControllerKind> KINDS = List.of(
      StandardControllerKind.COMPANY, StandardControllerKind.MUNICIPAL_POLICE,
      StandardControllerKind.INTELLIGENCE_OR_DEFENCE_SERVICE, StandardControllerKind.PRIVATE_INDIVIDUAL);

  /** The ids of every advice the French rulebook can give. */
  private static final Set<String> ADVICE_IDS = Set.of(
      "gdpr.36.prior-consultation", "gdpr.35-11.review", "fr.lil.90.consultation",
      "wp248.document-rebuttal", "wp248.one-criterion", "fr.cnil.transition.deadline");

  private static ResourceBundle bundle;
  private static List<Decision> sweep;
  private static List<Decision> triggers;

  @BeforeAll
  static void decide() {
    bundle = FRANCE.texts(Locale.FRENCH).orElseThrow();
    List<Decision> s = new ArrayList<>();
    for (LocalDate date : DATES) {
      s.add(FRANCE.decide(Fixtures.gdpr().build(), date));
      s.add(FRANCE.decide(Fixtures.police().build(), date));
      for (StandardControllerKind kind : KINDS) {
        s.add(FRANCE.decide(unknownExceptController(kind), date));
      }
    }
    sweep = List.copyOf(s);
    triggers = List.of(
        // GDPR art. 35(3)(a): prior consultation and review.
        FRANCE.decide(Fixtures.gdpr().profiling(true).automatedDecisions(true).build(), TODAY),
        // LIL art. 90, sensitive data: consultation of the CNIL.
        FRANCE.decide(Fixtures.police().dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH).build(), TODAY),
        // Two criteria: the presumption can be rebutted, with reasons documented.
        FRANCE.decide(Fixtures.gdpr().profiling(true).combinesDatasets(true).build(), TODAY),
        // Exactly one criterion met, below the threshold.
        FRANCE.decide(Fixtures.gdpr().profiling(true).assertCriterion(RiskCriterion.LARGE_SCALE, false).build(), TODAY),
        // A pre-2018 processing with a prior formality, during the CNIL's tolerance.
        FRANCE.decide(Fixtures.gdpr()
            .period(ProcessingPeriod.since(LocalDate.of(2017, 1, 1)))
            .priorFormality(true)
            .substantiallyModified(false)
            .build(), LocalDate.of(2019, 1, 1)));
  }

  private static ProcessingOperation unknownExceptController(StandardControllerKind kind) {
    return ProcessingOperation.builder()
        .name("unknown " + kind)
        .controller(Controller.builder().name("controller").kind(kind).build())
        .build();
  }

  private static List<Decision> allDecisions() {
    List<Decision> all = new ArrayList<>(sweep);
    all.addAll(triggers);
    return all;
  }

  private static boolean has(String key) {
    try {
      return !bundle.getString(key).isBlank();
    } catch (MissingResourceException e) {
      return false;
    }
  }

  private static SortedSet<String> missing(String prefix, Stream<String> ids) {
    SortedSet<String> missing = new TreeSet<>();
    ids.map(id -> prefix + id).filter(key -> !has(key)).forEach(missing::add);
    return missing;
  }

  /** The ids of the facts and assertions read in a trace. */
  private static Stream<String> factIds(Trace trace) {
    return trace.nodes().stream()
        .filter(t -> t.kind() == Trace.Kind.FACT || t.kind() == Trace.Kind.ASSERTED)
        .map(Trace::id)
        .filter(id -> !id.isEmpty());
  }

  /** Every fact id in a decision: its trace, each criterion finding's trace and its missing facts. */
  private static Stream<String> factIds(Decision d) {
    return Stream.of(
            factIds(d.trace()),
            d.criteria().stream().map(CriterionFinding::trace).flatMap(FrenchTextsTest::factIds),
            d.missingFacts().stream().map(MissingFact::factId))
        .flatMap(Function.identity());
  }

  private static Stream<Provision<ProcessingOperation>> provisions(Precedence<ProcessingOperation> p) {
    return Stream.concat(p.ranks().stream().flatMap(r -> r.provisions().stream()), Stream.of(p.fallback()));
  }

  @Test
  @DisplayName("every rule of the rulebook has a French title")
  void everyRuleHasATitle() {
    assertThat(FRANCE.rules()).hasSizeGreaterThanOrEqualTo(3 + 9 + 14 + 12);
    assertThat(missing("rule.", FRANCE.rules().stream().map(Rule::id))).as("missing rule titles").isEmpty();
  }

  @Test
  @DisplayName("every fact read in a broad sweep of decisions has a French description")
  void everyFactReadHasADescription() {
    SortedSet<String> ids = new TreeSet<>();
    allDecisions().stream().flatMap(FrenchTextsTest::factIds).forEach(ids::add);
    // The sweep reaches the dynamically built facts: data categories, controller kinds, purposes,
    // "only" purposes, the legal framework, the criteria and the start of the processing.
    assertThat(ids).contains(
        "data.health", "controller.notary", "purpose.fr-social-housing", "purposes.only-human-resources",
        "framework.fr-olympic-games-algorithmic-video-experiment", "criterion.large-scale",
        "period.started-before-2018-05-25");
    assertThat(missing("fact.", ids.stream())).as("missing fact descriptions").isEmpty();
  }

  @Test
  @DisplayName("every fact the rulebook accepts an answer for, and every criterion, has a French description")
  void everyAnswerableFactHasADescription() {
    assertThat(missing("fact.", FRANCE.factIds().stream())).as("missing fact descriptions").isEmpty();
    assertThat(missing("fact.", Stream.of(RiskCriterion.values()).map(Criteria::factId)))
        .as("missing criterion descriptions").isEmpty();
  }

  @Test
  @DisplayName("every advice the rulebook gives has a French text, and the scenarios trigger each one")
  void everyAdviceHasAText() {
    SortedSet<String> given = new TreeSet<>();
    allDecisions().stream().flatMap(d -> d.advice().stream()).map(Advice::id).forEach(given::add);
    assertThat(given).as("advice given by the scenarios").containsExactlyInAnyOrderElementsOf(ADVICE_IDS);
    assertThat(missing("advice.", given.stream())).as("missing advice texts").isEmpty();
  }

  @Test
  @DisplayName("the French transition advice keeps the date of the English one")
  void transitionAdviceKeepsTheDate() {
    Advice english = triggers.stream().flatMap(d -> d.advice().stream())
        .filter(a -> a.id().equals("fr.cnil.transition.deadline")).findFirst().orElseThrow();
    assertThat(english.text()).contains(Transitional.TOLERANCE_ENDS.toString());
    assertThat(bundle.getString("advice.fr.cnil.transition.deadline"))
        .contains(Transitional.TOLERANCE_ENDS.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)));
  }

  @Test
  @DisplayName("every regime has a French name")
  void everyRegimeHasAName() {
    SortedSet<String> ids = new TreeSet<>();
    Stream.of(Regimes.GDPR, Regimes.POLICE_JUSTICE, Regimes.STATE_SECURITY).map(Regime::id).forEach(ids::add);
    allDecisions().stream().flatMap(d -> d.regimes().keySet().stream()).map(Regime::id).forEach(ids::add);
    assertThat(ids).hasSize(3);
    assertThat(missing("regime.", ids.stream())).as("missing regime names").isEmpty();
  }

  @Test
  @DisplayName("every provision with a remark has a French remark")
  void everyRemarkHasAText() {
    SortedSet<String> ruleIds = new TreeSet<>();
    Stream.of(FRANCE.gdprPrecedence(), FRANCE.policeJusticePrecedence())
        .flatMap(FrenchTextsTest::provisions)
        .filter(p -> p.remark().isPresent())
        .map(p -> p.rule().id())
        .forEach(ruleIds::add);
    allDecisions().stream().flatMap(d -> d.grounds().stream())
        .filter(g -> g.remark().isPresent()).map(Ground::ruleId).forEach(ruleIds::add);
    assertThat(ruleIds).contains("gdpr.35-1.two-criteria", "fr.cnil.2019-118.item-1", "fr.cnil.2019-118.item-12");
    assertThat(missing("remark.", ruleIds.stream())).as("missing remarks").isEmpty();
  }

  @Test
  @DisplayName("every key of the bundle names a rule, fact, regime, advice or remark of the rulebook")
  void noStaleKeys() {
    Set<String> known = new TreeSet<>();
    FRANCE.rules().forEach(r -> known.add("rule." + r.id()));
    FRANCE.factIds().forEach(id -> known.add("fact." + id));
    allDecisions().stream().flatMap(FrenchTextsTest::factIds).forEach(id -> known.add("fact." + id));
    Stream.of(RiskCriterion.values()).forEach(c -> known.add("fact." + Criteria.factId(c)));
    Stream.of(Regimes.GDPR, Regimes.POLICE_JUSTICE, Regimes.STATE_SECURITY).forEach(r -> known.add("regime." + r.id()));
    ADVICE_IDS.forEach(id -> known.add("advice." + id));
    Stream.of(FRANCE.gdprPrecedence(), FRANCE.policeJusticePrecedence())
        .flatMap(FrenchTextsTest::provisions)
        .filter(p -> p.remark().isPresent())
        .forEach(p -> known.add("remark." + p.rule().id()));
    FRANCE.factIds().forEach(id -> known.add("help." + id));
    SortedSet<String> stale = new TreeSet<>(Collections.list(bundle.getKeys()));
    stale.removeAll(known);
    assertThat(stale).as("keys that name nothing in the rulebook").isEmpty();
  }

  @Test
  @DisplayName("French texts for French locales; other languages get English help texts and the rules' own titles")
  void textsByLanguage() {
    for (Locale other : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Locale.ROOT}) {
      ResourceBundle english = FRANCE.texts(other).orElseThrow();
      assertThat(english.getLocale()).isEqualTo(Locale.ROOT);
      assertThat(english.keySet()).isNotEmpty().allMatch(k -> k.startsWith("help.") && FRANCE.factIds().contains(k.substring(5)));
      assertThat(english.getString("help.criterion.large-scale")).contains("no number");
    }
    assertThat(FRANCE.texts(Locale.FRANCE)).containsSame(bundle);
    assertThat(FRANCE.texts(Locale.CANADA_FRENCH)).containsSame(bundle);
    assertThat(bundle.getLocale()).isEqualTo(Locale.FRENCH);
  }

  @Test
  @DisplayName("a French report of the baseline speaks French, with the rule titles of the bundle")
  void frenchReport() {
    Decision d = FRANCE.decide(Fixtures.gdpr().build(), TODAY);
    String title = bundle.getString("rule.gdpr.35-1.below-threshold");
    String text = Report.of(FrenchRulebook.create(), Locale.FRENCH, Report.Format.TEXT).render(d);
    assertThat(text)
        .contains("AIPD")
        .contains(title)
        .contains(bundle.getString("regime.gdpr"))
        .doesNotContain(Gdpr.BELOW_THRESHOLD.title())
        .doesNotContain("Ã");
    assertThat(title).contains("présomption de risque élevé");
  }

  @Test
  @DisplayName("every decision of the sweep renders in French without an English rule title")
  void everyFrenchReportRenders() {
    Report text = Report.of(FRANCE, Locale.FRENCH, Report.Format.TEXT);
    Report markdown = Report.of(FRANCE, Locale.FRENCH, Report.Format.MARKDOWN);
    for (Decision d : allDecisions()) {
      String rendered = text.render(d);
      assertThat(markdown.render(d)).contains("AIPD");
      for (Ground g : d.grounds()) {
        assertThat(rendered).as(d.operationName() + " on " + d.date()).contains(bundle.getString("rule." + g.ruleId()));
      }
    }
  }
}
