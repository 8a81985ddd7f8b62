package org.dpia.rules.fr.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dpia.core.audit.Audit;
import org.dpia.core.audit.Compliance;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.audit.Finding;
import org.dpia.core.audit.Segment;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DpiaElement;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.DpoAdvice;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.ResidualRisk;
import org.dpia.core.report.Report;
import org.dpia.core.time.DateRange;
import org.dpia.rules.fr.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What GDPR art. 35 and 36(1) require of a DPIA, as the French rulebook's audits check it: a health
 * registry that a DPIA is required for from its first day (art. 35(3)(b)), with a DPIA done before.
 */
@DisplayName("GDPR arts. 35(1), 35(2), 35(7), 35(11) and 36(1) in audits")
class Article35AuditTest {

  static final LocalDate START = LocalDate.of(2020, 1, 1);
  static final LocalDate AS_OF = LocalDate.of(2022, 1, 1);

  static ProcessingOperation.Builder registry() {
    return Fixtures.gdpr()
        .name("health registry")
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
        .assertCriterion(RiskCriterion.LARGE_SCALE, true)
        .period(ProcessingPeriod.since(START));
  }

  /** Done a month before the processing, naming it, with every point stated as met. */
  static DpiaRecord.Builder sound() {
    return DpiaRecord.builder().title("AIPD registre").completedOn(LocalDate.of(2019, 12, 1)).addVersions("health registry")
        .contains(DpiaElement.values()).dpoAdvice(DpoAdvice.SOUGHT).residualRisk(ResidualRisk.NOT_HIGH);
  }

  static Audit audit(DpiaRecord dpia) {
    return FRANCE.audit(registry().addDpias(dpia).build(), AS_OF);
  }

  @Test
  @DisplayName("a sound DPIA done before the processing: the duty is met throughout")
  void sound_() {
    Audit a = audit(sound().build());

    assertThat(a.metPeriods()).containsExactly(DateRange.of(START, AS_OF));
    assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).summary(a)).endsWith("duty met throughout.");
  }

  @Test
  @DisplayName("a DPIA without the necessity assessment: lacks required content from the processing's start, citing art. 35(7)(b)")
  void lacksNecessity() {
    DpiaRecord dpia = sound().contents(List.of(DpiaElement.DESCRIPTION, DpiaElement.RISK_ASSESSMENT, DpiaElement.MEASURES))
        .lacks(DpiaElement.NECESSITY_AND_PROPORTIONALITY).build();

    Audit a = audit(dpia);

    assertThat(a.breachedPeriods()).containsExactly(DateRange.of(START, AS_OF));
    assertThat(a.on(START).orElseThrow().findings()).containsExactly(
        new Finding(BreachReason.LACKS_CONTENT, Truth.TRUE, List.of(DpiaElement.NECESSITY_AND_PROPORTIONALITY), List.of(Article35.ART_35_7_B)));
    assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).render(a))
        .contains("the DPIA lacks content the law requires: an assessment of the necessity and proportionality of the processing — GDPR art. 35(7)(b) [one source]");
    assertThat(Report.of(Locale.FRENCH, Report.Format.TEXT).render(a))
        .contains("l'AIPD ne contient pas tout ce que la loi exige : une évaluation de la nécessité et de la proportionnalité du traitement — RGPD art. 35(7)(b)");
  }

  @Test
  @DisplayName("high residual risk and the CNIL not consulted: prior consultation missing, citing art. 36(1)")
  void priorConsultationMissing() {
    Audit a = audit(sound().residualRisk(ResidualRisk.HIGH).authorityConsulted(false).build());

    assertThat(a.breachedPeriods()).containsExactly(DateRange.of(START, AS_OF));
    assertThat(a.on(START).orElseThrow().findings())
        .containsExactly(Finding.of(BreachReason.PRIOR_CONSULTATION_MISSING, Truth.TRUE, List.of(Gdpr.ART_36_1)));
    assertThat(Report.of(Locale.ENGLISH, Report.Format.MARKDOWN).render(a))
        .contains("high residual risk without prior consultation of the supervisory authority");
    assertThat(Report.of(Locale.FRENCH, Report.Format.MARKDOWN).render(a))
        .contains("risque résiduel élevé sans consultation préalable de l'autorité de contrôle");
  }

  @Test
  @DisplayName("the DPO's advice not sought: breached, citing art. 35(2); no DPO designated: met")
  void dpo() {
    assertThat(audit(sound().dpoAdvice(DpoAdvice.NOT_SOUGHT).build()).on(START).orElseThrow().findings())
        .containsExactly(Finding.of(BreachReason.DPO_NOT_CONSULTED, Truth.TRUE, List.of(Article35.ART_35_2)));
    assertThat(audit(sound().dpoAdvice(DpoAdvice.NO_DPO_DESIGNATED).build()).metPeriods()).containsExactly(DateRange.of(START, AS_OF));
  }

  @Test
  @DisplayName("no DPIA: breached from the start, citing art. 35(1) and its « avant le traitement »")
  void noDpia() {
    Audit a = FRANCE.audit(registry().build(), AS_OF);

    Segment s = a.on(START).orElseThrow();
    assertThat(s.findings()).containsExactly(Finding.of(BreachReason.NO_DPIA, Truth.TRUE, List.of(Article35.BEFORE_PROCESSING)));
    assertThat(Article35.BEFORE_PROCESSING.wording()).hasValueSatisfying(w -> assertThat(w).contains("avant le traitement"));
  }

  @Test
  @DisplayName("a DPIA that states nothing of its content: compliance undetermined, each part named, never met")
  void nothingStated() {
    Audit a = audit(DpiaRecord.builder().title("AIPD").completedOn(LocalDate.of(2019, 12, 1)).addVersions("health registry").build());

    assertThat(a.metPeriods()).isEmpty();
    Segment s = a.on(START).orElseThrow();
    assertThat(s.compliance()).isEqualTo(Compliance.UNDETERMINED);
    assertThat(s.openPoints()).extracting(Finding::reason)
        .containsExactly(BreachReason.LACKS_CONTENT, BreachReason.DPO_NOT_CONSULTED, BreachReason.PRIOR_CONSULTATION_MISSING);
    assertThat(s.openPoints().get(0).citations())
        .containsExactly(Article35.ART_35_7_A, Article35.ART_35_7_B, Article35.ART_35_7_C, Article35.ART_35_7_D);
  }

  @Test
  @DisplayName("the requirements apply only while the GDPR does: from 25 May 2018")
  void datedWithTheGdpr() {
    assertThat(Article35.REQUIREMENTS).allSatisfy(r -> {
      assertThat(r.regime()).isEqualTo(Gdpr.REGIME);
      assertThat(r.citation().inForceOn(Gdpr.APPLIES_FROM)).isTrue();
      assertThat(r.citation().inForceOn(Gdpr.APPLIES_FROM.minusDays(1))).isFalse();
    });
    assertThat(Gdpr.ART_36_1.inForceOn(Gdpr.APPLIES_FROM.minusDays(1))).isFalse();
    assertThat(FRANCE.lawChangeDates()).contains(Gdpr.APPLIES_FROM);
  }
}
