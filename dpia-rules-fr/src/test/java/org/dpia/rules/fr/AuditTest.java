package org.dpia.rules.fr;

import org.dpia.core.report.Report;
import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dpia.rules.fr.Fixtures.FRANCE;

import org.dpia.core.time.DateRange;
import org.dpia.rules.fr.lil.TitleIII;
import java.time.LocalDate;
import org.dpia.core.audit.Audit;
import org.dpia.core.audit.Compliance;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.time.DateRange;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Outcome;
import org.dpia.core.audit.Segment;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DpiaElement;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.DpoAdvice;
import org.dpia.core.model.ResidualRisk;
import org.dpia.core.model.InvalidDescriptionException;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.model.Version;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuditTest {

  static final Report SUMMARY = Report.of(Locale.ENGLISH, Report.Format.TEXT);

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /** Lille's CCTV without video analytics: the same facts as the BriefCam version, minus the tool. */
  static ProcessingOperation cctv() {
    return ProcessingOperation.builder().from(LilleBriefCamTest.briefcam())
        .name("Lille municipal video protection")
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE)
        .period(ProcessingPeriod.unknown())
        .build();
  }

  /** The 2021 CCTV DPIA. Only its year is public: the last day of 2021 is taken, the latest it can be. */
  static final DpiaRecord CCTV_DPIA_2021 = DpiaRecord.builder()
      .title("AIPD vidéoprotection (2021)")
      .completedOn(d(2021, 12, 31))
      .addVersions("CCTV")
      .addPurposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION, StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION)
      .addTechnologies(StandardTechnology.VIDEO_SURVEILLANCE)
      .addDataCategories(DataCategory.IMAGES, DataCategory.LICENCE_PLATES)
      .contains(DpiaElement.values())
      .dpoAdvice(DpoAdvice.SOUGHT)
      .residualRisk(ResidualRisk.NOT_HIGH)
      .build();

  @Test
  @DisplayName("Lille BriefCam: a DPIA was required and breached over the whole BriefCam period, the 2021 CCTV DPIA not covering it")
  void lilleBriefCamBreachedThroughout() {
    ProcessingOperation briefcam = ProcessingOperation.builder().from(LilleBriefCamTest.briefcam()).addDpias(CCTV_DPIA_2021).build();

    Audit audit = FRANCE.audit(briefcam);

    assertThat(audit.requiredPeriods()).containsExactly(DateRange.of(d(2022, 11, 1), d(2025, 1, 31)));
    assertThat(audit.breachedPeriods()).containsExactly(DateRange.of(d(2022, 11, 1), d(2025, 1, 31)));
    assertThat(audit.segments()).hasSize(1);
    Segment s = audit.segments().get(0);
    assertThat(s.breachReasons()).containsExactly(BreachReason.DOES_NOT_COVER_VERSION);
    assertThat(s.dpia()).contains(CCTV_DPIA_2021);
    assertThat(s.decision().regime()).contains(TitleIII.REGIME);
    assertThat(SUMMARY.summary(audit)).isEqualTo(
        "DPIA required from 2022-11-01 to 2025-01-31; duty breached from 2022-11-01 to 2025-01-31 (the DPIAs carried out do not cover this version).");
  }

  @Test
  @DisplayName("Lille BriefCam with its 2021 DPIA known only by its year: still breached over the whole BriefCam period")
  void lilleWithTheDpiaYearOnly() {
    DpiaRecord yearOnly = DpiaRecord.builder().from(CCTV_DPIA_2021).completedIn(java.time.Year.of(2021)).build();
    ProcessingOperation briefcam = ProcessingOperation.builder().from(LilleBriefCamTest.briefcam()).addDpias(yearOnly).build();

    Audit audit = FRANCE.audit(briefcam);

    assertThat(audit.breachedPeriods()).containsExactly(DateRange.of(d(2022, 11, 1), d(2025, 1, 31)));
    assertThat(audit.segments().get(0).breachReasons()).containsExactly(BreachReason.DOES_NOT_COVER_VERSION);
    assertThat(audit.segments().get(0).findings().get(0).citations()).containsExactly(TitleIII.ART_90);
    assertThat(Report.of(Locale.FRENCH, Report.Format.TEXT).render(audit))
        .contains("AIPD vidéoprotection (2021), 2021 (année seulement : comptée à partir du 2021-12-31");
  }

  @Nested
  @DisplayName("an illustrative Lille history: CCTV from 2015, BriefCam added on 2022-11-01 and stopped on 2025-01-31")
  class LilleHistory {
    final ProcessingHistory history = ProcessingHistory.builder()
        .name("Lille municipal video protection")
        .addVersions(Version.of("CCTV", d(2015, 1, 1), cctv()))
        .addVersions(Version.of("CCTV + BriefCam", d(2022, 11, 1), ProcessingOperation.builder().from(LilleBriefCamTest.briefcam())
            .period(ProcessingPeriod.unknown()).build()))
        .addVersions(Version.of("CCTV", d(2025, 2, 1), cctv()))
        .addDpias(CCTV_DPIA_2021)
        .build();
    final Audit audit = FRANCE.audit(history, d(2025, 12, 31));

    @Test
    @DisplayName("no DPIA duty existed in the police-justice regime before the 2018 transposition")
    void notRequiredBeforeTransposition() {
      assertThat(audit.on(d(2018, 6, 21)).get().outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(audit.on(d(2018, 6, 21)).get().decision().decisiveGrounds()).extracting(g -> g.kind())
          .containsExactly(GroundKind.NOT_IN_FORCE);
      assertThat(audit.on(d(2018, 6, 22)).get().outcome()).isEqualTo(Outcome.REQUIRED);
    }

    @Test
    @DisplayName("the law's change on 2019-06-01 starts a new segment: the former chapter XIII, then LIL art. 90")
    void lawChangeSplitsTheTimeline() {
      Segment before = audit.on(d(2019, 5, 31)).get();
      Segment after = audit.on(d(2019, 6, 1)).get();
      assertThat(before.days().to()).isEqualTo(d(2019, 5, 31));
      assertThat(after.days().from()).isEqualTo(d(2019, 6, 1));
      assertThat(before.decision().decisiveGrounds()).extracting(g -> g.ruleId()).containsExactly("fr.loi-2018-493.two-criteria");
      assertThat(after.decision().decisiveGrounds()).extracting(g -> g.ruleId()).containsExactly("fr.lil.90.two-criteria");
    }

    @Test
    @DisplayName("CCTV: breached as late until the day before the 2021 DPIA, met from its completion")
    void cctvLateThenMet() {
      assertThat(audit.on(d(2021, 12, 30)).get().breachReasons()).containsExactly(BreachReason.LATE);
      assertThat(audit.on(d(2021, 12, 31)).get().compliance()).isEqualTo(Compliance.MET);
    }

    @Test
    @DisplayName("the change of version on 2022-11-01 starts a breach; the return to CCTV on 2025-02-01 ends it")
    void versionChangesSplitTheTimeline() {
      assertThat(audit.on(d(2022, 10, 31)).get().compliance()).isEqualTo(Compliance.MET);
      Segment briefcam = audit.on(d(2022, 11, 1)).get();
      assertThat(briefcam.version()).isEqualTo("CCTV + BriefCam");
      assertThat(briefcam.days()).isEqualTo(DateRange.of(d(2022, 11, 1), d(2025, 1, 31)));
      assertThat(briefcam.breachReasons()).containsExactly(BreachReason.DOES_NOT_COVER_VERSION);
      assertThat(audit.on(d(2025, 2, 1)).get().compliance()).isEqualTo(Compliance.MET);
    }

    @Test
    @DisplayName("the summary gives the required period first, then each breach with its reason")
    void summary() {
      assertThat(SUMMARY.summary(audit)).isEqualTo("DPIA required from 2018-06-22 to 2025-12-31; not required from 2015-01-01 to 2018-06-21;"
          + " duty breached from 2018-06-22 to 2021-12-30 (DPIA carried out late: 1288 days after 2018-06-22), from 2022-11-01 to 2025-01-31"
          + " (the DPIAs carried out do not cover this version); duty met from 2021-12-31 to 2022-10-31, from 2025-02-01 to 2025-12-31.");
      assertThat(audit.period()).isEqualTo(DateRange.of(d(2015, 1, 1), d(2025, 12, 31)));
    }

    @Test
    @DisplayName("a breach for one reason across a change of law is listed once, in the audit's summary and in a report")
    void breachesMergedByReason() {
      assertThat(audit.breaches()).hasSizeGreaterThan(audit.breachesByReason().size());
      assertThat(audit.breachesByReason()).extracting(Segment::days)
          .containsExactly(DateRange.of(d(2018, 6, 22), d(2021, 12, 30)), DateRange.of(d(2022, 11, 1), d(2025, 1, 31)));
      String summary = org.dpia.core.report.Report.of(FRANCE, java.util.Locale.ENGLISH, org.dpia.core.report.Report.Format.TEXT)
          .summary(audit);
      assertThat(summary).containsOnlyOnce("from 2018-06-22 to 2021-12-30 (DPIA carried out late: 1288 days after 2018-06-22)");
    }

    @Test
    @DisplayName("the timeline has no gap and no overlap")
    void timelineIsContiguous() {
      for (int i = 1; i < audit.segments().size(); i++) {
        assertThat(audit.segments().get(i).days().from())
            .isEqualTo(audit.segments().get(i - 1).days().to().plusDays(1));
      }
      assertThat(audit.segments().get(0).days().from()).isEqualTo(d(2015, 1, 1));
      assertThat(audit.segments().get(audit.segments().size() - 1).days().to()).isEqualTo(d(2025, 12, 31));
    }
  }

  /** A GDPR processing that a DPIA is required for from its start (art. 35(3)(b): large-scale health data). */
  static ProcessingOperation.Builder healthRegistry(LocalDate start) {
    return Fixtures.gdpr()
        .name("health registry")
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
        .assertCriterion(org.dpia.core.criteria.RiskCriterion.LARGE_SCALE, true)
        .period(ProcessingPeriod.since(start));
  }

  static DpiaRecord dpia(LocalDate on) {
    return DpiaRecord.builder().title("DPIA " + on).completedOn(on).addVersions("health registry")
        .contains(DpiaElement.values()).dpoAdvice(DpoAdvice.SOUGHT).residualRisk(ResidualRisk.NOT_HIGH).build();
  }

  @Test
  @DisplayName("a DPIA completed before the processing starts meets the duty")
  void metWhenDoneBefore() {
    Audit a = FRANCE.audit(healthRegistry(d(2020, 1, 1)).addDpias(dpia(d(2019, 12, 1))).build(), d(2022, 1, 1));
    assertThat(a.segments()).extracting(Segment::compliance).containsOnly(Compliance.MET);
    assertThat(SUMMARY.summary(a)).endsWith("duty met throughout.");
  }

  @Test
  @DisplayName("no DPIA at all: breached from the start with reason 'no DPIA'")
  void breachedWithoutDpia() {
    Audit a = FRANCE.audit(healthRegistry(d(2020, 1, 1)).build(), d(2022, 1, 1));
    assertThat(a.breachedPeriods()).containsExactly(DateRange.of(d(2020, 1, 1), d(2022, 1, 1)));
    assertThat(a.breaches()).flatExtracting(Segment::breachReasons).containsOnly(BreachReason.NO_DPIA);
  }

  @Test
  @DisplayName("a late DPIA: breached until the day before its completion, met from that day")
  void lateDpia() {
    Audit a = FRANCE.audit(healthRegistry(d(2020, 1, 1)).addDpias(dpia(d(2021, 3, 15))).build(), d(2022, 1, 1));
    assertThat(a.breachedPeriods()).containsExactly(DateRange.of(d(2020, 1, 1), d(2021, 3, 14)));
    assertThat(a.breaches()).flatExtracting(Segment::breachReasons).containsOnly(BreachReason.LATE);
    assertThat(a.on(d(2021, 3, 15)).get().compliance()).isEqualTo(Compliance.MET);
  }

  @Test
  @DisplayName("an overdue review: breached from the day after the review date")
  void reviewOverdue() {
    DpiaRecord withReview = DpiaRecord.builder().from(dpia(d(2019, 12, 1))).reviewDueOn(d(2021, 6, 30)).build();
    Audit a = FRANCE.audit(healthRegistry(d(2020, 1, 1)).addDpias(withReview).build(), d(2022, 1, 1));
    assertThat(a.on(d(2021, 6, 30)).get().compliance()).isEqualTo(Compliance.MET);
    assertThat(a.on(d(2021, 7, 1)).get().breachReasons()).containsExactly(BreachReason.REVIEW_OVERDUE);
  }

  @Test
  @DisplayName("a DPIA whose scope is not recorded leaves compliance undetermined")
  void unknownScopeIsUndetermined() {
    DpiaRecord vague = DpiaRecord.builder().title("some DPIA").completedOn(d(2019, 1, 1)).build();
    Audit a = FRANCE.audit(healthRegistry(d(2020, 1, 1)).addDpias(vague).build(), d(2021, 1, 1));
    assertThat(a.segments()).extracting(Segment::compliance).containsOnly(Compliance.UNDETERMINED);
  }

  @Test
  @DisplayName("an open-ended operation is audited up to the given date")
  void openEndedUpToAsOfDate() {
    Audit a = FRANCE.audit(healthRegistry(d(2020, 1, 1)).build(), d(2020, 12, 31));
    assertThat(a.period()).isEqualTo(DateRange.of(d(2020, 1, 1), d(2020, 12, 31)));
    assertThatThrownBy(() -> FRANCE.audit(healthRegistry(d(2020, 1, 1)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("still running");
  }

  @Test
  @DisplayName("an operation entirely before the GDPR: no DPIA required at any time")
  void entirelyBeforeGdpr() {
    ProcessingOperation old = healthRegistry(d(2010, 1, 1)).period(ProcessingPeriod.of(d(2010, 1, 1), d(2017, 12, 31))).build();
    Audit a = FRANCE.audit(old);
    assertThat(a.requiredPeriods()).isEmpty();
    assertThat(a.segments()).extracting(Segment::compliance).containsOnly(Compliance.NOT_REQUIRED);
    assertThat(SUMMARY.summary(a)).isEqualTo("No DPIA required from 2010-01-01 to 2017-12-31.");
  }

  @Test
  @DisplayName("a pre-2018 processing lawfully declared: dispensed through 2021-05-25, required from 2021-05-26")
  void transitionalPositionShowsInTimeline() {
    ProcessingOperation declared = healthRegistry(d(2015, 1, 1)).priorFormality(true).substantiallyModified(false).build();
    Audit a = FRANCE.audit(declared, d(2022, 1, 1));
    assertThat(a.on(d(2018, 5, 24)).get().decision().decisiveGrounds()).extracting(g -> g.kind()).containsExactly(GroundKind.NOT_IN_FORCE);
    assertThat(a.on(d(2018, 5, 25)).get().decision().decisiveGrounds()).extracting(g -> g.kind()).containsExactly(GroundKind.TRANSITIONAL);
    assertThat(a.on(d(2021, 5, 25)).get().outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(a.on(d(2021, 5, 26)).get().outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(a.requiredPeriods()).containsExactly(DateRange.of(d(2021, 5, 26), d(2022, 1, 1)));
  }

  @Test
  @DisplayName("a DPIA dated after the audit date, or an audit date before the start, is refused with every problem")
  void badAuditInputIsRefused() {
    ProcessingOperation op = healthRegistry(d(2020, 1, 1)).addDpias(dpia(d(2023, 1, 1))).build();
    assertThatThrownBy(() -> FRANCE.audit(op, d(2019, 1, 1)))
        .isInstanceOf(InvalidDescriptionException.class)
        .satisfies(e -> assertThat(((InvalidDescriptionException) e).problems()).hasSize(2));
  }
}
