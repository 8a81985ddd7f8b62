package org.dpia.rules.fr.lil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dpia.core.audit.Audit;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.audit.Finding;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DpiaElement;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.DpoAdvice;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ResidualRisk;
import org.dpia.core.report.Report;
import org.dpia.core.time.DateRange;
import org.dpia.rules.fr.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What LIL art. 90 (with art. 27 of Directive 2016/680) requires of a DPIA under the police-justice
 * regime, as audits check it: a police file of biometric data, required from its start in 2020.
 */
@DisplayName("LIL art. 90 and Directive 2016/680 art. 27 in audits")
class TitleIIIAuditTest {

  static final LocalDate START = LocalDate.of(2020, 1, 1);
  static final LocalDate AS_OF = LocalDate.of(2022, 1, 1);

  static ProcessingOperation.Builder biometricFile() {
    return Fixtures.police().dataCategories(DataCategory.IDENTIFICATION, DataCategory.BIOMETRIC);
  }

  static DpiaRecord.Builder sound() {
    return DpiaRecord.builder().title("AIPD fichier").completedOn(LocalDate.of(2019, 12, 1)).addVersions("investigation file")
        .contains(DpiaElement.DESCRIPTION, DpiaElement.RISK_ASSESSMENT, DpiaElement.MEASURES).residualRisk(ResidualRisk.NOT_HIGH);
  }

  static Audit audit(DpiaRecord dpia) {
    return FRANCE.audit(biometricFile().addDpias(dpia).build(), AS_OF);
  }

  @Test
  @DisplayName("the directive asks for no necessity assessment: a DPIA without one, and with the other three parts, meets the duty")
  void noNecessityPart() {
    Audit a = audit(sound().lacks(DpiaElement.NECESSITY_AND_PROPORTIONALITY).dpoAdvice(DpoAdvice.NOT_SOUGHT).build());

    assertThat(a.on(START).orElseThrow().decision().regime()).contains(TitleIII.REGIME);
    assertThat(a.metPeriods()).containsExactly(DateRange.of(START, AS_OF));
  }

  @Test
  @DisplayName("a DPIA without the risk assessment lacks required content, citing art. 27(2) of the directive as a reading")
  void lacksRisks() {
    DpiaRecord dpia = sound().contents(List.of(DpiaElement.DESCRIPTION, DpiaElement.MEASURES)).lacks(DpiaElement.RISK_ASSESSMENT).build();

    Audit a = audit(dpia);

    assertThat(a.breachedPeriods()).containsExactly(DateRange.of(START, AS_OF));
    assertThat(a.on(START).orElseThrow().findings()).containsExactly(
        new Finding(BreachReason.LACKS_CONTENT, Truth.TRUE, List.of(DpiaElement.RISK_ASSESSMENT), List.of(TitleIII.DIRECTIVE_ART_27_2)));
    assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).render(a)).contains("Directive 2016/680 art. 27(2) [reading]");
  }

  @Test
  @DisplayName("high residual risk and the CNIL not consulted: prior consultation missing, citing art. 90, 1°")
  void consultationMissing() {
    Audit a = audit(sound().residualRisk(ResidualRisk.HIGH).authorityConsulted(false).build());

    assertThat(a.on(START).orElseThrow().findings())
        .containsExactly(Finding.of(BreachReason.PRIOR_CONSULTATION_MISSING, Truth.TRUE, List.of(TitleIII.ART_90_1)));
    assertThat(Report.of(Locale.FRENCH, Report.Format.TEXT).render(a)).contains("risque résiduel élevé sans consultation préalable");
  }

  @Test
  @DisplayName("a late DPIA cites art. 90 and the directive's « prior to the processing »")
  void late() {
    Audit a = audit(sound().completedOn(LocalDate.of(2020, 6, 1)).build());

    assertThat(a.breachedPeriods()).containsExactly(DateRange.of(START, LocalDate.of(2020, 5, 31)));
    assertThat(a.on(START).orElseThrow().findings())
        .containsExactly(Finding.of(BreachReason.LATE, Truth.TRUE, List.of(TitleIII.ART_90, TitleIII.DIRECTIVE_ART_27_1)));
  }

  @Test
  @DisplayName("art. 90's requirements are dated from 1 June 2019, when Title III took its numbering")
  void dated() {
    assertThat(TitleIII.REQUIREMENTS).allSatisfy(r -> assertThat(r.citation().inForceOn(LocalDate.of(2019, 5, 31))).isFalse());
    assertThat(TitleIII.ART_90_1.inForceOn(LocalDate.of(2019, 6, 1))).isTrue();
  }
}
