package org.dpia.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.decision.ToyRulebook;
import org.dpia.core.law.Citation;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DpiaElement;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.DpoAdvice;
import org.dpia.core.model.InvalidDescriptionException;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.ResidualRisk;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.model.Version;
import org.dpia.core.report.Report;
import org.dpia.core.time.DateRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a DPIA must be, audited with the toy rulebook that declares requirements: its content, the
 * DPO's advice, the prior consultation, a review after a change, and dates known to the month or
 * year. Fingerprints require a DPIA from 25 May 2018.
 */
@DisplayName("Audit of a DPIA's content and procedure")
class DpiaDutyTest {

  static final Rulebook TOY = ToyRulebook.DEMANDING;
  static final LocalDate DUTY = LocalDate.of(2018, 5, 25);
  static final LocalDate AS_OF = LocalDate.of(2020, 1, 1);

  static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  static ProcessingOperation fingerprints() {
    return AuditorTest.fingerprints().build();
  }

  /** A DPIA done before the duty arose, covering the processing, with every point stated as met. */
  static DpiaRecord.Builder sound() {
    return AuditorTest.coveringDpia(d(2018, 5, 1))
        .contains(DpiaElement.values())
        .dpoAdvice(DpoAdvice.SOUGHT)
        .residualRisk(ResidualRisk.NOT_HIGH);
  }

  static Audit audit(DpiaRecord dpia) {
    return TOY.audit(ProcessingOperation.builder().from(fingerprints()).addDpias(dpia).build(), AS_OF);
  }

  static Citation cited(String article, String paragraph, String point) {
    return ToyRulebook.inForce(article, paragraph, point);
  }

  @Test
  @DisplayName("a DPIA in time, complete, with the DPO's advice and no high residual risk meets the duty")
  void soundDpia() {
    Audit a = audit(sound().build());

    assertThat(a.metPeriods()).containsExactly(DateRange.of(DUTY, AS_OF));
    assertThat(a.on(DUTY).orElseThrow().findings()).isEmpty();
  }

  @Nested
  @DisplayName("content (art. 35(7))")
  class Content {

    @Test
    @DisplayName("a DPIA without the necessity assessment lacks required content from the day the duty arose, citing 35(7)(b)")
    void lacksNecessity() {
      DpiaRecord dpia = sound().contents(List.of(DpiaElement.DESCRIPTION, DpiaElement.RISK_ASSESSMENT, DpiaElement.MEASURES))
          .lacks(DpiaElement.NECESSITY_AND_PROPORTIONALITY).build();

      Audit a = audit(dpia);

      assertThat(a.breachedPeriods()).containsExactly(DateRange.of(DUTY, AS_OF));
      Segment s = a.on(DUTY).orElseThrow();
      assertThat(s.breachReasons()).containsExactly(BreachReason.LACKS_CONTENT);
      assertThat(s.findings()).containsExactly(
          new Finding(BreachReason.LACKS_CONTENT, Truth.TRUE, List.of(DpiaElement.NECESSITY_AND_PROPORTIONALITY), List.of(cited("35", "7", "b"))));
      assertThat(s.dpia()).contains(dpia);
    }

    @Test
    @DisplayName("a DPIA that says nothing of its content, DPO or residual risk leaves each point open: undetermined, never met")
    void nothingStated() {
      Audit a = audit(AuditorTest.coveringDpia(d(2018, 5, 1)).build());

      Segment s = a.on(DUTY).orElseThrow();
      assertThat(s.compliance()).isEqualTo(Compliance.UNDETERMINED);
      assertThat(s.breachReasons()).isEmpty();
      assertThat(s.openPoints()).extracting(Finding::reason)
          .containsExactly(BreachReason.LACKS_CONTENT, BreachReason.DPO_NOT_CONSULTED, BreachReason.PRIOR_CONSULTATION_MISSING);
      assertThat(s.openPoints().get(0).elements()).containsExactly(DpiaElement.values());
      assertThat(a.metPeriods()).isEmpty();
    }

    @Test
    @DisplayName("one part missing and another not stated: breached for the missing one, the other listed as open")
    void missingAndUnknown() {
      DpiaRecord dpia = sound().contents(List.of(DpiaElement.DESCRIPTION, DpiaElement.MEASURES)).lacks(DpiaElement.RISK_ASSESSMENT).build();

      Segment s = audit(dpia).on(DUTY).orElseThrow();

      assertThat(s.compliance()).isEqualTo(Compliance.BREACHED);
      assertThat(s.findings()).containsExactly(
          new Finding(BreachReason.LACKS_CONTENT, Truth.TRUE, List.of(DpiaElement.RISK_ASSESSMENT), List.of(cited("35", "7", "c"))),
          new Finding(BreachReason.LACKS_CONTENT, Truth.UNKNOWN, List.of(DpiaElement.NECESSITY_AND_PROPORTIONALITY),
              List.of(cited("35", "7", "b"))));
    }

