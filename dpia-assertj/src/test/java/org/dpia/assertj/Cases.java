package org.dpia.assertj;

import java.time.LocalDate;
import org.dpia.core.audit.Audit;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Version;

/**
 * The processings the tests decide and audit under the {@link ToyRulebook toy law}, each named for
 * what it is and what the law makes of it. Every decision and audit here is the engine's own.
 */
final class Cases {
  private Cases() {}

  static final Rulebook TOY = new ToyRulebook();
  /** The day the decisions are taken, long after the toy law came into force. */
  static final LocalDate DAY = LocalDate.of(2024, 6, 1);
  static final LocalDate STARTED = LocalDate.of(2018, 1, 1);
  static final LocalDate AS_OF = LocalDate.of(2020, 1, 1);

  static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** A staff directory: no criterion met, every fact known. */
  static ProcessingOperation.Builder staffDirectory() {
    return ProcessingOperation.builder()
        .name("Staff directory")
        .controller(Controller.of("ACME SA", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .profiling(false)
        .systematicMonitoring(false)
        .combinesDatasets(false)
        .period(ProcessingPeriod.since(STARTED));
  }

  /** Fingerprint readers at the doors: biometric data, on the toy authority's list from 25 May 2018. */
  static ProcessingOperation.Builder fingerprints() {
    return staffDirectory()
        .name("Fingerprint access control")
        .purposes(StandardPurpose.PHYSICAL_ACCESS_CONTROL)
        .dataCategories(DataCategory.BIOMETRIC)
        .technologies(StandardTechnology.BIOMETRIC_RECOGNITION);
  }

  /** A loyalty programme that scores customers on combined datasets: two criteria. */
  static ProcessingOperation.Builder loyaltyScoring() {
    return staffDirectory()
        .name("Loyalty scoring")
        .purposes(StandardPurpose.MARKETING)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.FINANCIAL)
        .profiling(true)
        .combinesDatasets(true);
  }

  /** Cameras of the municipal police: police work, under the police regime. */
  static ProcessingOperation.Builder policeCameras() {
    return staffDirectory()
        .name("Municipal police cameras")
        .controller(Controller.of("Town of Xville", StandardControllerKind.MUNICIPAL_POLICE))
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
        .dataCategories(DataCategory.IMAGES)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE)
        .systematicMonitoring(true);
  }

  /**
   * Town-centre analytics whose purposes are not all stated (police work may be one) and which
   * may monitor people and combine datasets: undetermined.
   */
  static ProcessingOperation.Builder townCentreAnalytics() {
    return staffDirectory()
        .name("Town-centre analytics")
        .purposes(FactSet.atLeast(StandardPurpose.TRAFFIC_MANAGEMENT))
        .systematicMonitoring(Truth.UNKNOWN)
        .combinesDatasets(Truth.UNKNOWN);
  }

  static Decision decide(ProcessingOperation.Builder operation) {
    return TOY.decide(operation.build(), DAY);
  }

  /** A DPIA that assessed exactly what the fingerprint readers do. */
  static DpiaRecord.Builder fingerprintsDpia(LocalDate completed) {
    return DpiaRecord.builder()
        .title("DPIA fingerprints")
        .completedOn(completed)
        .addPurposes(StandardPurpose.PHYSICAL_ACCESS_CONTROL)
        .addDataCategories(DataCategory.BIOMETRIC)
        .addTechnologies(StandardTechnology.BIOMETRIC_RECOGNITION);
  }

  /** Fingerprints from 1 January 2018, never assessed: breached from the day the law came into force. */
  static Audit fingerprintsWithoutDpia() {
    return TOY.audit(fingerprints().build(), AS_OF);
  }

  /** Fingerprints assessed on 1 January 2019: breached (late) until then, met afterwards. */
  static Audit fingerprintsAssessedLate() {
    return TOY.audit(fingerprints().addDpias(fingerprintsDpia(d(2019, 1, 1)).build()).build(), AS_OF);
  }

  /**
   * Fingerprints assessed in time, on 1 May 2018, with a review due on 1 May 2019 that never came;
   * from 1 September 2019 the readers also recognise faces, which the DPIA never assessed: two
   * breaches for two reasons, one after the other.
   */
  static Audit fingerprintsReviewOverdueThenFaces() {
    ProcessingOperation faces = fingerprints()
        .technologies(StandardTechnology.BIOMETRIC_RECOGNITION, StandardTechnology.FACIAL_RECOGNITION).build();
    ProcessingHistory history = ProcessingHistory.builder()
        .name("Access control")
        .addVersions(Version.of("fingerprints", STARTED, fingerprints().build()))
        .addVersions(Version.of("fingerprints and faces", d(2019, 9, 1), faces))
        .addDpias(fingerprintsDpia(d(2018, 5, 1)).reviewDueOn(d(2019, 5, 1)).build())
        .build();
    return TOY.audit(history, AS_OF);
  }

  /** Fingerprints with a DPIA that says nothing of what it assessed: whether the duty was met is not known. */
  static Audit fingerprintsWithVagueDpia() {
    DpiaRecord vague = DpiaRecord.builder().title("DPIA of the site").completedOn(d(2018, 3, 1)).build();
    return TOY.audit(fingerprints().addDpias(vague).build(), AS_OF);
  }

  /** The staff directory, audited: never required, never breached. */
  static Audit staffDirectoryAudited() {
    return TOY.audit(staffDirectory().build(), AS_OF);
  }
}
