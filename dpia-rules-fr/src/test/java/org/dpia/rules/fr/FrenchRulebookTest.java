package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;

import org.dpia.rules.fr.lil.Lil;
import org.dpia.rules.fr.eu.Directive2016680;
import org.dpia.rules.fr.cnil.ExemptList;
import org.dpia.rules.fr.cnil.MandatoryList;
import org.dpia.rules.fr.wp248.Wp248;
import org.dpia.rules.fr.gdpr.Gdpr;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rulebook as an object: its identity, its fact ids and answers, its advice, its dates. */
class FrenchRulebookTest {

  @Test
  @DisplayName("the rulebook is found by ServiceLoader under the id 'fr', with its version, name and sources")
  void identity() {
    Rulebook found = Rulebook.find("fr").orElseThrow();
    assertThat(found).isInstanceOf(FrenchRulebook.class);
    assertThat(found.id()).isEqualTo("fr");
    assertThat(found.version()).isEqualTo(FrenchRulebook.VERSION).isNotBlank();
    assertThat(found.name()).contains("France");
    assertThat(found.sources()).contains(Gdpr.SOURCE, Lil.SOURCE, MandatoryList.SOURCE, ExemptList.SOURCE);
    assertThat(FRANCE.decide(Fixtures.gdpr().build(), TODAY).rulebookVersion()).isEqualTo(FrenchRulebook.VERSION);
  }

  @Test
  @DisplayName("every rule is listed once, the regimes and the nine criteria among them")
  void rulesListedOnce() {
    assertThat(FRANCE.jurisdiction().rules()).extracting(Rule::id).doesNotHaveDuplicates()
        .contains("fr.regime.gdpr", "wp248.criterion-5", "gdpr.35-3-b", "fr.cnil.2018-327.item-14", "fr.cnil.2019-118.item-10",
            "fr.cnil.2019-118.breathalysers", "fr.cnil.2019-118.access-control-and-working-time", "fr.cnil.2018-326.pre-2018-dispensed",
            "gdpr.recital-91", "fr.lil.90.two-criteria", "fr.loi-2023-380.art-10", "fr.lil.title-iv.no-dpia");
    for (RiskCriterion c : RiskCriterion.values()) {
      assertThat(Wp248.rule(c).id()).isEqualTo("wp248.criterion-" + c.number());
    }
  }

  @Test
  @DisplayName("every source a rule, a regime or a piece of advice cites is among the rulebook's sources, listed in LEGAL-SOURCES.md")
  void everyCitedSourceIsListed() {
    java.util.Set<org.dpia.core.law.LegalSource> cited = new java.util.LinkedHashSet<>();
    for (Rule<?> r : FRANCE.jurisdiction().rules()) {
      collect(r.condition(), cited);
      r.citations().forEach(c -> cited.add(c.source()));
    }
    FRANCE.jurisdiction().regimes().keySet().forEach(reg -> reg.citations().forEach(c -> cited.add(c.source())));
    assertThat(FRANCE.sources()).containsAll(cited);
  }

  /** The sources cited by the rules nested in a condition (criteria, large-scale readings). */
  private static void collect(org.dpia.core.logic.Condition<?> condition, java.util.Set<org.dpia.core.law.LegalSource> into) {
    if (condition instanceof Rule<?> rule) {
      rule.citations().forEach(c -> into.add(c.source()));
      collect(rule.condition(), into);
      return;
    }
    for (org.dpia.core.logic.Condition<?> child : condition.operands()) {
      collect(child, into);
    }
  }

  @Test
  @DisplayName("the law changes on the days its rules start or stop being in force")
  void lawChangeDates() {
    assertThat(FRANCE.lawChangeDates()).contains(
        LocalDate.of(2017, 10, 4), LocalDate.of(2018, 5, 25), LocalDate.of(2018, 6, 22), LocalDate.of(2018, 11, 7),
        LocalDate.of(2019, 1, 31), LocalDate.of(2019, 6, 1), LocalDate.of(2019, 10, 23), LocalDate.of(2021, 5, 26),
        LocalDate.of(2023, 8, 31), LocalDate.of(2025, 4, 1));
    assertThat(FRANCE.lawChangeDates()).doesNotContain(LocalDate.of(2025, 3, 31), LocalDate.of(2021, 5, 25));
  }

  @Nested
  @DisplayName("answers by fact id")
  class Answers {

    @Test
    @DisplayName("the fact ids the rules read are known, the criteria's and the regimes' among them")
    void factIds() {
      assertThat(FRANCE.jurisdiction().factIds()).contains("personal-data", "controller.competent-authority", "data.health",
          Wp248.conclusion(RiskCriterion.LARGE_SCALE).id(), "period.started-before-2018-05-25", "framework.fr-olympic-games-algorithmic-video-experiment");
    }