    @Test
    @DisplayName("a regime that declares no content requirement checks none: the toy police regime only wants the DPIA in time")
    void regimeWithoutContentRequirement() {
      ProcessingOperation police = ProcessingOperation.builder().from(AuditorTest.fingerprints().build())
          .purposes(org.dpia.core.model.StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
          .addDpias(DpiaRecord.builder().title("DPIA").completedOn(d(2018, 1, 1)).addVersions("Fingerprint access control")
              .lacks(DpiaElement.values()).build())
          .build();

      Audit a = TOY.audit(police, AS_OF);

      assertThat(a.metPeriods()).containsExactly(DateRange.of(DUTY, AS_OF));
    }
  }

  @Nested
  @DisplayName("the DPO's advice (art. 35(2))")
  class Dpo {

    @Test
    @DisplayName("not sought: breached, citing 35(2)")
    void notSought() {
      Segment s = audit(sound().dpoAdvice(DpoAdvice.NOT_SOUGHT).build()).on(DUTY).orElseThrow();

      assertThat(s.compliance()).isEqualTo(Compliance.BREACHED);
      assertThat(s.findings()).containsExactly(Finding.of(BreachReason.DPO_NOT_CONSULTED, Truth.TRUE, List.of(cited("35", "2", ""))));
    }

    @Test
    @DisplayName("no DPO designated: nobody's advice to seek, the duty is met on this point")
    void noDpo() {
      Audit a = audit(sound().dpoAdvice(DpoAdvice.NO_DPO_DESIGNATED).build());

      assertThat(a.metPeriods()).containsExactly(DateRange.of(DUTY, AS_OF));
    }
  }

  @Nested
  @DisplayName("prior consultation (art. 36(1))")
  class PriorConsultation {

    @Test
    @DisplayName("high residual risk and the authority not consulted: prior consultation missing, citing 36(1)")
    void highRiskNotConsulted() {
      Audit a = audit(sound().residualRisk(ResidualRisk.HIGH).authorityConsulted(false).build());

      assertThat(a.breachedPeriods()).containsExactly(DateRange.of(DUTY, AS_OF));
      assertThat(a.on(DUTY).orElseThrow().findings())
          .containsExactly(Finding.of(BreachReason.PRIOR_CONSULTATION_MISSING, Truth.TRUE, List.of(cited("36", "1", ""))));
    }

    @Test
    @DisplayName("high residual risk and the authority consulted: met")
    void highRiskConsulted() {
      assertThat(audit(sound().residualRisk(ResidualRisk.HIGH).authorityConsulted(true).build()).metPeriods())
          .containsExactly(DateRange.of(DUTY, AS_OF));
    }

    @Test
    @DisplayName("high residual risk, consultation not stated: open")
    void highRiskConsultationUnknown() {
      Segment s = audit(sound().residualRisk(ResidualRisk.HIGH).build()).on(DUTY).orElseThrow();

      assertThat(s.compliance()).isEqualTo(Compliance.UNDETERMINED);
      assertThat(s.openPoints()).extracting(Finding::reason).containsExactly(BreachReason.PRIOR_CONSULTATION_MISSING);
    }

    @Test
    @DisplayName("residual risk not stated, the authority not consulted: open; consulted: met whatever the risk")
    void riskUnknown() {
      assertThat(audit(sound().residualRisk(ResidualRisk.UNKNOWN).authorityConsulted(false).build()).on(DUTY).orElseThrow().compliance())
          .isEqualTo(Compliance.UNDETERMINED);
      assertThat(audit(sound().residualRisk(ResidualRisk.UNKNOWN).authorityConsulted(true).build()).on(DUTY).orElseThrow().compliance())
          .isEqualTo(Compliance.MET);
    }
  }

  @Nested
  @DisplayName("dates known to the month or the year")
  class Precision {

