package org.dpia.examples.rulings;

import java.time.LocalDate;
import java.util.List;
import org.dpia.core.decision.Outcome;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;

/**
 * Rulings of the CNIL and of French courts on whether a DPIA was required, each processing
 * described with the facts the ruling states and nothing a reader would add.
 *
 * <p>Read and left out, because their holding is not about whether the processing needed a DPIA:
 * Conseil d'État, 6 November 2019, n° 434376 (SIAO → OFII instruction: the instruction was not
 * unlawful for having been signed before a DPIA, the court did not say whether the processing
 * needed one); Conseil d'État, référé, 24 May 2023, n° 473547 (police drones decree: the argument
 * that no DPIA preceded the decree did not raise a serious doubt as to the decree's legality);
 * Conseil d'État, référé, 26 June 2020, n° 441065 (Lisses thermal cameras: unlawful for want of a
 * legal basis); the CNIL's position of October 2019 on the PACA high schools' facial recognition
 * gates (a DPIA had been made; the CNIL held the processing disproportionate); the CNIL's opinion
 * n° 2023-076 on the Olympic Games decree (a framework assessment required by law for the decree,
 * not for one processing).
 */
public final class FrenchRulings {
  private FrenchRulings() {}

  /**
   * Lille: the municipal police ran BriefCam, an algorithmic video analysis tool, on the city's
   * CCTV footage from November 2022 to January 2025; the CNIL confirmed that an AIPD was required.
   * Stated: the controller (the municipal police), the purpose (crime prevention and investigation
   * on public streets), the technologies (CCTV, algorithmic analysis of its footage, which shows
   * people and vehicles), the period. Not stated: the number of cameras; the day judged, 1 June
   * 2023, is one within the stated period.
   */
  static Ruling lilleBriefCam() {
    return Ruling.builder("fr-cnil-lille-briefcam")
        .by(Ruling.Kind.SUPERVISORY_AUTHORITY, "CNIL", "FR")
        .reference("letter to the City of Lille, 24 March 2025 (reported by Mediacités)", LocalDate.of(2025, 3, 24))
        .url("https://mediacites.fr/complement-denquete/lille/2025/04/10/videosurveillance-algorithmique-lille-se-fait-taper-sur-les-doigts-par-la-cnil")
        .held(Outcome.REQUIRED, "An AIPD was required for the algorithmic analysis of the CCTV footage, and none was carried out.")
        .processing(ProcessingOperation.builder()
            .name("BriefCam video analytics on the CCTV footage of the Lille municipal police")
            .controller(Controller.of("Ville de Lille (police municipale)", StandardControllerKind.MUNICIPAL_POLICE))
            .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION, StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION)
            .dataCategories(FactSet.atLeast(DataCategory.IMAGES))
            .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
            .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)
            .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
            .period(ProcessingPeriod.of(LocalDate.of(2022, 11, 1), LocalDate.of(2025, 1, 31)))
            .build(), LocalDate.of(2023, 6, 1))
        .build();
  }

  /**
   * Ministry of the Interior, police and gendarmerie drones: the restricted committee held that
   * filming people from camera drones for police purposes was likely to create a high risk and
   * needed an impact assessment under art. 90 LIL (police-justice), and that none was made.
   * Stated: the controller (the Ministry), the purposes as the committee itself classed them under
   * art. 87 LIL, images of identifiable people in public space, drones, use since March 2020.
   * Not expressible: that the drones were a new mechanism for the police, that people were filmed
   * without knowing it, that demonstrations could reveal opinions or beliefs. The day judged is
   * 9 July 2020, the test flight of the on-site check, the drones being still in use then.
   */
  static Ruling ministryOfTheInteriorDrones() {
    return Ruling.builder("fr-cnil-interior-drones")
        .by(Ruling.Kind.SUPERVISORY_AUTHORITY, "CNIL", "FR")
        .reference("délibération de la formation restreinte SAN-2021-003 du 12 janvier 2021", LocalDate.of(2021, 1, 12))
        .url("https://gdprhub.eu/index.php?title=CNIL_(France)_-_SAN-2021-003")
        .held(Outcome.REQUIRED, "Filming people from camera drones for police missions was likely to create a high risk, so the Ministry had to carry out an impact assessment (art. 90 LIL); it carried out none.")
        .processing(ProcessingOperation.builder()
            .name("Camera drones flown by the police and gendarmerie (lockdown checks, judicial police, demonstrations, road checks)")
            .controller(Controller.of("Ministère de l'Intérieur", StandardControllerKind.PUBLIC_BODY))
            .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION,
                StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION,
                StandardPurpose.PUBLIC_SECURITY_THREAT_PREVENTION)
            .dataCategories(FactSet.atLeast(DataCategory.IMAGES))
            .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
            .technologies(StandardTechnology.DRONES)
            .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
            .build(), LocalDate.of(2020, 7, 9))
        .build();
  }

  /**
   * Discord: the restricted committee held that Discord should have carried out a DPIA before
   * processing its users' data, given the large number of users in France and the use of the
   * service by children aged fifteen and over, who are vulnerable; it had carried out none.
   * Stated: the controller (a company), users in France including minors, the online service, and
   * 2,474,000 French accounts unused for more than three years (the total number of French users
   * is redacted; that figure is a floor). Not expressible: the purpose (a voice, video and text
   * messaging service). The day judged is the online check, 17 November 2020.
   */
  static Ruling discord() {
    return Ruling.builder("fr-cnil-discord")
        .by(Ruling.Kind.SUPERVISORY_AUTHORITY, "CNIL", "FR")
        .reference("délibération de la formation restreinte SAN-2022-020 du 10 novembre 2022", LocalDate.of(2022, 11, 10))
        .url("https://gdprhub.eu/index.php?title=CNIL_(France)_-_SAN-2022-020")
        .held(Outcome.REQUIRED, "Processing the data of a very large number of users in France, children of fifteen and over among them, was likely to create a high risk, so Discord had to carry out a DPIA beforehand (art. 35(1) GDPR); it carried out none.")
        .processing(ProcessingOperation.builder()
            .name("Discord voice, video and text messaging service for its users in France")
            .purposes(StandardPurpose.ONLINE_SERVICE_PROVISION)
            .controller(Controller.of("Discord Inc.", StandardControllerKind.COMPANY))
            .dataCategories(FactSet.atLeast(DataCategory.ELECTRONIC_COMMUNICATIONS, DataCategory.ONLINE_IDENTIFIERS_AND_LOGS))
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.CHILDREN))
            .places(StandardPlace.ONLINE)
            .scale(Scale.builder().dataSubjects(2_474_000).build())
            .build(), LocalDate.of(2020, 11, 17))
        .build();
  }

  /**
   * Real-estate company, "Time Doctor": the restricted committee held that software measuring the
   * working time and productivity of teleworking employees, by detecting keyboard and mouse
   * inactivity all day long and taking screenshots every 3 to 15 minutes, monitored them
   * continuously and needed a DPIA; none was made. Stated: the employer (a small company), the
   * employees, their homes, the evaluation of their productivity, the pay deductions for
   * "inactivity", and that the processing had no legal basis at all (art. 6 infringed), so no law
   * assessed beforehand (art. 35(10)). Not expressible: the activity-tracking software itself, the
   * screenshots of the employees' screens. The day judged is the first on-site check, 17 October
   * 2022, when the software was in use.
   */
  static Ruling realEstateTimeDoctor() {
    return Ruling.builder("fr-cnil-time-doctor")
        .by(Ruling.Kind.SUPERVISORY_AUTHORITY, "CNIL", "FR")
        .reference("délibération de la formation restreinte SAN-2024-021 du 19 décembre 2024", LocalDate.of(2024, 12, 19))
        .url("https://gdprhub.eu/index.php?title=CNIL_(France)_-_SAN-2024-021")
        .held(Outcome.REQUIRED, "The continuous monitoring of teleworking employees by activity-tracking software presented a high risk, so the employer had to carry out a DPIA before using it (art. 35 GDPR); it carried out none.")
        .processing(ProcessingOperation.builder()
            .name("Time Doctor activity tracking of teleworking employees (inactivity detection, screenshots, productive and unproductive sites)")
            .controller(Controller.of("Real-estate company (name withheld)", StandardControllerKind.COMPANY))
            .purposes(StandardPurpose.EMPLOYEE_ACTIVITY_MONITORING, StandardPurpose.WORKING_TIME_MANAGEMENT)
            .dataCategories(FactSet.atLeast(DataCategory.PROFESSIONAL_LIFE, DataCategory.ONLINE_IDENTIFIERS_AND_LOGS))
            .dataSubjects(DataSubjectCategory.EMPLOYEES)
            .places(FactSet.atLeast(StandardPlace.HOME))
            .profiling(true)
            .systematicMonitoring(true)
            .continuous(true)
            .decisionsOnEvaluation(true)
            .legalBasisAssessed(false)
            .build(), LocalDate.of(2022, 10, 17))
        .build();
  }

  /**
   * Valenciennes: in a warning to the commune, the CNIL held that the "assisted analysis" of the
   * images of its video-protection cameras (detection of objects left or removed, intrusions, rapid
   * movements, loitering; counting people, crowd density) was likely to create a high risk and
   * allowed the systematic monitoring of people in public space across the city, so it could not be
   * implemented without a prior impact assessment. Stated: the commune, the cameras and the analysis
   * software, public space, systematic monitoring, the city as extent. Not stated: the purposes.
   * The CNIL later said the analysis was envisaged rather than used; the day judged is the on-site
   * check of 12 February 2020, when the software was installed with the cameras.
   */
  static Ruling valenciennesAssistedVideoAnalysis() {
    return Ruling.builder("fr-cnil-valenciennes-video-analysis")
        .by(Ruling.Kind.SUPERVISORY_AUTHORITY, "CNIL", "FR")
        .reference("warning (avertissement) to the commune of Valenciennes, 12 May 2021 (made known on 3 August 2021)", LocalDate.of(2021, 5, 12))
        .url("https://data.technopolice.fr/en/entity/mgnmw01u2yj?file=1628412362656os7gon3w1ap.pdf&page=4")
        .held(Outcome.REQUIRED, "The assisted analysis of the video-protection images was likely to create a high risk and allowed city-wide systematic monitoring of public space, so it could not be implemented without a prior impact assessment.")
        .processing(ProcessingOperation.builder()
            .name("Assisted analysis of the images of the Valenciennes video-protection cameras (Huawei software)")
            .controller(Controller.of("Commune de Valenciennes", StandardControllerKind.LOCAL_AUTHORITY))
            .dataCategories(FactSet.atLeast(DataCategory.IMAGES))
            .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
            .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)
            .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
            .systematicMonitoring(true)
            .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.CITY).build())
            .build(), LocalDate.of(2020, 2, 12))
        .build();
  }

  /**
   * Lons-le-Saunier: answering a resident, the CNIL wrote that an AIPD "seems necessary" for the
   * video-protection scheme the commune entrusted to the police station, as a scheme leading to
   * the systematic monitoring on a large scale of a publicly accessible area, while leaving the
   * controller to make its own analysis. Stated: the commune, video protection of public space.
   * Not stated: the number of cameras, the purposes, the dates. The reply is undated: the article
   * places it a few weeks after the council's deliberation of 24 February, while the mayor's
   * mandate was extended because of Covid-19 and before the second round of the municipal
   * elections, that is in spring 2020; 1 April 2020 stands for it, as decision date and as the day
   * judged, the commune's existing cameras being in operation.
   */
  static Ruling lonsLeSaunierVideoProtection() {
    return Ruling.builder("fr-cnil-lons-le-saunier")
        .by(Ruling.Kind.SUPERVISORY_AUTHORITY, "CNIL", "FR")
        .reference("reply of the CNIL's services to a resident, spring 2020 (reported by Factuel)", LocalDate.of(2020, 4, 1))
        .url("https://www.factuel.info/video-surveillance-a-lons-le-saunier-la-cnil-recommande-une-etude-dimpact")
        .held(Outcome.REQUIRED, "An AIPD seemed necessary for the municipal video-protection scheme, a systematic monitoring of a publicly accessible area.")
        .processing(ProcessingOperation.builder()
            .name("Municipal video-protection scheme of Lons-le-Saunier entrusted to the police station")
            .controller(Controller.of("Commune de Lons-le-Saunier", StandardControllerKind.LOCAL_AUTHORITY))
            .dataCategories(FactSet.atLeast(DataCategory.IMAGES))
            .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
            .technologies(StandardTechnology.VIDEO_SURVEILLANCE)
            .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
            .build(), LocalDate.of(2020, 4, 1))
        .build();
  }

  /**
   * A small commune (name withheld): formal notice by the President of the CNIL, among other
   * breaches, for carrying out no impact assessment before operating a video-protection scheme
   * that leads to the systematic monitoring on a large scale of a publicly accessible area. Stated:
   * the commune, cameras filming public roads (some of them the inside of dwellings), systematic
   * monitoring. Not stated: the number of cameras, the purposes, the dates of the notice and of the
   * check; the notice is dated by the CNIL's communiqué of 23 December 2021, and the day judged is
   * that day, the scheme being in operation then (the commune was given four months to comply).
   */
  static Ruling smallCommuneVideoProtection() {
    return Ruling.builder("fr-cnil-small-commune-video-protection")
        .by(Ruling.Kind.SUPERVISORY_AUTHORITY, "CNIL", "FR")
        .reference("formal notice (mise en demeure) to a commune, made public on 23 December 2021", LocalDate.of(2021, 12, 23))
        .url("https://www.lalettredumaire.com/article-reglementation-sur-la-videoprotection-la-cnil-epingle-une-commune-negligente-187583.html")
        .held(Outcome.REQUIRED, "An impact assessment was required before operating the video-protection scheme, which leads to the systematic monitoring of a publicly accessible area on a large scale; none was made.")
        .processing(ProcessingOperation.builder()
            .name("Video-protection cameras of a small commune filming public roads")
            .controller(Controller.of("A small commune (name withheld)", StandardControllerKind.LOCAL_AUTHORITY))
            .dataCategories(FactSet.atLeast(DataCategory.IMAGES))
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.GENERAL_PUBLIC))
            .technologies(StandardTechnology.VIDEO_SURVEILLANCE)
            .places(FactSet.atLeast(StandardPlace.PUBLICLY_ACCESSIBLE_AREA, StandardPlace.HOME))
            .systematicMonitoring(true)
            .build(), LocalDate.of(2021, 12, 23))
        .build();
  }

  /**
   * Beaucaire: the Conseil d'État upheld the CNIL's formal notice MED-2023-006 ordering the commune
   * to carry out an impact assessment (art. 90 LIL): 73 cameras in areas accessible to the public,
   * near major thoroughfares, public services and infrastructures, were by their nature and scale
   * likely to present a high risk. Stated: the commune (a competent authority), the 73 cameras, six
   * with licence-plate reading, public roads, the system's existence since 1995 (the year only: the
   * period starts on 1 January 1995), the judicial-police purpose of the plate reading (the other
   * purposes were indeterminate). Not expressible: the number of cameras. The day judged is the
   * formal notice, 6 February 2023, the day the facts are stated for.
   */
  static Ruling beaucaireVideoProtection() {
    return Ruling.builder("fr-ce-beaucaire")
        .by(Ruling.Kind.COURT, "Conseil d'État", "FR")
        .reference("CE, 30 avril 2024, n° 472864, Commune de Beaucaire (CNIL MED-2023-006 du 6 février 2023)", LocalDate.of(2024, 4, 30))
        .url("https://gdprhub.eu/index.php?title=CE_-_N°_472864")
        .held(Outcome.REQUIRED, "Given its nature and scale, the 73-camera video-protection system was likely to present a high risk and required an impact assessment (art. 90 LIL).")
        .processing(ProcessingOperation.builder()
            .name("Beaucaire video protection: 73 cameras on public roads, six with automated licence-plate reading")
            .controller(Controller.of("Commune de Beaucaire", StandardControllerKind.LOCAL_AUTHORITY))
            .purposes(FactSet.atLeast(StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION))
            .dataCategories(FactSet.atLeast(DataCategory.IMAGES, DataCategory.LICENCE_PLATES))
            .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
            .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.LICENCE_PLATE_RECOGNITION)
            .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
            .period(ProcessingPeriod.since(LocalDate.of(1995, 1, 1)))
            .build(), LocalDate.of(2023, 2, 6))
        .build();
  }

  /**
   * StopCovid: the President of the CNIL ordered the Ministry to complete its DPIA, which did not
   * describe every processing linked to the contact-tracing app (IP addresses collected by the
   * anti-DDoS service, device data read by reCaptcha) and so did not fully meet art. 35 GDPR.
   * Stated: the Ministry, the declaration of a positive diagnosis or test, IP addresses, the app
   * offered nationwide since 2 June 2020, about 1.5 million activations on the days of the checks.
   * Not expressible: the purpose (contact tracing), the Bluetooth proximity history, the app.
   */
  static Ruling stopCovid() {
    return Ruling.builder("fr-cnil-stopcovid")
        .by(Ruling.Kind.SUPERVISORY_AUTHORITY, "CNIL", "FR")
        .reference("décision MED-2020-015 du 15 juillet 2020 (mise en demeure)", LocalDate.of(2020, 7, 15))
        .url("https://gdprhub.eu/index.php?title=CNIL_(France)_-_MED-2020-015")
        .held(Outcome.REQUIRED, "The DPIA of the StopCovid app had to describe every processing linked to it; as it did not, it was ordered to be completed (art. 35 GDPR).")
        .processing(ProcessingOperation.builder()
            .name("StopCovid France contact-tracing app")
            .purposes(StandardPurpose.PUBLIC_HEALTH)
            .controller(Controller.of("Ministère des Solidarités et de la Santé", StandardControllerKind.PUBLIC_BODY))
            .dataCategories(FactSet.atLeast(DataCategory.HEALTH, DataCategory.ONLINE_IDENTIFIERS_AND_LOGS))
            .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
            .places(FactSet.atLeast(StandardPlace.ONLINE))
            .scale(Scale.builder().dataSubjects(1_500_000).geographicExtent(Scale.GeographicExtent.NATIONAL).build())
            .period(ProcessingPeriod.since(LocalDate.of(2020, 6, 2)))
            .build(), LocalDate.of(2020, 6, 25))
        .build();
  }

  /**
   * HOPSYWEB × FSPRT: the Conseil d'État held that the linkage of the file of people in psychiatric
   * care without consent with the radicalisation file, for preventing terrorist radicalisation,
   * concerns State security and falls outside the GDPR, so the plea that its impact assessment was
   * inadequate under the GDPR was ineffective. Stated: the purpose (the court's own qualification),
   * the identification data linked, the admissions to psychiatric care, the linkage of two files.
   * Not expressible: that the processing is carried out on behalf of the State (authorised by a
   * decree in Conseil d'État under former art. 26 II LIL). The day judged is the judgment's.
   */
  static Ruling hopsyweb() {
    return Ruling.builder("fr-ce-hopsyweb")
        .by(Ruling.Kind.COURT, "Conseil d'État", "FR")
        .reference("CE, 27 mars 2020, n° 431350, CRPA et autres", LocalDate.of(2020, 3, 27))
        .url("https://gdprhub.eu/index.php?title=CE_-_N°_431350")
        .held(Outcome.NOT_REQUIRED, "The linkage pursues State security and falls outside the GDPR, so its DPIA duty did not apply and the plea of an inadequate impact assessment was ineffective.")
        .processing(ProcessingOperation.builder()
            .name("Linkage of HOPSYWEB (psychiatric care without consent) with the FSPRT radicalisation file")
            .controller(Controller.of("État (décret n° 2019-412 du 6 mai 2019)", StandardControllerKind.PUBLIC_BODY))
            .purposes(StandardPurpose.NATIONAL_SECURITY_AND_DEFENCE)
            .dataCategories(FactSet.atLeast(DataCategory.IDENTIFICATION, DataCategory.HEALTH))
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.PATIENTS, DataSubjectCategory.MENTALLY_ILL_PERSONS))
            .combinesDatasets(true)
            .build(), LocalDate.of(2020, 3, 27))
        .build();
  }

  /** Every French ruling: supervisory authority's, by date, then the courts', by date. */
  public static List<Ruling> all() {
    return List.of(
        lonsLeSaunierVideoProtection(),
        stopCovid(),
        ministryOfTheInteriorDrones(),
        valenciennesAssistedVideoAnalysis(),
        smallCommuneVideoProtection(),
        discord(),
        realEstateTimeDoctor(),
        lilleBriefCam(),
        hopsyweb(),
        beaucaireVideoProtection());
  }
}
