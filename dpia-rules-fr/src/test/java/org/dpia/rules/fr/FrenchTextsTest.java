package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Regime;
import org.dpia.core.decision.spi.Precedence;
import org.dpia.core.decision.spi.Provision;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Trace;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.report.Report;
import org.dpia.core.text.Text;
import org.dpia.rules.fr.cnil.Transition2018;
import org.dpia.rules.fr.gdpr.Article35;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The French rulebook speaks French: every rule, fact, regime, advice and remark carries its French
 * text beside its English one, in the file of its source; the bundles hold only the longer help
 * texts of the questions, keyed by facts the rules read.
 */
@DisplayName("French texts of the French rulebook")
class FrenchTextsTest {

  private static final List<LocalDate> DATES = List.of(
      LocalDate.of(2017, 1, 1), LocalDate.of(2018, 7, 1), TODAY);

  private static List<Decision> decisions;

  @BeforeAll
  static void decide() {
    List<Decision> all = new ArrayList<>();
    for (LocalDate date : DATES) {
      all.add(FRANCE.decide(Fixtures.gdpr().build(), date));
      all.add(FRANCE.decide(Fixtures.police().build(), date));
      for (StandardControllerKind kind : StandardControllerKind.values()) {
        all.add(FRANCE.decide(ProcessingOperation.builder().name("unknown " + kind)
            .controller(Controller.builder().name("controller").kind(kind).build()).build(), date));
      }
    }
    all.add(FRANCE.decide(Fixtures.gdpr().profiling(true).automatedDecisions(true).build(), TODAY));
    all.add(FRANCE.decide(Fixtures.police().dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH).build(), TODAY));
    all.add(FRANCE.decide(Fixtures.gdpr().profiling(true).combinesDatasets(true).build(), TODAY));
    all.add(FRANCE.decide(Fixtures.gdpr().profiling(true).assertCriterion(RiskCriterion.LARGE_SCALE, false).build(), TODAY));
    all.add(FRANCE.decide(Fixtures.gdpr().period(ProcessingPeriod.since(LocalDate.of(2017, 1, 1))).priorFormality(true)
        .substantiallyModified(false).build(), LocalDate.of(2019, 1, 1)));
    decisions = List.copyOf(all);
  }

  private static boolean french(Text text) {
    return text.in("fr").filter(t -> !t.isBlank() && !t.equals(text.english())).isPresent();
  }

  private static Stream<Provision<ProcessingOperation>> provisions(Precedence<ProcessingOperation> p) {
    return Stream.concat(p.ranks().stream().flatMap(r -> r.provisions().stream()), Stream.of(p.fallback()));
  }

  @Test
  @DisplayName("every rule of the rulebook has a French title")
  void everyRuleHasAFrenchTitle() {
    assertThat(FRANCE.jurisdiction().rules()).allSatisfy(r -> assertThat(french(r.text())).as(r.id()).isTrue());
  }

  @Test
  @DisplayName("every fact any rule reads has a French description")
  void everyFactHasAFrenchDescription() {
    SortedSet<String> missing = new TreeSet<>();
    for (Rule<ProcessingOperation> rule : FRANCE.jurisdiction().rules()) {
      for (Fact<ProcessingOperation> f : rule.facts()) {
        if (!french(f.text())) {
          missing.add(f.id());
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(FRANCE.jurisdiction().rules().stream().flatMap(r -> r.facts().stream()).map(Fact::id))
        .contains("criterion.large-scale", "data.health", "purpose.fr-social-housing", "controller.fr-notary");
  }

  @Test
  @DisplayName("every regime, advice and remark has French text, and the decisions give every advice")
  void everyRegimeAdviceAndRemarkIsInFrench() {
    for (Regime r : FRANCE.jurisdiction().regimes().keySet()) {
      assertThat(french(r.text())).as(r.id()).isTrue();
      provisions(FRANCE.jurisdiction().precedence(r)).forEach(p ->
          p.remark().ifPresent(remark -> assertThat(french(remark)).as("remark of " + p.rule().id()).isTrue()));
    }
    List<Advice> given = decisions.stream().flatMap(d -> d.advice().stream()).toList();
    assertThat(given).extracting(Advice::id).contains("gdpr.36.prior-consultation", "gdpr.35-11.review",
        "fr.lil.90.consultation", "wp248.document-rebuttal", "wp248.one-criterion", "fr.cnil.transition.deadline");
    assertThat(given).allSatisfy(a -> assertThat(french(a.texts())).as(a.id()).isTrue());
  }

  @Test
  @DisplayName("the French transition advice keeps the date of the English one")
  void transitionAdviceKeepsTheDate() {
    assertThat(Transition2018.DEADLINE.texts().english()).contains("2021-05-25");
    assertThat(Transition2018.DEADLINE.texts().in(Locale.FRENCH)).contains("25 mai 2021");
  }

  @Test
  @DisplayName("every fact read in the decisions, and every criterion, has a French description")
  void everyFactReadIsInFrench() {
    SortedSet<String> missing = new TreeSet<>();
    for (Decision d : decisions) {
      for (Trace t : d.trace().nodes()) {
        if ((t.kind() == Trace.Kind.FACT || t.kind() == Trace.Kind.ASSERTED) && !t.id().isEmpty() && !french(t.text())) {
          missing.add(t.id());
        }
      }
      d.missingFacts().forEach(m -> {
        if (!french(m.description())) {
          missing.add(m.factId());
        }
      });
    }
    assertThat(missing).isEmpty();
  }

  @Test
  @DisplayName("the bundles hold questions and help texts, each about a fact the rules read or a topic of the questionnaire, the same keys in both languages")
  void bundlesHoldQuestionsAndHelp() {
    Set<String> topics = new TreeSet<>();
    FRANCE.interviewPlan().topics().forEach(t -> topics.add(t.id()));
    Set<String> facts = FRANCE.jurisdiction().factIds();
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      ResourceBundle bundle = FRANCE.texts(locale).orElseThrow();
      List<String> keys = Collections.list(bundle.getKeys());
      assertThat(keys).isNotEmpty().allSatisfy(k -> {
        if (k.startsWith("help.choice.") || k.startsWith("choice.")) {
          assertThat(topics).contains(k.substring(k.indexOf("choice.") + "choice.".length()));
        } else if (k.startsWith("question.")) {
          assertThat(facts).contains(k.substring("question.".length()));
        } else {
          assertThat(k).startsWith("help.");
          assertThat(facts).contains(k.substring("help.".length()));
        }
      });
      // every fact has its question, every topic its question and help, written as questions
      facts.forEach(f -> assertThat(bundle.getString("question." + f)).as(f).endsWith("?"));
      topics.forEach(t -> assertThat(bundle.getString("choice." + t)).as(t).endsWith("?"));
      topics.forEach(t -> assertThat(bundle.getString("help.choice." + t)).as(t).isNotBlank());
    }
    assertThat(Collections.list(FRANCE.texts(Locale.ENGLISH).orElseThrow().getKeys()))
        .containsExactlyInAnyOrderElementsOf(Collections.list(FRANCE.texts(Locale.FRENCH).orElseThrow().getKeys()));
    assertThat(FRANCE.texts(Locale.ENGLISH).orElseThrow().getString("help.criterion.large-scale")).contains("no number");
    assertThat(FRANCE.texts(Locale.FRENCH).orElseThrow().getString("question.data.health")).isEqualTo("Des données concernant la santé sont-elles traitées ?");
    assertThat(FRANCE.texts(Locale.ENGLISH).orElseThrow().getString("question.data.health")).isEqualTo("Is data concerning health processed?");
    assertThat(FRANCE.texts(Locale.CANADA_FRENCH)).containsSame(FRANCE.texts(Locale.FRENCH).orElseThrow());
  }

  @Test
  @DisplayName("a French report of the baseline speaks French: the rule's French title, the regime's French name")
  void frenchReport() {
    String report = Report.of(Locale.FRENCH, Report.Format.TEXT).render(FRANCE.decide(Fixtures.gdpr().build(), TODAY));
    assertThat(report)
        .contains(Article35.BELOW_THRESHOLD.text().in(Locale.FRENCH))
        .contains(Gdpr.REGIME.text().in(Locale.FRENCH))
        .doesNotContain(Article35.BELOW_THRESHOLD.title());
  }

  @Test
  @DisplayName("no decision of the sweep renders an English rule title in French")
  void everyFrenchReportRenders() {
    Report fr = Report.of(Locale.FRENCH, Report.Format.MARKDOWN);
    for (Decision d : decisions) {
      String report = fr.render(d);
      d.grounds().forEach(g -> assertThat(report).contains(g.title().in(Locale.FRENCH)).doesNotContain(g.title().english()));
    }
  }
}