    @Test
    @DisplayName("a DPIA dated only by its year counts from its last day: late by the days to 31 December")
    void yearOnly() {
      DpiaRecord dpia = sound().completedIn(Year.of(2018)).build();

      Audit a = audit(dpia);

      assertThat(dpia.completion()).isEqualTo(DateRange.of(d(2018, 1, 1), d(2018, 12, 31)));
      assertThat(a.breachedPeriods()).containsExactly(DateRange.of(DUTY, d(2018, 12, 30)));
      Segment late = a.on(DUTY).orElseThrow();
      assertThat(late.breachReasons()).containsExactly(BreachReason.LATE);
      assertThat(late.findings()).containsExactly(Finding.of(BreachReason.LATE, Truth.TRUE, List.of(cited("35", "1", ""))));
      assertThat(late.daysLate()).hasValue(220);
      assertThat(a.on(d(2018, 12, 31)).orElseThrow().compliance()).isEqualTo(Compliance.MET);
      String report = Report.of(Locale.ENGLISH, Report.Format.TEXT).render(a);
      assertThat(report)
          .contains("(DPIA carried out late: 220 days after 2018-05-25)")
          .contains("2018 (year only: counted from 2018-12-31, the last day it may have been completed)");
      assertThat(Report.of(Locale.FRENCH, Report.Format.TEXT).render(a))
          .contains("AIPD réalisée tardivement : 220 jours après le 2018-05-25")
          .contains("2018 (année seulement : comptée à partir du 2018-12-31, dernier jour où elle a pu être achevée)");
    }

    @Test
    @DisplayName("a DPIA dated only by a month before the duty arose meets it; one of the month the duty arose is late to its end")
    void monthOnly() {
      assertThat(audit(sound().completedIn(YearMonth.of(2018, 4)).build()).metPeriods()).containsExactly(DateRange.of(DUTY, AS_OF));
      Audit may = audit(sound().completedIn(YearMonth.of(2018, 5)).build());
      assertThat(may.breachedPeriods()).containsExactly(DateRange.of(DUTY, d(2018, 5, 30)));
      assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).render(may)).contains("2018-05 (month only: counted from 2018-05-31");
    }

