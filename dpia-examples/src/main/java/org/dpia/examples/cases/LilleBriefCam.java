package org.dpia.examples.cases;

import org.dpia.rules.fr.lil.TitleIII;
import org.dpia.core.decision.Outcome;
import java.time.LocalDate;
import java.time.Year;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.model.Version;
import org.dpia.core.time.DateRange;

/**
 * The flagship case. From November 2022 to January 2025 the Lille municipal police used BriefCam,
 * an algorithmic video analysis tool, on its CCTV footage, without a DPIA; the CNIL's letter of
 * 24 March 2025 confirmed one was required. Lille had sent the CNIL a DPIA for its general CCTV
 * system in 2021, which did not mention the video analytics (Mediacités, 20 December 2024 and
 * April 2025).
 *
 * <p>Facts not in the public record are marked: the day of the 2021 DPIA (only its year is known:
 * the last day of 2021 is taken) and, in the illustrative history, the year CCTV started.
 */
public final class LilleBriefCam {
  private LilleBriefCam() {}

  /** The first day of the BriefCam period (November 2022). */
  public static final LocalDate FROM = LocalDate.of(2022, 11, 1);

  /** The last day of the BriefCam period (January 2025). */
  public static final LocalDate UNTIL = LocalDate.of(2025, 1, 31);

  /** The municipal CCTV system, as facts: public streets, the whole city, permanently. */
  public static ProcessingOperation.Builder cctv() {
    return ProcessingOperation.builder()
        .name("Lille municipal video protection (CCTV)")
        .controller(Controller.of("Ville de Lille (police municipale)", StandardControllerKind.MUNICIPAL_POLICE))
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION, StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION)
        .dataCategories(DataCategory.IMAGES, DataCategory.LICENCE_PLATES)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE)
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .legalFrameworks(FactSet.none())
        .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.CITY).permanence(Scale.Permanence.PERMANENT).build());
  }

  /**
   * The 2021 DPIA of the general CCTV system; it did not cover video analytics. Only its year is
   * public, so an audit counts it from 31 December 2021; what it contains is not public either.
   */
  public static final DpiaRecord CCTV_DPIA_2021 = DpiaRecord.builder()
      .title("AIPD du système de vidéoprotection (2021)")
      .completedIn(Year.of(2021))
      .addVersions("CCTV")
      .addPurposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION, StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION)
      .addTechnologies(StandardTechnology.VIDEO_SURVEILLANCE)
      .addDataCategories(DataCategory.IMAGES, DataCategory.LICENCE_PLATES)
      .build();

  /** BriefCam: the same CCTV footage, analysed by algorithms, November 2022 to January 2025. */
  public static ProcessingOperation briefcam() {
    return cctv()
        .name("BriefCam video analytics — Lille municipal police")
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)
        .period(ProcessingPeriod.of(FROM, UNTIL))
        .addDpias(CCTV_DPIA_2021)
        .build();
  }

  /** The case as the library's flagship: decided on 1 June 2023, audited over the BriefCam period. */
  public static Case briefcamCase() {
    ProcessingOperation op = briefcam();
    return Case.of("lille-briefcam", "Lille municipal police, BriefCam video analytics on CCTV footage (2022–2025)",
            "CNIL letter of 24 March 2025; Mediacités, 20 December 2024", op, LocalDate.of(2023, 6, 1))
        .withAudit(ProcessingHistory.of(op), UNTIL)
        .expect(Outcome.REQUIRED, TitleIII.TWO_CRITERIA).under(TitleIII.REGIME)
        .expectBreached(DateRange.of(FROM, UNTIL));
  }

  /**
   * An illustrative history around the case: CCTV since 2015 (year illustrative), BriefCam added on
   * 1 November 2022 and stopped on 31 January 2025, CCTV since; audited up to 30 June 2025.
   */
  public static Case historyCase() {
    ProcessingOperation cctv = cctv().build();
    ProcessingHistory history = ProcessingHistory.builder()
        .name("Lille municipal video protection, with and without BriefCam")
        .addVersions(Version.of("CCTV", LocalDate.of(2015, 1, 1), cctv))
        .addVersions(Version.of("CCTV + BriefCam", FROM, briefcam()))
        .addVersions(Version.of("CCTV", UNTIL.plusDays(1), cctv))
        .addDpias(CCTV_DPIA_2021)
        .build();
    return Case.of("lille-history", "Lille video protection over time: CCTV, then BriefCam, then CCTV again (illustrative start)",
            "CNIL letter of 24 March 2025; dates before 2021 illustrative", cctv, LocalDate.of(2020, 1, 1))
        .withAudit(history, LocalDate.of(2025, 6, 30))
        .expect(Outcome.REQUIRED, TitleIII.TWO_CRITERIA).under(TitleIII.REGIME)
        // the 2021 DPIA came late for the CCTV, and never covered BriefCam
        .expectBreached(DateRange.of(LocalDate.of(2018, 6, 22), LocalDate.of(2021, 12, 30)), DateRange.of(FROM, UNTIL));
  }
}
