package org.dpia.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Rulebook;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dpia.core.decision.ToyRulebook;
import org.dpia.core.report.Report;
import org.dpia.core.time.DateRange;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.InvalidDescriptionException;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.model.Version;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Audits with the toy rulebook: biometric data requires a DPIA from 25 May 2018. */
@DisplayName("Auditor: since when was a DPIA due, and was the duty met")
class AuditorTest {

  static final Rulebook TOY = new ToyRulebook();
  static final Report SUMMARY = Report.of(Locale.ENGLISH, Report.Format.TEXT);
  static final LocalDate STARTED = LocalDate.of(2018, 1, 1);
  static final LocalDate AS_OF = LocalDate.of(2020, 1, 1);

  static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  static ProcessingOperation.Builder fingerprints() {
    return ProcessingOperation.builder()
        .name("Fingerprint access control")
        .controller(Controller.of("ACME SA", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.PHYSICAL_ACCESS_CONTROL)
        .dataCategories(DataCategory.BIOMETRIC)
        .technologies(StandardTechnology.BIOMETRIC_RECOGNITION)
        .period(ProcessingPeriod.since(STARTED));
  }

  /** A DPIA that assessed exactly what the fingerprint processing does. */
  static DpiaRecord.Builder coveringDpia(LocalDate completed) {
    return DpiaRecord.builder()
        .title("DPIA fingerprints")
        .completedOn(completed)
        .addPurposes(StandardPurpose.PHYSICAL_ACCESS_CONTROL)
        .addDataCategories(DataCategory.BIOMETRIC)
        .addTechnologies(StandardTechnology.BIOMETRIC_RECOGNITION);
  }

  @Test
  @DisplayName("a DPIA carried out after the duty arose: breached late until it was done, met afterwards")
  void late() {
    DpiaRecord dpia = coveringDpia(d(2019, 1, 1)).build();

    Audit a = TOY.audit(fingerprints().addDpias(dpia).build(), AS_OF);

    assertThat(a.segments()).hasToString(
        "[2018-01-01 to 2018-05-24 [Fingerprint access control]: NOT_REQUIRED, NOT_REQUIRED, "
            + "2018-05-25 to 2018-12-31 [Fingerprint access control]: REQUIRED, BREACHED (LATE), "
            + "2019-01-01 to 2020-01-01 [Fingerprint access control]: REQUIRED, MET]");
    assertThat(a.segments().get(1).dpia()).contains(dpia);
    assertThat(a.segments().get(2).dpia()).contains(dpia);
    assertThat(a.requiredPeriods()).containsExactly(DateRange.of(d(2018, 5, 25), AS_OF));
    assertThat(a.breachedPeriods()).containsExactly(DateRange.of(d(2018, 5, 25), d(2018, 12, 31)));
    assertThat(a.period()).isEqualTo(DateRange.of(STARTED, AS_OF));
    assertThat(SUMMARY.summary(a))
        .isEqualTo("DPIA required from 2018-05-25 to 2020-01-01; not required from 2018-01-01 to 2018-05-24;"
            + " duty breached from 2018-05-25 to 2018-12-31 (DPIA carried out late: 221 days after 2018-05-25); duty met from 2019-01-01 to 2020-01-01.");
    assertThat(a.rulebookId()).isEqualTo("xx");
  }

  @Test
  @DisplayName("no DPIA ever: breached from the day the duty arose to the audit date")
  void noDpia() {
    Audit a = TOY.audit(fingerprints().build(), AS_OF);

    assertThat(a.breaches()).singleElement().satisfies(s -> {
      assertThat(s.days()).isEqualTo(DateRange.of(d(2018, 5, 25), AS_OF));
      assertThat(s.breachReasons()).containsExactly(Compliance.BreachReason.NO_DPIA);
      assertThat(s.dpia()).isEmpty();
    });
    assertThat(SUMMARY.summary(a))
        .isEqualTo("DPIA required from 2018-05-25 to 2020-01-01; not required from 2018-01-01 to 2018-05-24;"
            + " duty breached from 2018-05-25 to 2020-01-01 (no DPIA carried out).");
  }

  @Test
  @DisplayName("a DPIA done before the duty arose meets it until its review date, and is overdue from the day after")
  void reviewOverdue() {
    DpiaRecord dpia = coveringDpia(d(2018, 5, 1)).reviewDueOn(d(2019, 5, 1)).build();

    Audit a = TOY.audit(fingerprints().addDpias(dpia).build(), AS_OF);

    assertThat(a.segments()).extracting(Segment::days, Segment::compliance, Segment::breachReasons).containsExactly(
        tuple(DateRange.of(STARTED, d(2018, 5, 24)), Compliance.NOT_REQUIRED, List.of()),
        tuple(DateRange.of(d(2018, 5, 25), d(2019, 5, 1)), Compliance.MET, List.of()),
        tuple(DateRange.of(d(2019, 5, 2), AS_OF), Compliance.BREACHED, List.of(Compliance.BreachReason.REVIEW_OVERDUE)));
    assertThat(a.on(d(2019, 5, 1))).hasValueSatisfying(s -> assertThat(s.compliance()).isEqualTo(Compliance.MET));
    assertThat(a.on(d(2019, 5, 2))).hasValueSatisfying(s -> assertThat(s.compliance()).isEqualTo(Compliance.BREACHED));
    assertThat(a.on(d(2021, 1, 1))).isEmpty();
  }

  @Test
  @DisplayName("a DPIA of an earlier version does not cover a version that adds biometric data")
  void doesNotCoverNewVersion() {
    ProcessingOperation badges = fingerprints().name("Badges").dataCategories(DataCategory.IDENTIFICATION)
        .technologies(StandardTechnology.BADGE_ACCESS_CONTROL).build();
    ProcessingOperation withFingerprints = fingerprints().build();
    DpiaRecord dpiaOfBadges = DpiaRecord.builder().title("DPIA badges").completedOn(d(2018, 9, 1)).addVersions("badges").build();
    ProcessingHistory history = ProcessingHistory.builder()
        .name("Access control")
        .addVersions(Version.of("badges", d(2018, 6, 1), badges))
        .addVersions(Version.of("fingerprints", d(2019, 3, 1), withFingerprints))
        .addDpias(dpiaOfBadges)
        .build();

    Audit a = TOY.audit(history, AS_OF);

    assertThat(a.segments()).extracting(Segment::version, Segment::compliance).containsExactly(
        tuple("badges", Compliance.NOT_REQUIRED),
        tuple("fingerprints", Compliance.BREACHED));
    assertThat(a.segments().get(0).days()).isEqualTo(DateRange.of(d(2018, 6, 1), d(2019, 2, 28)));
    assertThat(a.breaches().get(0).breachReasons()).containsExactly(Compliance.BreachReason.DOES_NOT_COVER_VERSION);
    assertThat(a.breaches().get(0).dpia()).contains(dpiaOfBadges);
  }

  @Test
  @DisplayName("a DPIA that does not say what it assessed leaves compliance undetermined")
  void unknownScope() {
    DpiaRecord vague = DpiaRecord.builder().title("DPIA").completedOn(d(2018, 5, 1)).build();

    Audit a = TOY.audit(fingerprints().addDpias(vague).build(), AS_OF);

    assertThat(a.segments()).extracting(Segment::compliance)
        .containsExactly(Compliance.NOT_REQUIRED, Compliance.UNDETERMINED);
    assertThat(SUMMARY.summary(a)).endsWith("; whether the duty was met is undetermined from 2018-05-25 to 2020-01-01.")
        .doesNotContain("met throughout");
  }

  @Test
  @DisplayName("a processing that stopped is audited up to its last day")
  void stopped() {
    ProcessingOperation stopped = fingerprints().period(ProcessingPeriod.of(STARTED, d(2018, 12, 31))).build();

    Audit whole = TOY.audit(stopped);

    assertThat(whole.period()).isEqualTo(DateRange.of(STARTED, d(2018, 12, 31)));
    assertThat(TOY.audit(stopped, AS_OF).period()).isEqualTo(whole.period());
  }

  @Test
  @DisplayName("an audit dated before the processing started, or before a DPIA it lists, is refused with every problem")
  void refused() {
    ProcessingOperation op = fingerprints().addDpias(coveringDpia(d(2019, 1, 1)).build()).build();

    assertThatThrownBy(() -> TOY.audit(op, d(2017, 12, 31)))
        .isInstanceOfSatisfying(InvalidDescriptionException.class, e -> assertThat(e.problems()).hasSize(2));
    assertThatThrownBy(() -> TOY.audit(op, d(2018, 12, 31)))
        .isInstanceOfSatisfying(InvalidDescriptionException.class, e -> assertThat(e.problems()).singleElement()
            .asString().contains("after the audit date"));
    assertThatThrownBy(() -> TOY.audit(fingerprints().period(ProcessingPeriod.unknown()).build(), AS_OF))
        .isInstanceOf(InvalidDescriptionException.class)
        .hasMessageContaining("started");
  }

  @Test
  @DisplayName("a DPIA completed after the processing stopped is accepted by the whole-life audit: the duty was breached throughout")
  void dpiaAfterTheEnd() {
    ProcessingOperation stopped = fingerprints().period(ProcessingPeriod.of(STARTED, d(2018, 12, 31)))
        .addDpias(coveringDpia(d(2019, 6, 1)).build()).build();

    Audit a = TOY.audit(stopped);

    assertThat(a.period()).isEqualTo(DateRange.of(STARTED, d(2018, 12, 31)));
    assertThat(a.breachedPeriods()).containsExactly(DateRange.of(d(2018, 5, 25), d(2018, 12, 31)));
    assertThat(SUMMARY.summary(a)).doesNotContain("audit date");
    assertThatThrownBy(() -> TOY.audit(fingerprints().build()))
        .isInstanceOfSatisfying(InvalidDescriptionException.class, e -> assertThat(e.problems()).singleElement()
            .asString().contains("no last day"));
  }

  @Test
  @DisplayName("extreme dates never make an audit throw: a review due on the last day a date can hold, an audit as of that day")
  void extremeDates() {
    ProcessingOperation reviewedNever = fingerprints().addDpias(coveringDpia(d(2018, 3, 1)).reviewDueOn(LocalDate.MAX).build()).build();

    Audit a = TOY.audit(reviewedNever, AS_OF);
    assertThat(a.breachedPeriods()).isEmpty();
    assertThat(a.metPeriods()).containsExactly(DateRange.of(d(2018, 5, 25), AS_OF));

    Audit forever = TOY.audit(reviewedNever, LocalDate.MAX);
    assertThat(forever.period()).isEqualTo(DateRange.of(STARTED, LocalDate.MAX));
    assertThat(SUMMARY.summary(forever)).isNotBlank();
    assertThat(Report.of(Locale.FRENCH, Report.Format.MARKDOWN).render(forever)).isNotBlank();
  }
}
