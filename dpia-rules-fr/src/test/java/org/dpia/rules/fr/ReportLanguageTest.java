package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.report.Report;
import org.dpia.core.text.Text;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A report of French law speaks the reader's language: the short titles of the sources, the parts
 * of a source named in words (a recital, the two-criteria rule, an item cited by its content) and
 * the labels are in English or in French throughout; only the French legal wording the report
 * quotes, between « », stays French (and English wording stays English). And no report names a
 * fact or a rule by its id.
 */
@DisplayName("Reports of French law speak one language and show no ids")
class ReportLanguageTest {

  private static List<Decision> decisions;

  @BeforeAll
  static void decide() {
    List<Decision> all = new ArrayList<>();
    for (LocalDate date : List.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 7, 1), LocalDate.of(2019, 1, 1), TODAY)) {
      all.add(FRANCE.decide(Fixtures.gdpr().build(), date));
      all.add(FRANCE.decide(Fixtures.police().build(), date));
      all.add(FRANCE.decide(briefcam(), date));
      all.add(FRANCE.decide(Fixtures.police().dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH).build(), date));
    }
    all.add(FRANCE.decide(Fixtures.gdpr().profiling(true).automatedDecisions(true).build(), TODAY));
    all.add(FRANCE.decide(Fixtures.gdpr().profiling(true).combinesDatasets(true).build(), TODAY));
    all.add(FRANCE.decide(Fixtures.gdpr().profiling(true).assertCriterion(RiskCriterion.LARGE_SCALE, false).build(), TODAY));
    all.add(FRANCE.decide(Fixtures.gdpr().dataCategories(DataCategory.HEALTH).dataSubjects(DataSubjectCategory.PATIENTS)
        .controller(Controller.builder().name("Dr Martin").kind(StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL).build())
        .purposes(StandardPurpose.PATIENT_CARE).build(), TODAY));
    all.add(FRANCE.decide(Fixtures.gdpr().period(ProcessingPeriod.since(LocalDate.of(2017, 1, 1))).priorFormality(true)
        .substantiallyModified(false).build(), LocalDate.of(2019, 1, 1)));
    all.add(FRANCE.decide(ProcessingOperation.builder().name("nothing known yet")
        .controller(Controller.builder().name("the controller").build()).build(), TODAY));
    all.add(FRANCE.decide(Fixtures.gdpr().build(), TODAY, Map.of("criterion.large-scale", Truth.TRUE)));
    all.add(answeringAFactNotRead());
    decisions = List.copyOf(all);
  }

  static ProcessingOperation briefcam() {
    return ProcessingOperation.builder()
        .name("BriefCam video analytics — Lille municipal police")
        .controller(Controller.of("Ville de Lille", StandardControllerKind.MUNICIPAL_POLICE))
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
        .dataCategories(DataCategory.IMAGES, DataCategory.LICENCE_PLATES)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.CITY).permanence(Scale.Permanence.PERMANENT).build())
        .period(ProcessingPeriod.of(LocalDate.of(2022, 11, 1), LocalDate.of(2025, 1, 31)))
        .build();
  }

  /**
   * A police file with an answer about a fact that the decision does not read (the first such, in
   * the order of their ids): the report must still name it in words.
   */
  static Decision answeringAFactNotRead() {
    Decision unanswered = FRANCE.decide(Fixtures.police().build(), TODAY);
    for (String id : FRANCE.jurisdiction().factIds()) {
      if (unanswered.trace().reads(id)) {
        continue;
      }
      try {
        Decision d = FRANCE.decide(Fixtures.police().build(), TODAY, Map.of(id, Truth.FALSE));
        if (!d.trace().reads(id)) {
          return d;
        }
      } catch (IllegalArgumentException contradicts) {
        // an answer that contradicts what the description implies: try the next fact
      }
    }
    throw new AssertionError("every fact is read by the police file's decision");
  }

  /** Every report of the sweep: the decisions and the BriefCam audit, in the language and both formats. */
  private static List<String> reports(Locale locale) {
    List<String> reports = new ArrayList<>();
    for (Report.Format format : Report.Format.values()) {
      Report report = Report.of(locale, format);
      decisions.forEach(d -> reports.add(report.render(d)));
      reports.add(report.render(FRANCE.audit(briefcam())));
    }
    return reports;
  }

  /** The report without the wording it quotes between « and ». */
  private static String unquoted(String report) {
    return report.replaceAll("« [^»]*»", "« … »");
  }

  private static Stream<Citation> citations(Decision d) {
    return Stream.of(
            d.grounds().stream().flatMap(g -> g.citations().stream()),
            d.advice().stream().flatMap(a -> a.citations().stream()),
            d.regimes().keySet().stream().flatMap(r -> r.citations().stream()))
        .flatMap(s -> s);
  }

  @Test
  @DisplayName("an English report of French law has no French label outside the French wording it quotes")
  void englishReportsHaveNoFrenchLabels() {
    for (String report : reports(Locale.ENGLISH)) {
      assertThat(unquoted(report)).doesNotContain("RGPD", "considérant", "délib", "CJUE", "n° ", "Décret", "décret", "Ord. ",
          "[lecture]", "[en substance]", "[une seule source]", "\\[lecture\\]");
    }
    assertThat(reports(Locale.ENGLISH)).anySatisfy(r -> assertThat(r).contains("GDPR art. 35(1)"))
        .anySatisfy(r -> assertThat(r).contains("GDPR, recital 91"))
        .anySatisfy(r -> assertThat(r).contains("CNIL deliberation no. 2018-326, two-criteria rule"));
  }

  @Test
  @DisplayName("a French report of French law names every part of a source in French, and has no English label")
  void frenchReportsHaveNoEnglishLabels() {
    Set<Text> parts = new LinkedHashSet<>();
    decisions.forEach(d -> citations(d).forEach(c -> c.part().ifPresent(parts::add)));
    assertThat(parts).as("the sweep cites parts named in words").contains(Gdpr.recital("91").part().orElseThrow());
    assertThat(parts).allSatisfy(p -> assertThat(p.in("fr")).as("French for %s", p).isPresent());
    List<String> french = reports(Locale.FRENCH);
    for (String report : french) {
      String labels = unquoted(report);
      assertThat(labels).doesNotContain("GDPR", "recital", ", item ", "two-criteria rule", "deliberation", "[reading]",
          "[substance only]", "[one source]", "\\[reading\\]");
      parts.stream().filter(p -> !p.english().equals(p.in(Locale.FRENCH))).forEach(p -> assertThat(labels).doesNotContain(p.english()));
    }
    assertThat(french).anySatisfy(r -> assertThat(r).contains("RGPD, considérant 91"))
        .anySatisfy(r -> assertThat(r).contains("CNIL délib. n° 2018-326, règle des deux critères"));
  }

  @Test
  @DisplayName("every source of the French rulebook has a short title in English and in French, and its own is its language's")
  void everySourceHasShortTitlesInBothLanguages() {
    for (LegalSource s : FRANCE.sources()) {
      assertThat(s.shortTitle(Locale.ENGLISH)).as(s.id()).doesNotContain("RGPD", "délib", "CJUE", "n° ", "avril", "Décret", "Ord.");
      assertThat(s.shortTitle()).as(s.id()).isEqualTo(s.shortTitle(Locale.forLanguageTag(s.language())));
    }
    assertThat(Gdpr.SOURCE.shortTitle(Locale.ENGLISH)).isEqualTo("GDPR");
    assertThat(Gdpr.SOURCE.shortTitle(Locale.FRENCH)).isEqualTo("RGPD");
  }

  @Test
  @DisplayName("no report, in English or French, text or Markdown, names a fact or a rule by its id")
  void noIds() {
    // the ids of facts and rules, those that could not be mistaken for words ("continuous" could)
    Set<String> ids = new LinkedHashSet<>(FRANCE.jurisdiction().factIds());
    FRANCE.jurisdiction().rules().forEach(r -> ids.add(r.id()));
    ids.removeIf(id -> !id.contains("."));
    assertThat(ids).contains("purpose.state-security", "criterion.large-scale", "data.health", "gdpr.35-1.two-criteria");
    Decision answered = answeringAFactNotRead();
    String id = answered.answers().keySet().iterator().next();
    assertThat(answered.trace().reads(id)).as("the decision does not read %s", id).isFalse();
    Text description = answered.explanation().answeredFacts().get(id);
    assertThat(Report.of(Locale.FRENCH, Report.Format.TEXT).render(answered)).contains("* " + description.in(Locale.FRENCH) + " : non");
    assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).render(answered)).contains("* " + description.english() + ": no");

    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      for (String report : reports(locale)) {
        assertThat(ids).as("ids in a %s report", locale).noneSatisfy(i -> assertThat(report).contains(i));
      }
    }
  }
}