    @Test
    @DisplayName("an answer about a fact the rulebook does not read is refused, naming it")
    void unknownFactRefused() {
      assertThatThrownBy(() -> FRANCE.decide(Fixtures.gdpr().build(), TODAY, Map.of("no.such.fact", Truth.TRUE)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.fact");
    }

    @Test
    @DisplayName("contradictory answers are refused: health data is a special category")
    void contradictionRefused() {
      assertThatThrownBy(() -> FRANCE.decide(Fixtures.gdpr().build(), TODAY,
          Map.of("data.health", Truth.TRUE, "data.special-categories", Truth.FALSE)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contradictory");
    }

    @Test
    @DisplayName("answering 'health data: yes' implies a special category: LIL art. 90 then requires a DPIA of the police")
    void implicationsApply() {
      ProcessingOperation police = Fixtures.police().dataCategories(FactSet.atLeast(DataCategory.IDENTIFICATION)).build();
      assertThat(FRANCE.decide(police, TODAY).outcome()).isEqualTo(Outcome.UNDETERMINED);
      Decision d = FRANCE.decide(police, TODAY, Map.of("data.health", Truth.TRUE));
      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(d.decisiveGrounds()).extracting(g -> g.ruleId()).containsExactly("fr.lil.90.sensitive-data");
      assertThat(d.answers()).containsExactly(Map.entry("data.health", Truth.TRUE));
    }

    @Test
    @DisplayName("answering 'no sensitive data' implies no health data")
    void contrapositiveApplies() {
      ProcessingOperation police = Fixtures.police().dataCategories(FactSet.atLeast(DataCategory.IDENTIFICATION)).build();
      Decision d = FRANCE.decide(police, TODAY, Map.of("data.sensitive-or-highly-personal", Truth.FALSE));
      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    }

    @Test
    @DisplayName("answering 'images are analysed by algorithms' implies an innovative, monitoring technology")
    void videoAnalysisImplications() {
      ProcessingOperation op = Fixtures.gdpr()
          .technologies(FactSet.atLeast(StandardTechnology.VIDEO_SURVEILLANCE))
          .places(org.dpia.core.model.StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
          .build();
      Decision d = FRANCE.decide(op, TODAY, Map.of("technology.algorithmic-video-analysis", Truth.TRUE));
      assertThat(d.criteriaMet()).contains(RiskCriterion.SYSTEMATIC_MONITORING, RiskCriterion.INNOVATIVE_USE_OF_TECHNOLOGY);
      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
    }
  }

  @Nested
  @DisplayName("advice")
  class AdviceGiven {

    ProcessingOperation gdprRequired() {
      return Fixtures.gdpr().dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH).assertCriterion(RiskCriterion.LARGE_SCALE, true).build();
    }

    @Test
    @DisplayName("a DPIA required under the GDPR: prior consultation (art. 36) and review (art. 35(11)), no LIL art. 90 consultation")
    void gdprAdvice() {
      assertThat(FRANCE.decide(gdprRequired(), TODAY).advice()).extracting(Advice::id)
          .contains("gdpr.36.prior-consultation", "gdpr.35-11.review").doesNotContain("fr.lil.90.consultation");
    }

    @Test
    @DisplayName("a DPIA required under police-justice: the LIL art. 90 consultation, not GDPR art. 36")
    void policeAdvice() {
      ProcessingOperation op = Fixtures.police().dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH).build();
      assertThat(FRANCE.decide(op, TODAY).advice()).extracting(Advice::id)
          .contains("fr.lil.90.consultation").doesNotContain("gdpr.36.prior-consultation");
    }

    @Test
    @DisplayName("no DPIA required: no consultation advice")
    void noAdviceWhenNotRequired() {
      assertThat(FRANCE.decide(Fixtures.gdpr().build(), TODAY).advice()).extracting(Advice::id)
          .doesNotContain("gdpr.36.prior-consultation", "gdpr.35-11.review", "fr.lil.90.consultation", "wp248.one-criterion");
    }

    @Test
    @DisplayName("the transitional tolerance advises the deadline of 25 May 2021")
    void transitionalAdvice() {
      ProcessingOperation op = Fixtures.gdpr().dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
          .assertCriterion(RiskCriterion.LARGE_SCALE, true)
          .period(ProcessingPeriod.since(LocalDate.of(2015, 1, 1))).priorFormality(true).substantiallyModified(false).build();
      Decision d = FRANCE.decide(op, LocalDate.of(2020, 1, 1));
      assertThat(d.advice()).extracting(Advice::id).containsExactly("fr.cnil.transition.deadline");
      assertThat(d.advice().get(0).text()).contains("2021-05-25");
    }

    @Test
    @DisplayName("a regime unknown but a DPIA required under both: the advice of both regimes")
    void adviceUnderEveryPossibleRegime() {
      ProcessingOperation op = RegimeCaseSplitTest.localAuthorityHealthData().build();
      Decision d = FRANCE.decide(op, TODAY);
      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(d.advice()).extracting(Advice::id).contains("gdpr.36.prior-consultation", "fr.lil.90.consultation");
      assertThat(d.trace().toString()).contains("which regime governs is not known, but every regime that may govern gives the same outcome");
    }

    @Test
    @DisplayName("a known regime: no note that the regime is unknown")
    void noNoteWhenRegimeKnown() {
      assertThat(FRANCE.decide(gdprRequired(), TODAY).trace().toString()).doesNotContain("which regime governs is not known");
    }
  }

  @Test
  @DisplayName("French vocabulary terms have stable ids prefixed FR_ and labels")
  void frenchVocabulary() {
    for (FrenchPurpose p : FrenchPurpose.values()) {
      assertThat(p.id()).isEqualTo("FR_" + p.name());
      assertThat(p.label()).isNotBlank();
    }
    for (FrenchLegalFramework f : FrenchLegalFramework.values()) {
      assertThat(f.id()).isEqualTo("FR_" + f.name());
      assertThat(f.label()).contains("Act no. 2023-380");
      assertThat(f.text().in(Locale.FRENCH)).contains("loi n° 2023-380");
    }
  }

  @Test
  @DisplayName("citations print as a lawyer writes them, in English and in French")
  void citations() {
    assertThat(Gdpr.article("10")).hasToString("GDPR art. 10");
    assertThat(Gdpr.article("35", "3", "b").label(Locale.FRENCH)).isEqualTo("RGPD art. 35(3)(b)");
    assertThat(Gdpr.recital("91")).hasToString("GDPR, recital 91");
    assertThat(Gdpr.recital("91").label(Locale.FRENCH)).isEqualTo("RGPD, considérant 91");
    assertThat(MandatoryList.item(11, null).wording()).isEmpty();
    assertThat(MandatoryList.item(2, "x").wording()).contains("x");
    assertThat(MandatoryList.item(2, "x")).hasToString("CNIL deliberation no. 2018-327, item 2");
    assertThat(MandatoryList.item(2, "x").label(Locale.FRENCH)).isEqualTo("CNIL délib. n° 2018-327, n° 2");
    assertThat(Gdpr.SOURCE.shortTitle()).as("in the language of the text quoted").isEqualTo("RGPD");
  }

  @Test
  @DisplayName("the purpose facts read the purposes: 'a purpose is X' and 'the only purposes are'")
  void purposeFacts() {
    ProcessingOperation op = Fixtures.gdpr().purposes(StandardPurpose.MARKETING, StandardPurpose.CUSTOMER_RELATIONSHIP_MANAGEMENT).build();
    assertThat(Facts.purpose(StandardPurpose.MARKETING).read(op, Fixtures.TODAY)).isEqualTo(Truth.TRUE);
    assertThat(Facts.purpose(StandardPurpose.PATIENT_CARE).read(op, Fixtures.TODAY)).isEqualTo(Truth.FALSE);
    assertThat(Facts.data(DataCategory.HEALTH).read(op, Fixtures.TODAY)).isEqualTo(Truth.FALSE);
    assertThat(Facts.controller(StandardControllerKind.COMPANY).read(op, Fixtures.TODAY)).isEqualTo(Truth.TRUE);
    assertThat(Facts.framework(FrenchLegalFramework.OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT).read(op, Fixtures.TODAY)).isEqualTo(Truth.FALSE);
  }

  @Test
  @DisplayName("the deciding rules recorded when deciding include every decisive ground of the explanation")
  void decisiveRuleIdsMatchTheExplanation() {
    for (ProcessingOperation op : java.util.List.of(Fixtures.gdpr().build(), Fixtures.police().build(),
        new AdviceGiven().gdprRequired(), RegimeCaseSplitTest.localAuthorityHealthData().build())) {
      for (LocalDate date : java.util.List.of(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 1, 1), TODAY)) {
        Decision d = FRANCE.decide(op, date);
        assertThat(d.decisiveRuleIds()).as("%s on %s", op.name(), date)
            .containsAll(d.decisiveGrounds().stream().map(g -> g.ruleId()).collect(java.util.stream.Collectors.toList()))
            .isNotEmpty();
      }
    }
  }
}