    @Test
    @DisplayName("a DPIA whose year ends after the audit date is accepted, and counts from no day audited")
    void yearEndingAfterTheAudit() {
      Audit a = TOY.audit(ProcessingOperation.builder().from(fingerprints()).addDpias(sound().completedIn(Year.of(2019)).build()).build(),
          d(2019, 6, 30));

      assertThat(a.breachedPeriods()).containsExactly(DateRange.of(DUTY, d(2019, 6, 30)));
      assertThat(a.breaches()).flatExtracting(Segment::breachReasons).containsOnly(BreachReason.LATE);
    }
  }

  @Nested
  @DisplayName("review after a change (art. 35(11))")
  class Review {

    static final LocalDate CHANGE = d(2019, 3, 1);

    static ProcessingHistory history(Version second, DpiaRecord dpia) {
      return ProcessingHistory.builder().name("Fingerprint access control")
          .addVersions(Version.of("v1", DateRange.day(LocalDate.of(2018, 1, 1)).from(), fingerprints()), second)
          .addDpias(dpia)
          .build();
    }

    static Version withCameras(Truth altersRisk) {
      ProcessingOperation more = ProcessingOperation.builder().from(fingerprints())
          .technologies(StandardTechnology.BIOMETRIC_RECOGNITION, StandardTechnology.VIDEO_SURVEILLANCE).build();
      return Version.builder().label("v2").from(CHANGE).facts(more).altersRisk(altersRisk).build();
    }

    static DpiaRecord.Builder coveringBoth() {
      return sound().addTechnologies(StandardTechnology.VIDEO_SURVEILLANCE);
    }

    @Test
    @DisplayName("a change said to alter the risk, the DPIA not reviewed: breached from the change until the review")
    void notReviewed() {
      Audit a = TOY.audit(history(withCameras(Truth.TRUE), coveringBoth().reviewedOn(List.of(d(2019, 6, 1))).build()), AS_OF);

      assertThat(a.breachedPeriods()).containsExactly(DateRange.of(CHANGE, d(2019, 5, 31)));
      assertThat(a.on(CHANGE).orElseThrow().findings())
          .containsExactly(Finding.of(BreachReason.NOT_REVIEWED_AFTER_CHANGE, Truth.TRUE, List.of(cited("35", "11", ""))));
      assertThat(a.on(d(2019, 6, 1)).orElseThrow().compliance()).isEqualTo(Compliance.MET);
      assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).render(a))
          .contains("(the DPIA was not reviewed after a change that altered the risk)")
          .contains("the DPIA was not reviewed after a change that altered the risk — TDPA art. 35(11)");
      assertThat(Report.of(Locale.FRENCH, Report.Format.TEXT).render(a))
          .contains("l'AIPD n'a pas été réexaminée après une modification du risque — TDPA art. 35(11)");
    }

    @Test
    @DisplayName("a change said not to alter the risk needs no review; one not said either way leaves the point open")
    void statedOrNot() {
      assertThat(TOY.audit(history(withCameras(Truth.FALSE), coveringBoth().build()), AS_OF).metPeriods())
          .containsExactly(DateRange.of(DUTY, AS_OF));
      Audit open = TOY.audit(history(withCameras(Truth.UNKNOWN), coveringBoth().build()), AS_OF);
      assertThat(open.on(CHANGE).orElseThrow().openPoints()).extracting(Finding::reason)
          .containsExactly(BreachReason.NOT_REVIEWED_AFTER_CHANGE);
      assertThat(Report.of(Locale.FRENCH, Report.Format.TEXT).render(open))
          .contains("indéterminé : si la modification qui a ouvert cette version a modifié le risque");
    }

    @Test
    @DisplayName("a DPIA that names the new version assessed it: no review needed")
    void namedVersion() {
      assertThat(TOY.audit(history(withCameras(Truth.TRUE), coveringBoth().addVersions("v2").build()), AS_OF).metPeriods())
          .containsExactly(DateRange.of(DUTY, AS_OF));
    }

    @Test
    @DisplayName("a change that brings in a ground of the duty the previous version did not have alters the risk, unstated")
    void derivedFromANewGround() {
      ProcessingOperation noBiometrics = ProcessingOperation.builder().from(fingerprints())
          .dataCategories(DataCategory.IDENTIFICATION).build();
      ProcessingHistory h = ProcessingHistory.builder().name("Access control")
          .addVersions(Version.of("badges", d(2018, 1, 1), noBiometrics), Version.of("fingerprints", CHANGE, fingerprints()))
          .addDpias(sound().addDataCategories(DataCategory.IDENTIFICATION).build())
          .build();

      Audit a = TOY.audit(h, AS_OF);

      assertThat(a.breachedPeriods()).containsExactly(DateRange.of(CHANGE, AS_OF));
      assertThat(a.breaches()).flatExtracting(Segment::breachReasons).containsOnly(BreachReason.NOT_REVIEWED_AFTER_CHANGE);
    }
  }

  @Test
  @DisplayName("a complete DPIA in place before the processing began meets the duty even on days its need is undetermined")
  void metWhileTheDutyIsUndetermined() {
    ProcessingOperation unknownData = ProcessingOperation.builder().from(fingerprints()).dataCategories(org.dpia.core.model.FactSet.unknown())
        .addDpias(sound().purposes(List.of()).dataCategories(List.of()).technologies(List.of()).addVersions("Fingerprint access control").build())
        .build();

    Audit a = TOY.audit(unknownData, AS_OF);

    Segment s = a.on(DUTY).orElseThrow();
    assertThat(s.outcome()).isEqualTo(org.dpia.core.decision.Outcome.UNDETERMINED);
    assertThat(s.compliance()).isEqualTo(Compliance.MET);
    assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).summary(a)).contains("duty met from 2018-05-25 to 2020-01-01");
  }

  @Nested
  @DisplayName("when the facts do not settle which regime governs")
  class RegimeUnknown {

    /** A sound DPIA that names the processing: its purposes being unknown, its scope alone would not tell. */
    DpiaRecord.Builder named() {
      return sound().purposes(List.of()).addVersions("Fingerprint access control");
    }

    ProcessingOperation.Builder purposeUnknown() {
      return ProcessingOperation.builder().from(fingerprints()).purposes(org.dpia.core.model.FactSet.unknown());
    }

    @Test
    @DisplayName("a point every possible regime requires applies: a late DPIA is late under either, citing both")
    void requiredByEither() {
      Audit a = TOY.audit(purposeUnknown().addDpias(named().completedOn(d(2019, 1, 1)).build()).build(), AS_OF);

      Segment s = a.on(DUTY).orElseThrow();
      assertThat(s.decision().regimes()).containsValues(Truth.UNKNOWN);
      assertThat(s.compliance()).isEqualTo(Compliance.BREACHED);
      assertThat(s.findings()).containsExactly(Finding.of(BreachReason.LATE, Truth.TRUE, List.of(cited("35", "1", ""), cited("27", "1", ""))));
    }

    @Test
    @DisplayName("a point only one possible regime requires stays open: a DPIA without the necessity assessment")
    void requiredByOne() {
      Segment s = TOY.audit(purposeUnknown().addDpias(named().contents(List.of(DpiaElement.DESCRIPTION, DpiaElement.RISK_ASSESSMENT,
          DpiaElement.MEASURES)).lacks(DpiaElement.NECESSITY_AND_PROPORTIONALITY).build()).build(), AS_OF).on(DUTY).orElseThrow();

      assertThat(s.compliance()).isEqualTo(Compliance.UNDETERMINED);
      assertThat(s.findings()).containsExactly(new Finding(BreachReason.LACKS_CONTENT, Truth.UNKNOWN,
          List.of(DpiaElement.NECESSITY_AND_PROPORTIONALITY), List.of(cited("35", "7", "b"))));
    }
  }

  @Test
  @DisplayName("each finding renders in English and French with the provisions it cites")
  void rendered() {
    Audit a = audit(sound().lacks(DpiaElement.NECESSITY_AND_PROPORTIONALITY).contents(List.of(DpiaElement.DESCRIPTION))
        .dpoAdvice(DpoAdvice.NOT_SOUGHT).residualRisk(ResidualRisk.HIGH).authorityConsulted(false).build());

    String en = Report.of(Locale.ENGLISH, Report.Format.TEXT).render(a);
    String fr = Report.of(Locale.FRENCH, Report.Format.MARKDOWN).render(a);

    assertThat(en)
        .contains("duty breached (the DPIA lacks content the law requires; the DPO's advice was not sought; "
            + "high residual risk without prior consultation of the supervisory authority)")
        .contains("the DPIA lacks content the law requires: an assessment of the necessity and proportionality of the processing — TDPA art. 35(7)(b)")
        .contains("undetermined: whether the DPIA contains an assessment of the risks to the rights and freedoms of the people concerned; "
            + "the measures envisaged to address the risks")
        .contains("the DPO's advice was not sought — TDPA art. 35(2)")
        .contains("high residual risk without prior consultation of the supervisory authority — TDPA art. 36(1)");
    assertThat(fr)
        .contains("l'AIPD ne contient pas tout ce que la loi exige : une évaluation de la nécessité et de la proportionnalité du traitement")
        .contains("le conseil du délégué à la protection des données n'a pas été demandé")
        .contains("risque résiduel élevé sans consultation préalable de l'autorité de contrôle")
        .contains("indéterminé : si l'AIPD contient");
  }

  @Test
  @DisplayName("every point, open or established, and every part of a DPIA has its label in English and in French, and they differ")
  void everyLabelInBothLanguages() {
    java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("org.dpia.core.report.messages", Locale.ROOT);
    java.util.ResourceBundle fr = java.util.ResourceBundle.getBundle("org.dpia.core.report.messages", Locale.FRENCH);
    assertThat(fr.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
    List<String> keys = new java.util.ArrayList<>();
    for (BreachReason r : BreachReason.values()) {
      keys.add("reason." + r);
      keys.add("open." + r);
    }
    for (DpiaElement e : DpiaElement.values()) {
      keys.add("element." + e);
    }
    for (String key : keys) {
      assertThat(en.getString(key)).as(key).isNotBlank().isNotEqualTo(fr.getString(key));
    }
  }

  @Nested
  @DisplayName("descriptions and declarations refused")
  class Refused {

    @Test
    @DisplayName("a DPIA said both to contain and to lack a part, or reviewed before its completion")
    void contradictoryRecord() {
      assertThatThrownBy(() -> sound().lacks(DpiaElement.MEASURES).reviewedOn(List.of(d(2018, 4, 1))).build())
          .isInstanceOf(InvalidDescriptionException.class)
          .hasMessageContaining("the DPIA is said both to contain and to lack [MEASURES]")
          .hasMessageContaining("the DPIA was reviewed (2018-04-01) before its completion (2018-05-01)");
    }

    @Test
    @DisplayName("a requirement names a part exactly for content; a finding is never 'met' and names parts only for content")
    void malformedParts() {
      Citation c = cited("35", "1", "");
      assertThatThrownBy(() -> new Requirement(ToyRulebook.TOY_GDPR, BreachReason.LACKS_CONTENT, java.util.Optional.empty(), c))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Requirement(ToyRulebook.TOY_GDPR, BreachReason.LATE, java.util.Optional.of(DpiaElement.MEASURES), c))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Finding.of(BreachReason.LATE, Truth.FALSE, List.of(c))).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Finding.of(BreachReason.LACKS_CONTENT, Truth.TRUE, List.of(c))).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Finding(BreachReason.LATE, Truth.TRUE, List.of(DpiaElement.MEASURES), List.of(c)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
