package org.dpia.examples.cases;

import org.dpia.rules.fr.cnil.Transition2018;
import org.dpia.rules.fr.lil.TitleIII;
import org.dpia.rules.fr.statutes.Loi2023380;
import org.dpia.rules.fr.lil.Loi2018493;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.core.decision.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.time.DateRange;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.rules.fr.FrenchLegalFramework;

/**
 * The DPIA duty in time: none before the GDPR applied (art. 99(2), 25 May 2018); the CNIL's
 * tolerance for processing lawfully declared before then, until 25 May 2021 (communiqué of
 * 19 February 2018); the police-justice duty from the first transposition of Directive 2016/680
 * (loi n° 2018-493, former LIL chapter XIII) and then LIL art. 90 from 1 June 2019; and a duty a
 * law imposes by name for a limited time, the algorithmic video experiment of the 2024 Olympic
 * Games law (loi n° 2023-380, art. 10, until 31 March 2025).
 */
public final class TimeCases {
  private TimeCases() {}

  /** The first day of the Paris 2024 Olympic Games. */
  public static final LocalDate OLYMPICS_OPEN = LocalDate.of(2024, 7, 26);

  /** The last day of the Paris 2024 Olympic Games. */
  public static final LocalDate OLYMPICS_CLOSE = LocalDate.of(2024, 8, 11);

  /** The day up to which the declared hospital record is audited. */
  public static final LocalDate AUDITED_UNTIL = LocalDate.of(2022, 12, 31);

  /**
   * A hospital's computerised patient record in use since 2012 and declared to the CNIL before the
   * GDPR, not substantially modified since (dates illustrative). It falls under item 1 of the CNIL's
   * mandatory list once the list and the GDPR apply, subject to the CNIL's tolerance until 2021.
   */
  public static ProcessingOperation declaredHospitalRecord() {
    return Cases.withoutOtherRisks()
        .name("Computerised patient record declared to the CNIL before 2018")
        .controller(Controller.of("Centre hospitalier (illustrative)", StandardControllerKind.HEALTH_OR_MEDICO_SOCIAL_ESTABLISHMENT))
        .purposes(StandardPurpose.PATIENT_CARE)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.HEALTH)
        .dataSubjects(DataSubjectCategory.PATIENTS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.HEALTH_ESTABLISHMENT)
        .period(ProcessingPeriod.since(LocalDate.of(2012, 1, 1)))
        .priorFormality(true)
        .substantiallyModified(false)
        .build();
  }

  /** The declared hospital record on 1 June 2017: the GDPR did not apply yet. */
  public static Case beforeGdpr() {
    return Case.of("time-2017-gdpr-not-yet-applicable",
        "A hospital's patient record on 1 June 2017, before the GDPR applied",
        "RGPD art. 99(2)", declaredHospitalRecord(), LocalDate.of(2017, 6, 1))
        .expect(Outcome.NOT_REQUIRED, Gdpr.NOT_YET_APPLICABLE).under(Gdpr.REGIME);
  }

  /**
   * The declared hospital record on 1 June 2019, under the CNIL's tolerance; audited up to the end
   * of 2022, with no DPIA ever carried out: tolerated through 25 May 2021 (« trois ans à compter du
   * 25 mai 2018 »), required, and breached, from 26 May 2021.
   */
  public static Case underCnilTolerance() {
    ProcessingOperation op = declaredHospitalRecord();
    return Case.of("time-2019-cnil-transitional-tolerance",
            "A hospital's patient record declared before 2018, on 1 June 2019 and audited up to 2022",
            "CNIL, « RGPD : comment la CNIL vous accompagne dans cette période transitoire », 19 février 2018",
            op, LocalDate.of(2019, 6, 1))
        .withAudit(ProcessingHistory.of(op), AUDITED_UNTIL)
        .expect(Outcome.NOT_REQUIRED, Transition2018.TOLERANCE).under(Gdpr.REGIME)
        // no DPIA was ever carried out: breached from the first day after the tolerance
        .expectBreached(DateRange.of(LocalDate.of(2021, 5, 26), AUDITED_UNTIL));
  }

  /**
   * The police record suspects' genetic profiles (see {@link RegimeCases#policeGeneticProfiles()}),
   * decided on 1 December 2018: after loi n° 2018-493 transposed Directive 2016/680 in the former
   * LIL chapter XIII, before LIL art. 90 took over on 1 June 2019.
   */
  public static Case policeUnderFormerChapterXiii() {
    return Case.of("time-2018-police-justice-former-chapter-xiii",
        "The police record suspects' genetic profiles on 1 December 2018, under the first transposition of Directive 2016/680",
        "Loi n° 2018-493 du 20 juin 2018 (former LIL chapter XIII); Directive (EU) 2016/680 art. 27",
        RegimeCases.policeGeneticProfiles().operation(), LocalDate.of(2018, 12, 1))
        .expect(Outcome.REQUIRED, Loi2018493.SENSITIVE_DATA).under(TitleIII.REGIME);
  }

  /**
   * The police analyse by algorithms the video protection images of the Paris 2024 Olympic sites to
   * detect predetermined events (abandoned objects, crowd movements…), without biometric
   * identification, under the experiment of loi n° 2023-380, art. 10, implemented by décret
   * n° 2023-828. Whether the law's adoption carried a general data protection impact assessment
   * (GDPR art. 35(10)) is left unknown on purpose: the explicit duty ranks above that exception.
   */
  public static ProcessingOperation olympicVideoExperiment() {
    return ProcessingOperation.builder()
        .name("Algorithmic video analysis at the Paris 2024 Olympic sites")
        .controller(Controller.of("Préfecture de police (police nationale)", StandardControllerKind.NATIONAL_POLICE_OR_GENDARMERIE))
        .purposes(StandardPurpose.EVENT_SECURITY, StandardPurpose.PUBLIC_SECURITY_THREAT_PREVENTION)
        .dataCategories(DataCategory.IMAGES)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .legalFrameworks(FrenchLegalFramework.OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT)
        .period(ProcessingPeriod.of(OLYMPICS_OPEN, OLYMPICS_CLOSE))
        .scale(Scale.builder().permanence(Scale.Permanence.TEMPORARY).geographicExtent(Scale.GeographicExtent.REGIONAL).build())
        .profiling(false)
        .automatedDecisions(false)
        .combinesDatasets(false)
        .externalSources(false)
        .mayExcludeFromRightServiceOrContract(false)
        .build();
  }

  /** The Olympic experiment on the opening day of the Games. */
  public static Case olympicGamesExperiment() {
    return Case.of("time-2024-olympic-video-experiment",
        "Algorithmic video analysis at the Paris 2024 Olympic sites, on the opening day",
        "Loi n° 2023-380 du 19 mai 2023, art. 10; décret n° 2023-828 du 28 août 2023",
        olympicVideoExperiment(), OLYMPICS_OPEN)
        .expect(Outcome.REQUIRED, Loi2023380.ART_10);
  }

  /** Every case of the family. */
  public static List<Case> all() {
    return List.of(beforeGdpr(), underCnilTolerance(), policeUnderFormerChapterXiii(), olympicGamesExperiment());
  }
}
