package org.dpia.examples.rulings;

import java.time.LocalDate;
import java.util.List;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.decision.Outcome;
import org.dpia.core.model.Controller;
import org.dpia.core.text.Text;
import org.dpia.core.model.PurposeFamily;
import org.dpia.core.model.CustomPurpose;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DpiaElement;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.DpoAdvice;
import org.dpia.core.model.ResidualRisk;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.Place;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.model.Technology;

/**
 * Rulings of other supervisory authorities of the EU and of courts on whether a DPIA was required,
 * each processing described with the facts the ruling states and nothing a reader would add.
 *
 * <p>Conventions. A fact the ruling does not state is left unknown. A list given as the
 * processing's categories is "exactly these"; one the ruling gives only in part is
 * {@link FactSet#atLeast(Object[]) at least these}. Where a stated purpose or technology has no
 * item of the vocabulary that says the same thing, it is left out and the Javadoc says so. School
 * administration, teaching and pupil surveys run by a school or its board are described with
 * {@link StandardPurpose#SCHOOL_AND_CHILDHOOD_SERVICES}, the vocabulary's purpose for school services.
 * Where a ruling states that the basis is consent, a contract or a legitimate interest, or that
 * there was no legal basis, the processing's basis is not a law assessed on its adoption:
 * {@code legalBasisAssessed(false)}; otherwise that fact is left unknown.
 */
public final class EuropeanRulings {
  private EuropeanRulings() {}

  /**
   * Pupil guidance: surveys of pupils' well-being and school environment. It is neither teaching
   * nor the management of school services (registrations, canteens) that the CNIL's exempt list
   * names, and no core purpose says it: a purpose of the "other" family.
   */
  static final Purpose PUPIL_GUIDANCE = CustomPurpose.of("PUPIL_GUIDANCE",
      Text.of("pupil guidance: surveys of pupils' well-being and school environment",
          "l'accompagnement des élèves : enquêtes sur leur bien-être et leur environnement scolaire"),
      PurposeFamily.OTHER);

  private static final Ruling.Kind AUTHORITY = Ruling.Kind.SUPERVISORY_AUTHORITY;
  private static final Ruling.Kind COURT = Ruling.Kind.COURT;

  // -------------------------------------------------------------------------------------------
  // rulings.md

  /**
   * Skellefteå (R1): a three-week pilot of facial recognition to record the attendance of 22 pupils
   * of one class; art. 35 and 36 infringed (upheld on appeal). Stated: the controller (the
   * municipality's upper-secondary school board), the purpose (attendance control), facial images
   * compared with stored ones (biometric) and names, pupils, the classroom, the 22 pupils, the
   * pupils "surveilled by camera in their daily environment". Stated only as "autumn 2018": a mid-
   * autumn day is taken, no period is set.
   */
  static Ruling skellefteaFacialRecognition() {
    return Ruling.builder("se-imy-skelleftea-facial-recognition")
        .by(AUTHORITY, "Datainspektionen (now IMY)", "SE")
        .reference("DI-2019-2221, 20 August 2019 (upheld by Kammarrätten i Stockholm, 5888-20, 1 March 2021)",
            LocalDate.of(2019, 8, 20))
        .url("https://gdprhub.eu/index.php?oldid=20703&title=KamR_Stockholm_-_Case_No._5888-20")
        .held(Outcome.REQUIRED,
            "The school board did not meet the requirements of an impact assessment (art. 35) nor consult the authority beforehand (art. 36) for facial recognition of pupils.")
        .processing(ProcessingOperation.builder()
            .name("Facial-recognition attendance pilot in a class of Anderstorp upper-secondary school")
            .controller(Controller.of("Gymnasienämnden, Skellefteå kommun", StandardControllerKind.LOCAL_AUTHORITY))
            .purposes(StandardPurpose.SCHOOL_AND_CHILDHOOD_SERVICES)
            .dataCategories(DataCategory.IMAGES, DataCategory.BIOMETRIC, DataCategory.IDENTIFICATION)
            .dataSubjects(DataSubjectCategory.PUPILS)
            .technologies(StandardTechnology.FACIAL_RECOGNITION)
            .places(StandardPlace.SCHOOL)
            .systematicMonitoring(true)
            .scale(Scale.builder()
                .dataSubjects(22)
                .permanence(Scale.Permanence.TEMPORARY)
                .geographicExtent(Scale.GeographicExtent.SINGLE_SITE)
                .build())
            .build(), LocalDate.of(2018, 10, 15))
        .build();
  }

  /**
   * Mercadona (R2): facial recognition at supermarket entrances to detect people under court
   * entry bans; the DPIA carried out was held deficient, art. 35 infringed. Stated: biometric
   * templates and data on criminal convictions, everyone entering (customers, minors, employees,
   * banned persons), video surveillance with facial recognition, the period, and no law as its
   * basis (no national law under art. 9(2)(g), no art. 6 basis). Left out: the purpose (enforcing
   * court entry bans) has no item of the vocabulary.
   * The DPIA: it did not assess the risks specific to the system, notably to employees (art.
   * 35(7)(c)); not dated in the pages read, it is recorded as completed on the day audited.
   */
  static Ruling mercadonaFacialRecognition() {
    return Ruling.builder("es-aepd-mercadona-facial-recognition")
        .by(AUTHORITY, "AEPD", "ES")
        .reference("PS/00120/2021, 23 July 2021", LocalDate.of(2021, 7, 23))
        .url("https://gdprhub.eu/index.php?title=AEPD_(Spain)_-_PS/00120/2021&diff=17788&oldid=17753")
        .held(Outcome.REQUIRED,
            "The DPIA Mercadona carried out ignored the specific risks, notably to employees, which invalidated it: art. 35 infringed.")
        .processing(ProcessingOperation.builder()
            .name("Facial recognition at the entrances of Mercadona supermarkets")
            .controller(Controller.of("Mercadona, S.A.", StandardControllerKind.COMPANY))
            .dataCategories(DataCategory.IMAGES, DataCategory.BIOMETRIC, DataCategory.CRIMINAL_OFFENCES)
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.CUSTOMERS, DataSubjectCategory.CHILDREN,
                DataSubjectCategory.EMPLOYEES, DataSubjectCategory.PERSONS_IN_CRIMINAL_PROCEEDINGS))
            .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.FACIAL_RECOGNITION)
            .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
            .period(ProcessingPeriod.of(LocalDate.of(2020, 6, 1), LocalDate.of(2021, 5, 6)))
            .legalBasisAssessed(false)
            .build(), LocalDate.of(2020, 7, 6))
        .dpiaHeldDeficient(DpiaRecord.builder().title("Mercadona's DPIA of the facial recognition system")
            .completedOn(LocalDate.of(2020, 7, 6)).addVersions(Ruling.AS_JUDGED)
            .lacks(DpiaElement.RISK_ASSESSMENT).build(), LocalDate.of(2020, 7, 6), BreachReason.LACKS_CONTENT)
        .build();
  }

  /**
   * Foodinho 2021 (R3): the Glovo platform's management of 18,684 riders; art. 35 infringed with
   * arts. 5, 13, 22, 25, 30, 32 and 37. Stated: location every 15 seconds, communications with the
   * call centre, ratings and performance data, riders and customers, scoring and ranking, automated
   * decisions up to exclusion from the platform, the number of riders across Italy. Left out: the
   * purpose (rider management: slots, orders, scoring) and the scoring algorithm have no item.
   * Judged on the inspection month, June 2019.
   */
  static Ruling foodinho2021() {
    return Ruling.builder("it-garante-foodinho-riders-2021")
        .by(AUTHORITY, "Garante per la protezione dei dati personali", "IT")
        .reference("ordinanza ingiunzione against Foodinho s.r.l., 10 June 2021", LocalDate.of(2021, 6, 10))
        .url("https://www.dataguidance.com/news/italy-garante-fines-foodinho-26m-unlawful-employee")
        .held(Outcome.REQUIRED, "Foodinho infringed art. 35 in managing its riders through the platform.")
        .processing(ProcessingOperation.builder()
            .name("Management and rating of Foodinho (Glovo) riders")
            .controller(Controller.of("Foodinho s.r.l.", StandardControllerKind.COMPANY))
            .dataCategories(FactSet.atLeast(DataCategory.LOCATION, DataCategory.ELECTRONIC_COMMUNICATIONS,
                DataCategory.PROFESSIONAL_LIFE))
            .dataSubjects(DataSubjectCategory.EMPLOYEES, DataSubjectCategory.CUSTOMERS)
            .technologies(FactSet.<Technology>atLeast(StandardTechnology.LOCATION_TRACKING))
            .profiling(true)
            .automatedDecisions(true)
            .decisionsOnEvaluation(true)
            .mayExcludeFromRightServiceOrContract(true)
            .continuous(true)
            .scale(Scale.builder().dataSubjects(18_684).geographicExtent(Scale.GeographicExtent.NATIONAL).build())
            .build(), LocalDate.of(2019, 6, 15))
        .build();
  }

  /**
   * Foodinho 2024 (R4): real-time geolocation, facial recognition and automated deactivation of
   * more than 35,000 riders; art. 35 among the provisions infringed. Stated: "systematic control of
   * the work performed by the riders", location, biometric data, ratings, communications,
   * automated decisions without human intervention, continuous tracking, deactivation. Judged on
   * the day of the decision, which bans the continued biometric processing.
   */
  static Ruling foodinho2024() {
    return Ruling.builder("it-garante-foodinho-riders-2024")
        .by(AUTHORITY, "Garante per la protezione dei dati personali", "IT")
        .reference("provvedimento doc. web n. 10074601, 13 November 2024", LocalDate.of(2024, 11, 13))
        .url("https://gdprhub.eu/index.php?title=Garante_per_la_protezione_dei_dati_personali_%28Italy%29_-_10074601")
        .held(Outcome.REQUIRED, "Foodinho infringed art. 35 in its geolocation, facial recognition and automated management of riders.")
        .processing(ProcessingOperation.builder()
            .name("Geolocation, facial-recognition checks and automated management of Foodinho (Glovo) riders")
            .controller(Controller.of("Foodinho s.r.l.", StandardControllerKind.COMPANY))
            .purposes(FactSet.<Purpose>atLeast(StandardPurpose.EMPLOYEE_ACTIVITY_MONITORING))
            .dataCategories(FactSet.atLeast(DataCategory.LOCATION, DataCategory.BIOMETRIC, DataCategory.PROFESSIONAL_LIFE,
                DataCategory.ELECTRONIC_COMMUNICATIONS))
            .dataSubjects(DataSubjectCategory.EMPLOYEES)
            .technologies(FactSet.<Technology>atLeast(StandardTechnology.LOCATION_TRACKING, StandardTechnology.FACIAL_RECOGNITION))
            .profiling(true)
            .automatedDecisions(true)
            .decisionsOnEvaluation(true)
            .mayExcludeFromRightServiceOrContract(true)
            .systematicMonitoring(true)
            .continuous(true)
            .scale(Scale.builder().dataSubjects(35_000).geographicExtent(Scale.GeographicExtent.NATIONAL).build())
            .build(), LocalDate.of(2024, 11, 13))
        .build();
  }

  /**
   * Helsingør (R8): Chromebooks and Google Workspace for Education in the municipality's schools;
   * the DPIA sent after the ban was deficient, the ban maintained until arts. 35(1), 35(7) and
   * 36(1) are complied with. Stated: the municipality, teaching and school administration, the
   * pupils of its schools, their personal data in the cloud office suite. Left out: the transfers
   * to the USA; the data items were not stated.
   * The DPIA sent on 1 August 2022: the risks not all identified and managed (art. 35(7)(c) and
   * (d)), a high risk remaining that the municipality itself accepted, and no prior consultation
   * (art. 36(1)); audited on the day of the decision.
   */
  static Ruling helsingorChromebooks() {
    return Ruling.builder("dk-datatilsynet-helsingor-chromebooks")
        .by(AUTHORITY, "Datatilsynet", "DK")
        .reference("case 2020-431-0061, decision of 18 August 2022", LocalDate.of(2022, 8, 18))
        .url("https://www.datatilsynet.dk/afgoerelser/afgoerelser/2022/aug/datatilsynet-fastholder-forbud-i-chromebook-sag")
        .held(Outcome.REQUIRED,
            "The municipality's DPIA had not identified and managed all the high risks to the children, and prior consultation was required: the ban was maintained.")
        .processing(ProcessingOperation.builder()
            .name("Chromebooks and Google Workspace for Education in Helsingør's schools")
            .controller(Controller.of("Helsingør Kommune", StandardControllerKind.LOCAL_AUTHORITY))
            .purposes(StandardPurpose.EDUCATION, StandardPurpose.SCHOOL_AND_CHILDHOOD_SERVICES)
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.PUPILS))
            .technologies(StandardTechnology.CLOUD_OFFICE_SUITE)
            .personalData(true)
            .places(StandardPlace.SCHOOL)
            .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.CITY).build())
            .build(), LocalDate.of(2022, 7, 14))
        .dpiaHeldDeficient(DpiaRecord.builder().title("Helsingør's DPIA sent on 1 August 2022")
            .completedOn(LocalDate.of(2022, 8, 1)).addVersions(Ruling.AS_JUDGED)
            .lacks(DpiaElement.RISK_ASSESSMENT, DpiaElement.MEASURES).residualRisk(ResidualRisk.HIGH).authorityConsulted(false).build(),
            LocalDate.of(2022, 8, 18), BreachReason.LACKS_CONTENT, BreachReason.PRIOR_CONSULTATION_MISSING)
        .build();
  }

  /**
   * Swedish Police and Clearview AI (R9): a few officers used Clearview's facial recognition to
   * identify victims and perpetrators; no impact assessment, under the Criminal Data Act. Stated:
   * the police authority and its 33,000 staff, criminal investigations, facial images and
   * biometric data, victims and suspects, an external service matching against its own database,
   * intermittent use from autumn 2019 to March 2020 (a day in between is taken).
   */
  static Ruling swedishPoliceClearview() {
    return Ruling.builder("se-imy-police-clearview")
        .by(AUTHORITY, "IMY", "SE")
        .reference("DI-2020-2719, 10 February 2021", LocalDate.of(2021, 2, 10))
        .url("https://www.imy.se/tillsyner/polismyndigheten/")
        .held(Outcome.REQUIRED, "The police failed to conduct the impact assessment that this processing required.")
        .processing(ProcessingOperation.builder()
            .name("Use of Clearview AI by the Swedish Police Authority")
            .controller(Controller.builder().name("Polismyndigheten")
                .kind(StandardControllerKind.NATIONAL_POLICE_OR_GENDARMERIE).staff(33_000).build())
            .purposes(StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION)
            .dataCategories(FactSet.atLeast(DataCategory.IMAGES, DataCategory.BIOMETRIC))
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.PERSONS_IN_CRIMINAL_PROCEEDINGS))
            .technologies(StandardTechnology.FACIAL_RECOGNITION)
            .externalSources(true)
            .continuous(false)
            .build(), LocalDate.of(2020, 1, 15))
        .build();
  }

  /**
   * Kymen Vesi (R10): the location data of the vehicles employees use, to monitor their working
   * hours; no DPIA, art. 35 infringed (three WP248 criteria). Stated: the employer, the purpose,
   * location data, employees, GPS tracking in vehicles, systematic and continuous monitoring. No
   * date of the processing is stated: it is judged on the day of the decision.
   */
  static Ruling kymenVesi() {
    return Ruling.builder("fi-tietosuoja-kymen-vesi-vehicle-location")
        .by(AUTHORITY, "Tietosuojavaltuutetun toimisto (sanctions board)", "FI")
        .reference("531/161/20, 18 May 2020", LocalDate.of(2020, 5, 18))
        .url("https://gdprhub.eu/index.php?title=Tietosuojavaltuutetun_toimisto_(Findland)_-_531/161/20")
        .held(Outcome.REQUIRED,
            "Systematic monitoring of employees' vehicle location data was likely to result in a high risk: a DPIA was required and none was made.")
        .processing(ProcessingOperation.builder()
            .name("Vehicle location data used to monitor Kymen Vesi employees' working hours")
            .controller(Controller.of("Kymen Vesi Oy", StandardControllerKind.COMPANY))
            .purposes(StandardPurpose.WORKING_TIME_MANAGEMENT)
            .dataCategories(FactSet.atLeast(DataCategory.LOCATION))
            .dataSubjects(DataSubjectCategory.EMPLOYEES)
            .technologies(StandardTechnology.LOCATION_TRACKING)
            .places(StandardPlace.VEHICLE)
            .systematicMonitoring(true)
            .continuous(true)
            .build(), LocalDate.of(2020, 5, 18))
        .build();
  }

  /**
   * Taksi Helsinki (R11): the in-taxi camera system recording passengers' sound and image, one of
   * the processings (with location data and loyalty profiling) begun without the DPIAs required.
   * Stated: the company, video and audio of passengers (their conversations recorded), the camera surveillance system, inside taxis, legitimate
   * interest (not a law) as the basis claimed. The purpose, "security", is described as a purpose of the other family.
   * Installed in summer 2019; judged in November 2019, when the investigation ran.
   */
  static Ruling taksiHelsinki() {
    return Ruling.builder("fi-tietosuoja-taksi-helsinki-audio-video")
        .by(AUTHORITY, "Tietosuojavaltuutetun toimisto", "FI")
        .reference("8393/161/2019, 26 May 2020", LocalDate.of(2020, 5, 26))
        .url("https://gdprhub.eu/index.php?title=Tietosuojavaltuutetun_toimisto_%28Findland%29_-_8393%2F161%2F2019")
        .held(Outcome.REQUIRED,
            "The company failed to carry out the impact assessments required before it started recording audio and video in taxis.")
        .processing(ProcessingOperation.builder()
            .name("Camera surveillance recording audio and video in Taksi Helsinki taxis")
            .purposes(CustomPurpose.of("SECURITY_OF_DRIVERS_AND_PASSENGERS", Text.of("security of drivers and passengers"), PurposeFamily.OTHER))
            .controller(Controller.of("Taksi Helsinki Oy", StandardControllerKind.COMPANY))
            .dataCategories(DataCategory.IMAGES, DataCategory.VOICE_RECORDINGS, DataCategory.PRIVATE_CONVERSATIONS)
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.CUSTOMERS))
            .technologies(StandardTechnology.VIDEO_SURVEILLANCE)
            .places(StandardPlace.VEHICLE)
            .systematicMonitoring(true)
            .legalBasisAssessed(false)
            .build(), LocalDate.of(2019, 11, 15))
        .build();
  }

  /**
   * Centaur and Hyperion (R12): CCTV, drones, AI behavioural analytics and fingerprint-checked RFID
   * access in asylum-seekers' centres on five islands; the DPIAs were incomplete, not from the
   * design stage: arts. 25 and 35 infringed. Stated: the ministry, entry-exit control, images and
   * fingerprints, asylum seekers, the technologies, permanent systems, systematic surveillance.
   * Left out: the closed centres are no place of the vocabulary. Judged on the day of the decision.
   */
  static Ruling centaurHyperion() {
    return Ruling.builder("gr-hdpa-migration-centaur-hyperion")
        .by(AUTHORITY, "Hellenic Data Protection Authority", "GR")
        .reference("decision of 2 April 2024 (press release, prot. 1042)", LocalDate.of(2024, 4, 2))
        .url("http://dpa.gr/en/enimerwtiko/press-releases/ministry-migration-and-asylum-receives-administrative-fine-and-gdpr")
        .held(Outcome.REQUIRED,
            "The ministry's impact assessments were substantially incomplete and not made from the design stage: arts. 25 and 35 infringed.")
        .processing(ProcessingOperation.builder()
            .name("Centaur and Hyperion surveillance and access systems in asylum-seekers' centres")
            .controller(Controller.of("Ministry of Migration and Asylum", StandardControllerKind.PUBLIC_BODY))
            .purposes(FactSet.<Purpose>atLeast(StandardPurpose.PHYSICAL_ACCESS_CONTROL))
            .dataCategories(FactSet.atLeast(DataCategory.IMAGES, DataCategory.BIOMETRIC))
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.ASYLUM_SEEKERS))
            .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.DRONES,
                StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS, StandardTechnology.ARTIFICIAL_INTELLIGENCE,
                StandardTechnology.BIOMETRIC_RECOGNITION, StandardTechnology.BADGE_ACCESS_CONTROL)
            .systematicMonitoring(true)
            .scale(Scale.builder().permanence(Scale.Permanence.PERMANENT).build())
            .build(), LocalDate.of(2024, 4, 2))
        .build();
  }

  /**
   * Limerick (R13): 401 CCTV cameras, ANPR and drones of a city and county council; DPIAs missing
   * for the cameras at several locations. Stated: the council, traffic management and crime
   * prevention among its purposes, images and registration numbers, the public, the technologies,
   * public places across the city and county, constant real-time monitoring, cameras kept for
   * years. Judged on the day of the decision, which orders cameras switched off.
   */
  static Ruling limerickCctv() {
    return Ruling.builder("ie-dpc-limerick-cctv")
        .by(AUTHORITY, "Data Protection Commission", "IE")
        .reference("03/SIU/2018, 9 December 2021", LocalDate.of(2021, 12, 9))
        .url("https://gdprhub.eu/index.php?oldid=23850&title=DPC_%28Ireland%29_-_DPC_Case_Reference%3A_03%2FSIU%2F2018")
        .held(Outcome.REQUIRED,
            "The council failed to carry out proper DPIAs for the installation of cameras at several locations.")
        .processing(ProcessingOperation.builder()
            .name("CCTV, ANPR and drones of Limerick City and County Council")
            .controller(Controller.of("Limerick City and County Council", StandardControllerKind.LOCAL_AUTHORITY))
            .purposes(FactSet.<Purpose>atLeast(StandardPurpose.TRAFFIC_MANAGEMENT,
                StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION))
            .dataCategories(DataCategory.IMAGES, DataCategory.LICENCE_PLATES)
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.GENERAL_PUBLIC))
            .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.LICENCE_PLATE_RECOGNITION,
                StandardTechnology.DRONES)
            .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
            .systematicMonitoring(true)
            .continuous(true)
            .scale(Scale.builder()
                .permanence(Scale.Permanence.PERMANENT)
                .geographicExtent(Scale.GeographicExtent.REGIONAL)
                .build())
            .build(), LocalDate.of(2021, 12, 9))
        .build();
  }

  /**
   * Instagram (R15): child users' contact details published on business accounts, and accounts
   * public by default; art. 35(1) infringed, after EDPB binding decision 2/2022. Stated: Meta
   * Ireland, contact details, users aged 13 to 17, an online service, EU-wide, contract and
   * legitimate interest as the bases invoked (not a law). Left out: the purposes (business
   * accounts, privacy settings). Judged in the middle of the stated period in
   * which contact details were in the page HTML (25 May 2018 to September 2019).
   */
  static Ruling instagramChildren() {
    return Ruling.builder("ie-dpc-instagram-children")
        .by(AUTHORITY, "Data Protection Commission", "IE")
        .reference("final decision of 2 September 2022 (after EDPB binding decision 2/2022)", LocalDate.of(2022, 9, 2))
        .url("https://gdprhub.eu/index.php?title=EDPB_-_Binding_Decision_2%2F2022")
        .held(Outcome.REQUIRED, "Meta infringed art. 35(1) in processing child users' data on Instagram.")
        .processing(ProcessingOperation.builder()
            .name("Publication of child users' contact details and public-by-default Instagram accounts")
            .purposes(StandardPurpose.ONLINE_SERVICE_PROVISION)
            .controller(Controller.of("Meta Platforms Ireland Limited", StandardControllerKind.COMPANY))
            .dataCategories(FactSet.atLeast(DataCategory.CONTACT_DETAILS))
            .dataSubjects(DataSubjectCategory.CHILDREN)
            .places(StandardPlace.ONLINE)
            .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.INTERNATIONAL).build())
            .legalBasisAssessed(false)
            .build(), LocalDate.of(2019, 1, 15))
        .build();
  }

  /**
   * Rælingen (R16): the Showbie app used for school-home messages about 15 pupils with
   * disabilities, with health and medication data; no DPIA before use. Stated: the municipality,
   * health data and the pupils' identity, the pupils (and parents), the school, one adapted
   * department. The 15 pupils are stated, the parents are not counted: no number is set. Judged in
   * May 2019, when the breach was notified.
   */
  static Ruling raelingenShowbie() {
    return Ruling.builder("no-datatilsynet-raelingen-showbie")
        .by(AUTHORITY, "Datatilsynet", "NO")
        .reference("20/02191, final decision of July 2020 (advance notice 19/01478)", LocalDate.of(2020, 7, 2))
        .url("https://edpb.europa.eu/news/national-news/2020/norwegian-dpa-administrative-fine-raelingen-municipality_el")
        .held(Outcome.REQUIRED, "No DPIA had been carried out before the app was put to use for children's health data.")
        .processing(ProcessingOperation.builder()
            .name("Showbie app for school-home communication about pupils with special needs")
            .controller(Controller.of("Rælingen kommune", StandardControllerKind.LOCAL_AUTHORITY))
            .purposes(StandardPurpose.EDUCATION)
            .dataCategories(FactSet.atLeast(DataCategory.HEALTH, DataCategory.IDENTIFICATION))
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.PUPILS))
            .places(FactSet.<Place>atLeast(StandardPlace.SCHOOL))
            .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.SINGLE_SITE).build())
            .build(), LocalDate.of(2019, 5, 15))
        .build();
  }

  /**
   * Belastingdienst FSV (R18): a blacklist of fraud signals on about 270,000 people used for risk
   * selection; the DPO was not properly and timely involved in the DPIA (art. 35(2)). Stated: the
   * tax administration, fraud-risk selection, identity, income, health and religious indicators,
   * minors among those listed, signals from outside sources, labelling as potential fraudsters,
   * intensified supervision and exclusion from debt schemes, no legal basis, the period 2013 to
   * 2020 (judged within its GDPR part).
   * The DPIA: the DPO was asked for advice only more than a year after it was carried out (art.
   * 35(2) with art. 38(1)); not dated in the pages read, it is recorded as completed on the day audited.
   */
  static Ruling belastingdienstFsv() {
    return Ruling.builder("nl-ap-belastingdienst-fsv")
        .by(AUTHORITY, "Autoriteit Persoonsgegevens", "NL")
        .reference("besluit tot boeteoplegging, Minister of Finance (FSV), 12 April 2022", LocalDate.of(2022, 4, 12))
        .url("https://autoriteitpersoonsgegevens.nl/uploads/imported/besluit_boete_belastingdienst_fsv.pdf")
        .held(Outcome.REQUIRED,
            "A DPIA was required for FSV, and the DPO was not properly and timely involved in it (art. 35(2)).")
        .processing(ProcessingOperation.builder()
            .name("Fraude Signalering Voorziening (FSV) of the Dutch Tax Administration")
            .controller(Controller.of("Minister van Financiën (Belastingdienst)", StandardControllerKind.PUBLIC_BODY))
            .purposes(StandardPurpose.CREDIT_OR_FRAUD_SCORING)
            .dataCategories(FactSet.atLeast(DataCategory.IDENTIFICATION, DataCategory.FINANCIAL, DataCategory.HEALTH,
                DataCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS))
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.CHILDREN))
            .profiling(true)
            .decisionsOnEvaluation(true)
            .mayExcludeFromRightServiceOrContract(true)
            .externalSources(true)
            .scale(Scale.builder().dataSubjects(270_000).geographicExtent(Scale.GeographicExtent.NATIONAL).build())
            .period(ProcessingPeriod.of(LocalDate.of(2013, 11, 4), LocalDate.of(2020, 2, 27)))
            .legalBasisAssessed(false)
            .build(), LocalDate.of(2019, 4, 12))
        .dpiaHeldDeficient(DpiaRecord.builder().title("DPIA of FSV")
            .completedOn(LocalDate.of(2019, 4, 12)).addVersions(Ruling.AS_JUDGED)
            .dpoAdvice(DpoAdvice.NOT_SOUGHT).build(), LocalDate.of(2019, 4, 12), BreachReason.DPO_NOT_CONSULTED)
        .build();
  }

  /**
   * Trento (R20): EU research projects training AI on the municipal police's CCTV, on microphones
   * in public places and on social-media messages; no DPIA before the processing began. Stated:
   * the municipality, scientific research, video, audio, offence and religious data, the public,
   * CCTV and AI behavioural analysis, public places and social media, data from social networks,
   * no legal provision allowing it. Marvel ran January 2021 to December 2023: judged in mid-2022.
   */
  static Ruling trentoMarvelProtector() {
    return Ruling.builder("it-garante-trento-marvel-protector")
        .by(AUTHORITY, "Garante per la protezione dei dati personali", "IT")
        .reference("provvedimento n. 5, 11 January 2024, doc. web n. 9977020", LocalDate.of(2024, 1, 11))
        .url("https://garanteprivacy.it/web/guest/home/docweb/-/docweb-display/docweb/9977020")
        .held(Outcome.REQUIRED, "No impact assessment had been carried out before the processing began.")
        .processing(ProcessingOperation.builder()
            .name("Marvel and Protector research projects of the Comune di Trento")
            .controller(Controller.of("Comune di Trento", StandardControllerKind.LOCAL_AUTHORITY))
            .purposes(FactSet.<Purpose>atLeast(StandardPurpose.SCIENTIFIC_RESEARCH))
            .dataCategories(FactSet.atLeast(DataCategory.IMAGES, DataCategory.VOICE_RECORDINGS,
                DataCategory.CRIMINAL_OFFENCES, DataCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS))
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.GENERAL_PUBLIC))
            .technologies(FactSet.<Technology>atLeast(StandardTechnology.VIDEO_SURVEILLANCE,
                StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS, StandardTechnology.ARTIFICIAL_INTELLIGENCE))
            .places(FactSet.<Place>atLeast(StandardPlace.PUBLICLY_ACCESSIBLE_AREA, StandardPlace.ONLINE))
            .systematicMonitoring(true)
            .externalSources(true)
            .legalBasisAssessed(false)
            .build(), LocalDate.of(2022, 6, 1))
        .build();
  }

  /**
   * Charleroi airport (R21): thermal cameras screening departing passengers for COVID-19; no
   * appropriate DPIA, arts. 35(1) and 35(7) infringed. Stated: the airport operator, body
   * temperature and a symptom questionnaire (health), the terminal, refusal of boarding above
   * 38°C, the thermal cameras, COVID-19 screening (public health), no legal obligation as its basis
   * (the protocol invoked was not binding). The period is stated two ways (June 2020 to March 2021, or to October 2020): judged
   * in July 2020, within both.
   */
  static Ruling charleroiThermalCameras() {
    return Ruling.builder("be-apd-charleroi-airport-thermal-cameras")
        .by(AUTHORITY, "APD/GBA (Litigation Chamber)", "BE")
        .reference("décision quant au fond 47/2022, 4 April 2022", LocalDate.of(2022, 4, 4))
        .url("https://gdprhub.eu/index.php?title=APD/GBA_(Belgium)_-_47/2022&oldid=25127")
        .held(Outcome.REQUIRED, "Temperature checks by thermal cameras were carried out without an appropriate DPIA: arts. 35(1) and 35(7) infringed.")
        .processing(ProcessingOperation.builder()
            .name("Thermal cameras screening passengers at Brussels South Charleroi Airport")
            .purposes(StandardPurpose.PUBLIC_HEALTH)
            .controller(Controller.of("Brussels South Charleroi Airport", StandardControllerKind.COMPANY))
            .dataCategories(DataCategory.HEALTH)
            .technologies(StandardTechnology.THERMAL_CAMERAS)
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.TRAVELLERS))
            .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
            .mayExcludeFromRightServiceOrContract(true)
            .legalBasisAssessed(false)
            .build(), LocalDate.of(2020, 7, 15))
        .build();
  }

  /**
   * Brussels Airport (R22): thermal cameras and a second manual check of passengers; the DPIA did
   * not meet the legal requirements. Stated: the airport company, body temperature and a symptom
   * questionnaire, the thermal cameras, the airport, COVID-19 detection (public health), no lawful
   * ground (upheld on appeal). The ruling places it only in the
   * 2020-2021 pandemic: judged on 1 September 2020.
   */
  static Ruling brusselsAirportThermalCameras() {
    return Ruling.builder("be-apd-brussels-airport-thermal-cameras")
        .by(AUTHORITY, "APD/GBA (Litigation Chamber)", "BE")
        .reference("decision 48/2022, 4 April 2022", LocalDate.of(2022, 4, 4))
        .url("https://www.altius.com/en/news/brussels-and-brussels-south-charleroi-airports-fined-for-use-of-thermal-cameras/")
        .held(Outcome.REQUIRED, "The DPIA for the thermal-camera temperature checks did not meet the legal requirements.")
        .processing(ProcessingOperation.builder()
            .name("Thermal cameras screening passengers at Brussels Airport")
            .purposes(StandardPurpose.PUBLIC_HEALTH)
            .controller(Controller.of("Brussels Airport Company", StandardControllerKind.COMPANY))
            .dataCategories(DataCategory.HEALTH)
            .technologies(StandardTechnology.THERMAL_CAMERAS)
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.TRAVELLERS))
            .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
            .legalBasisAssessed(false)
            .build(), LocalDate.of(2020, 9, 1))
        .build();
  }

  /**
   * Greek distance learning (R25): synchronous teaching on Webex in primary and secondary schools;
   * the Ministry's DPIA was not carried out appropriately (risks, views of data subjects, art.
   * 35(9)). Stated: the ministry, teaching, audio and video, identity and contact data, usage
   * data, pupils and teachers, "hundreds of thousands of members of the educational community"
   * (200,000, the least that says, is taken), online, nationwide. Left out: videoconferencing has
   * no item. Judged on the day of the ministerial decision organising it.
   * The DPIA: it had not fully considered the risks to the rights and freedoms of the pupils and
   * teachers (art. 35(7)(c)); its first version is not dated in the pages read and is recorded as
   * completed on the day audited.
   */
  static Ruling greekDistanceLearning() {
    return Ruling.builder("gr-hdpa-distance-learning")
        .by(AUTHORITY, "Hellenic Data Protection Authority", "GR")
        .reference("decision 50/2021, 16 November 2021", LocalDate.of(2021, 11, 16))
        .url("https://gdprhub.eu/index.php?oldid=21380&title=HDPA_%28Greece%29_-_50%2F2021")
        .held(Outcome.REQUIRED, "The Ministry's DPIA for distance learning was not carried out in an appropriate manner.")
        .processing(ProcessingOperation.builder()
            .name("Synchronous distance learning in Greek primary and secondary schools")
            .controller(Controller.of("Ministry of Education and Religious Affairs", StandardControllerKind.PUBLIC_BODY))
            .purposes(StandardPurpose.EDUCATION)
            .dataCategories(FactSet.atLeast(DataCategory.IMAGES, DataCategory.VOICE_RECORDINGS, DataCategory.IDENTIFICATION,
                DataCategory.CONTACT_DETAILS, DataCategory.ONLINE_IDENTIFIERS_AND_LOGS))
            .dataSubjects(DataSubjectCategory.PUPILS, DataSubjectCategory.EMPLOYEES)
            .places(FactSet.<Place>atLeast(StandardPlace.ONLINE))
            .scale(Scale.builder().dataSubjects(200_000).geographicExtent(Scale.GeographicExtent.NATIONAL).build())
            .build(), LocalDate.of(2020, 5, 15))
        .dpiaHeldDeficient(DpiaRecord.builder().title("Ministry of Education's DPIA of distance learning")
            .completedOn(LocalDate.of(2020, 5, 15)).addVersions(Ruling.AS_JUDGED)
            .lacks(DpiaElement.RISK_ASSESSMENT).build(), LocalDate.of(2020, 5, 15), BreachReason.LACKS_CONTENT)
        .build();
  }

  /**
   * Public Services Card (R26): facial templates of applicants matched in the mandatory SAFE 2
   * registration; the DPIA lacked the necessity and risk assessments of art. 35(7)(b) and (c).
   * Stated: the department, facial images, templates and identity data, applicants for public
   * services, 70% of the population, ongoing, no access to services or welfare without it, no
   * valid lawful basis. Left out: the purpose (identity verification) has no item. Judged when the
   * inquiry opened, July 2021.
   * The DPIA: without an assessment of necessity and proportionality (art. 35(7)(b)) or of the
   * risks (art. 35(7)(c)); not dated in the pages read, it is recorded as completed on the day audited.
   */
  static Ruling dspSafe2() {
    return Ruling.builder("ie-dpc-dsp-safe2-facial-templates")
        .by(AUTHORITY, "Data Protection Commission", "IE")
        .reference("Inquiry IN-21-7-3, decision of 9 June 2025", LocalDate.of(2025, 6, 9))
        .url("https://www.dataprotection.ie/en/dpc-guidance/law/decisions-made-under-data-protection-act-2018/inquiry-DSP-June-2025")
        .held(Outcome.REQUIRED, "The DPIA for SAFE 2 registration omitted the details required by art. 35(7)(b) and (c).")
        .processing(ProcessingOperation.builder()
            .name("Facial matching in SAFE 2 registration for the Public Services Card")
            .purposes(StandardPurpose.PUBLIC_SERVICE_ADMINISTRATION)
            .controller(Controller.of("Department of Social Protection", StandardControllerKind.PUBLIC_BODY))
            .dataCategories(DataCategory.IMAGES, DataCategory.BIOMETRIC, DataCategory.IDENTIFICATION)
            .dataSubjects(DataSubjectCategory.PUBLIC_SERVICE_USERS)
            .technologies(StandardTechnology.FACIAL_RECOGNITION)
            .mayExcludeFromRightServiceOrContract(true)
            .scale(Scale.builder()
                .shareOfPopulation(0.70)
                .permanence(Scale.Permanence.PERMANENT)
                .geographicExtent(Scale.GeographicExtent.NATIONAL)
                .build())
            .legalBasisAssessed(false)
            .build(), LocalDate.of(2021, 7, 1))
        .dpiaHeldDeficient(DpiaRecord.builder().title("DPIA of SAFE 2 registration")
            .completedOn(LocalDate.of(2021, 7, 1)).addVersions(Ruling.AS_JUDGED)
            .lacks(DpiaElement.NECESSITY_AND_PROPORTIONALITY, DpiaElement.RISK_ASSESSMENT).build(),
            LocalDate.of(2021, 7, 1), BreachReason.LACKS_CONTENT)
        .build();
  }

  /**
   * Deliveroo Italy (R27): about 8,000 riders booked, assigned and scored by the platform,
   * geolocated every 12 seconds; art. 35 infringed. Stated: the company, contract, payment,
   * location and score data, riders, profiling that grants or denies time slots, automated
   * decisions, possible exclusion, the number across Italy. Left out: the purpose (shifts, orders,
   * reliability score) and the booking algorithm (no item). Judged at the inspection.
   */
  static Ruling deliverooRiders() {
    return Ruling.builder("it-garante-deliveroo-riders")
        .by(AUTHORITY, "Garante per la protezione dei dati personali", "IT")
        .reference("ordinanza ingiunzione n. 285, 22 July 2021, doc. web n. 9685994", LocalDate.of(2021, 7, 22))
        .url("https://www.gpdp.it/garante/doc.jsp?ID=9685994")
        .held(Outcome.REQUIRED, "Deliveroo infringed art. 35 and was ordered to prepare a proper DPIA.")
        .processing(ProcessingOperation.builder()
            .name("Deliveroo Italy's booking, assignment and scoring of riders")
            .controller(Controller.of("Deliveroo Italy s.r.l.", StandardControllerKind.COMPANY))
            .dataCategories(FactSet.atLeast(DataCategory.IDENTIFICATION, DataCategory.PROFESSIONAL_LIFE,
                DataCategory.FINANCIAL, DataCategory.LOCATION))
            .dataSubjects(DataSubjectCategory.EMPLOYEES)
            .technologies(FactSet.<Technology>atLeast(StandardTechnology.LOCATION_TRACKING))
            .profiling(true)
            .automatedDecisions(true)
            .decisionsOnEvaluation(true)
            .mayExcludeFromRightServiceOrContract(true)
            .continuous(true)
            .scale(Scale.builder().dataSubjects(8_000).geographicExtent(Scale.GeographicExtent.NATIONAL).build())
            .build(), LocalDate.of(2019, 6, 19))
        .build();
  }

  /**
   * COSMOTE (R28): subscribers' traffic data kept for fault management and then pseudonymised for
   * big-data analytics; a poor DPIA, art. 35(7) infringed. Stated: the operator, traffic data and
   * rough location, subscribers and the people they called, more than 10 million people, Greece,
   * the contract as basis (not a law). Left out: the purposes (fault management, analytics). Judged at the September 2020 breach.
   */
  static Ruling cosmoteTrafficData() {
    return Ruling.builder("gr-hdpa-cosmote-traffic-data")
        .by(AUTHORITY, "Hellenic Data Protection Authority", "GR")
        .reference("decision 4/2022, 27 January 2022", LocalDate.of(2022, 1, 27))
        .url("https://www.edpb.europa.eu/news/national-news/2022/hellenic-dpa-fines-imposed-telecommunications-companies-due-personal-data_lt")
        .held(Outcome.REQUIRED, "COSMOTE's data protection impact assessment was poor: art. 35(7) infringed.")
        .processing(ProcessingOperation.builder()
            .name("Retention and analytics of COSMOTE subscribers' traffic data")
            .controller(Controller.of("COSMOTE Mobile Telecommunications S.A.", StandardControllerKind.COMPANY))
            .dataCategories(FactSet.atLeast(DataCategory.ELECTRONIC_COMMUNICATIONS, DataCategory.LOCATION))
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.CUSTOMERS, DataSubjectCategory.GENERAL_PUBLIC))
            .scale(Scale.builder().dataSubjects(10_000_000).geographicExtent(Scale.GeographicExtent.NATIONAL).build())
            .legalBasisAssessed(false)
            .build(), LocalDate.of(2020, 9, 1))
        .build();
  }

  /**
   * Galway (R30): a county council's CCTV in public places, ANPR and body-worn cameras; art. 35(1)
   * infringed. Stated: the council, crime prevention and prosecution (littering, dumping) and
   * traffic management among its purposes, images and registration numbers, the public, public
   * places across the county, no valid legal basis. Left out: health and safety and the body-worn cameras (no item).
   * Judged on the day of the decision, which bans some cameras.
   */
  static Ruling galwayCctv() {
    return Ruling.builder("ie-dpc-galway-cctv-anpr-bodycams")
        .by(AUTHORITY, "Data Protection Commission", "IE")
        .reference("06/SIU/2018, 22 August 2023", LocalDate.of(2023, 8, 22))
        .url("https://gdprhub.eu/index.php?direction=prev&oldid=35161&title=DPC_%28Ireland%29_-_06%2FSIU%2F2018")
        .held(Outcome.REQUIRED, "The council infringed its obligations to carry out data protection impact assessments (art. 35(1)).")
        .processing(ProcessingOperation.builder()
            .name("CCTV, ANPR and body-worn cameras of Galway County Council")
            .controller(Controller.of("Galway County Council", StandardControllerKind.LOCAL_AUTHORITY))
            .purposes(FactSet.<Purpose>atLeast(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION,
                StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION, StandardPurpose.TRAFFIC_MANAGEMENT))
            .dataCategories(FactSet.atLeast(DataCategory.IMAGES, DataCategory.LICENCE_PLATES))
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.GENERAL_PUBLIC))
            .technologies(FactSet.<Technology>atLeast(StandardTechnology.VIDEO_SURVEILLANCE,
                StandardTechnology.LICENCE_PLATE_RECOGNITION))
            .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
            .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.REGIONAL).build())
            .legalBasisAssessed(false)
            .build(), LocalDate.of(2023, 8, 22))
        .build();
  }

  /**
   * Brøndby IF (R32): automated facial recognition at stadium entrances to enforce bans, extended
   * in 2023 to away matches; authorised on condition, among others, of a DPIA (art. 35). Stated:
   * the club, event security, facial templates and CCTV images, spectators, facial recognition
   * and CCTV, the public area in front of the entrances, in use since July 2019.
   */
  static Ruling brondbyFacialRecognition() {
    return Ruling.builder("dk-datatilsynet-brondby-facial-recognition")
        .by(AUTHORITY, "Datatilsynet", "DK")
        .reference("authorisation 2022-51-0375, 9 June 2023 (extending that of 24 May 2019)", LocalDate.of(2023, 6, 9))
        .url("https://www.datatilsynet.dk/afgoerelser/tilladelser/2023/jun/2022-51-0375")
        .held(Outcome.REQUIRED, "The authorisation presupposes compliance with the GDPR, including carrying out a DPIA (art. 35).")
        .processing(ProcessingOperation.builder()
            .name("Facial recognition at Brøndby IF's stadium entrances")
            .controller(Controller.of("Brøndby IF", StandardControllerKind.COMPANY))
            .purposes(StandardPurpose.EVENT_SECURITY)
            .dataCategories(DataCategory.BIOMETRIC, DataCategory.IMAGES)
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.GENERAL_PUBLIC))
            .technologies(StandardTechnology.FACIAL_RECOGNITION, StandardTechnology.VIDEO_SURVEILLANCE)
            .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
            .period(ProcessingPeriod.since(LocalDate.of(2019, 7, 1)))
            .scale(Scale.builder().permanence(Scale.Permanence.PERMANENT).build())
            .build(), LocalDate.of(2023, 6, 9))
        .build();
  }

  /**
   * ESS-Bilbao (R33): fingerprint readers recording employees' working hours; reprimand for failing
   * to conduct a DPIA. Stated: the public consortium, working-time recording, fingerprint
   * templates, employees, the readers, the workplace. Decided on the day of publication (the only
   * date given); judged on the day of the complaint.
   */
  static Ruling essBilbaoFingerprints() {
    return Ruling.builder("es-aepd-ess-bilbao-fingerprints")
        .by(AUTHORITY, "AEPD", "ES")
        .reference("PS/00052/2021, published 21 January 2022", LocalDate.of(2022, 1, 21))
        .url("https://gdprhub.eu/index.php?oldid=22970&title=AEPD_%28Spain%29_-_PS%2F00052%2F2021")
        .held(Outcome.REQUIRED, "The controller failed to conduct a DPIA when it implemented fingerprint registration of employees: art. 35 infringed.")
        .processing(ProcessingOperation.builder()
            .name("Fingerprint time-and-attendance system of ESS-Bilbao")
            .controller(Controller.of("Consorcio ESS-Bilbao", StandardControllerKind.PUBLIC_BODY))
            .purposes(StandardPurpose.WORKING_TIME_MANAGEMENT)
            .dataCategories(FactSet.atLeast(DataCategory.BIOMETRIC))
            .dataSubjects(DataSubjectCategory.EMPLOYEES)
            .technologies(FactSet.<Technology>atLeast(StandardTechnology.BIOMETRIC_RECOGNITION))
            .places(StandardPlace.WORKPLACE)
            .build(), LocalDate.of(2020, 7, 30))
        .build();
  }

  /**
   * CTC Externalización (R34): employees' fingerprints collected for a new time-and-attendance
   * system; the controller failed to carry out a required DPIA. Stated: the company, the purpose,
   * fingerprints, employees, the workplace. No date of the processing is stated: judged on the day
   * of the decision.
   */
  static Ruling ctcFingerprints() {
    return Ruling.builder("es-aepd-ctc-fingerprints")
        .by(AUTHORITY, "AEPD", "ES")
        .reference("decision against CTC Externalización, S.L., 2 December 2024", LocalDate.of(2024, 12, 2))
        .url("http://4.184.160.138/featured_item/spanish-data-protection-authority-aepd-ctc-externalizacion-s-l-2-12-2024")
        .held(Outcome.REQUIRED, "The controller had failed to carry out a required DPIA for its fingerprint time-and-attendance system.")
        .processing(ProcessingOperation.builder()
            .name("Fingerprint time-and-attendance system of CTC Externalización")
            .controller(Controller.of("CTC Externalización, S.L.", StandardControllerKind.COMPANY))
            .purposes(StandardPurpose.WORKING_TIME_MANAGEMENT)
            .dataCategories(FactSet.atLeast(DataCategory.BIOMETRIC))
            .dataSubjects(DataSubjectCategory.EMPLOYEES)
            .technologies(FactSet.<Technology>atLeast(StandardTechnology.BIOMETRIC_RECOGNITION))
            .places(StandardPlace.WORKPLACE)
            .build(), LocalDate.of(2024, 12, 2))
        .build();
  }

  /**
   * Belgian employer (R35): fingerprint timekeeping at two premises; art. 35 among the provisions
   * infringed. Stated: a company, timekeeping, employees' fingerprints, employees, the workplace,
   * two premises, consent (not a law) as the basis relied on. No date of the processing is stated: judged on the day of the decision.
   */
  static Ruling belgianFingerprintTimekeeping() {
    return Ruling.builder("be-apd-fingerprint-timekeeping")
        .by(AUTHORITY, "APD/GBA (Litigation Chamber)", "BE")
        .reference("decision 114/2024, 6 September 2024", LocalDate.of(2024, 9, 6))
        .url("https://gdprhub.eu/index.php?title=APD%2FGBA_%28Belgium%29_-_114%2F2024")
        .held(Outcome.REQUIRED, "The employer's fingerprint timekeeping infringed, among others, art. 35.")
        .processing(ProcessingOperation.builder()
            .name("Fingerprint timekeeping of an employer at its two premises")
            .controller(Controller.of("Unnamed employer", StandardControllerKind.COMPANY))
            .purposes(StandardPurpose.WORKING_TIME_MANAGEMENT)
            .dataCategories(FactSet.atLeast(DataCategory.BIOMETRIC))
            .dataSubjects(DataSubjectCategory.EMPLOYEES)
            .technologies(FactSet.<Technology>atLeast(StandardTechnology.BIOMETRIC_RECOGNITION))
            .places(StandardPlace.WORKPLACE)
            .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.LOCAL).build())
            .legalBasisAssessed(false)
            .build(), LocalDate.of(2024, 9, 6))
        .build();
  }

  /**
   * Mobile World Congress 2021 (R36): facial recognition at the entrance of the venue; the DPIA was
   * first not provided, then lacked its minimum content: art. 35 infringed. Stated: the organiser,
   * access control, attendees' biometric data, facial recognition. Left out: the attendees and the
   * venue, open only to registered attendees (no item says the same). The notes give no date: the
   * resolution's (24 February 2023) is the one El Periódico reports, and the processing is judged
   * on the congress's opening day, 28 June 2021.
   * The DPIA: « meramente nominal », assessing neither the risks nor the necessity and
   * proportionality (art. 35(7)(b) and (c)); not dated in the pages read, it is recorded as
   * completed on the day audited.
   */
  static Ruling mobileWorldCongress() {
    return Ruling.builder("es-aepd-mwc-facial-recognition")
        .by(AUTHORITY, "AEPD", "ES")
        .reference("sanctioning resolution against GSMA Ltd, 24 February 2023", LocalDate.of(2023, 2, 24))
        .url("https://baylos.com/blog/la-aepd-multa-con-200-000-al-mobile-world-congress-2021")
        .held(Outcome.REQUIRED, "The organiser's DPIA was late and lacked the minimum content the GDPR requires: art. 35 infringed.")
        .processing(ProcessingOperation.builder()
            .name("Facial-recognition access to the Mobile World Congress 2021")
            .controller(Controller.of("GSMA Ltd", StandardControllerKind.COMPANY))
            .purposes(StandardPurpose.PHYSICAL_ACCESS_CONTROL)
            .dataCategories(FactSet.atLeast(DataCategory.BIOMETRIC))
            .technologies(StandardTechnology.FACIAL_RECOGNITION)
            .build(), LocalDate.of(2021, 6, 28))
        .dpiaHeldDeficient(DpiaRecord.builder().title("GSMA's DPIA of BREEZ")
            .completedOn(LocalDate.of(2021, 6, 28)).addVersions(Ruling.AS_JUDGED)
            .lacks(DpiaElement.NECESSITY_AND_PROPORTIONALITY, DpiaElement.RISK_ASSESSMENT).build(),
            LocalDate.of(2021, 6, 28), BreachReason.LACKS_CONTENT)
        .build();
  }

  // -------------------------------------------------------------------------------------------
  // cases-negative-and-guidance.md (rulings only)

  /**
   * Smartschool well-being survey (N1): a yearly survey of about 12-year-old first-year pupils,
   * with health questions; the art. 35 complaint was rejected: not large scale (recital 91), and
   * an existing processing whose risks had not changed. Stated: the school board, pupil guidance,
   * health data and identifying answers, the pupils, one school, yearly for about 15 years, only
   * consent as a possible basis (the decree relied on was rejected). Left out: the platform (no
   * item) and the start some 15 years back (no day given). Judged on the day of the complaint.
   */
  static Ruling smartschoolWellbeingSurvey() {
    return Ruling.builder("be-apd-school-wellbeing-survey")
        .by(AUTHORITY, "APD/GBA (Litigation Chamber)", "BE")
        .reference("decision on the merits 31/2020, 16 June 2020", LocalDate.of(2020, 6, 16))
        .url("https://gdprhub.eu/index.php?title=APD/GBA_(Belgium)_-_31/2020")
        .held(Outcome.NOT_REQUIRED,
            "The survey's health data concerned only one school's first-year pupils, not a large-scale processing: no infringement of art. 35.")
        .processing(ProcessingOperation.builder()
            .name("Well-being survey of first-year pupils via Smartschool")
            .controller(Controller.of("School board of a secondary school", StandardControllerKind.EDUCATIONAL_ESTABLISHMENT))
            .purposes(PUPIL_GUIDANCE)
            .dataCategories(FactSet.atLeast(DataCategory.HEALTH, DataCategory.IDENTIFICATION))
            .dataSubjects(DataSubjectCategory.PUPILS)
            .places(StandardPlace.SCHOOL)
            .scale(Scale.builder()
                .permanence(Scale.Permanence.PERIODIC)
                .geographicExtent(Scale.GeographicExtent.SINGLE_SITE)
                .build())
            .legalBasisAssessed(false)
            .build(), LocalDate.of(2019, 7, 22))
        .divergesBecause("the Chamber relied on an existing survey (run for about 15 years) whose risks had not changed since 25 May 2018; French law spares such processing a DPIA only under the CNIL's tolerance, which needs a prior formality (not stated), and health data of children meet two WP248 criteria")
        .build();
  }

  /**
   * ITU ProctorExam (N3): webcam, microphone and screen recording of about 330 students during one
   * three-hour home exam; the authority accepted the university's low-risk assessment, the
   * processing complied with art. 35. Stated: the public university, ID, video, audio and browser
   * history, students' homes, the number, the one exam on 13 May 2020, the monitoring throughout
   * it. Left out: the browser extension.
   */
  static Ruling ituProctoring() {
    return Ruling.builder("dk-datatilsynet-itu-proctoring")
        .by(AUTHORITY, "Datatilsynet", "DK")
        .reference("case 2020-432-0034, decision of 26 January 2021", LocalDate.of(2021, 1, 26))
        .url("https://gdprhub.eu/index.php?title=Datatilsynet_(Denmark)_-_2020-432-0034")
        .held(Outcome.NOT_REQUIRED,
            "No basis to override the university's assessment that the risk was low: the processing complied with art. 35.")
        .processing(ProcessingOperation.builder()
            .name("ProctorExam online proctoring of a home exam at the IT University of Copenhagen")
            .purposes(StandardPurpose.EDUCATION)
            .controller(Controller.of("IT-Universitetet i København", StandardControllerKind.EDUCATIONAL_ESTABLISHMENT))
            .dataCategories(FactSet.atLeast(DataCategory.IDENTIFICATION, DataCategory.IMAGES, DataCategory.VOICE_RECORDINGS,
                DataCategory.ONLINE_IDENTIFIERS_AND_LOGS))
            .dataSubjects(DataSubjectCategory.STUDENTS)
            .places(StandardPlace.HOME)
            .systematicMonitoring(true)
            .scale(Scale.builder().dataSubjects(330).permanence(Scale.Permanence.ONE_OFF).build())
            .period(ProcessingPeriod.of(LocalDate.of(2020, 5, 13), LocalDate.of(2020, 5, 13)))
            .build(), LocalDate.of(2020, 5, 13))
        .build();
  }

  /**
   * Fuenlabrada (N4): the local police's drones filming road traffic; systematic large-scale
   * observation of a publicly accessible area with innovative technology needs a prior impact
   * assessment (one was produced afterwards, the complaint archived). Stated: the local police,
   * traffic control, images of vehicles and pedestrians, road users, drones, the municipality's
   * roads. Judged on the day of the municipality's letter saying no DPIA was needed.
   */
  static Ruling fuenlabradaDrones() {
    return Ruling.builder("es-aepd-fuenlabrada-traffic-drones")
        .by(AUTHORITY, "AEPD", "ES")
        .reference("E/02666/2020, archiving resolution published 24 March 2021", LocalDate.of(2021, 3, 24))
        .url("https://gdprhub.eu/index.php?title=AEPD_(Spain)_-_E/02666/2020")
        .held(Outcome.REQUIRED,
            "Drone recording of traffic is systematic large-scale observation of a publicly accessible area and requires a prior impact assessment.")
        .processing(ProcessingOperation.builder()
            .name("Local police drones for road-traffic control in Fuenlabrada")
            .controller(Controller.of("Ayuntamiento de Fuenlabrada (Policía Local)", StandardControllerKind.MUNICIPAL_POLICE))
            .purposes(StandardPurpose.TRAFFIC_MANAGEMENT)
            .dataCategories(FactSet.atLeast(DataCategory.IMAGES))
            .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
            .technologies(StandardTechnology.DRONES)
            .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
            .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.CITY).build())
            .build(), LocalDate.of(2020, 1, 3))
        .build();
  }

  /**
   * BREIN v Ziggo (N5): IP addresses of BitTorrent uploaders collected to send them warning
   * letters through their provider; since criminal-offence data are processed a DPIA was required
   * (BREIN made one), though no prior consultation. Stated: the foundation, IP addresses and
   * offence data, BitTorrent swarms aimed at the Netherlands, the campaign from December 2020,
   * legitimate interest (not a law) as its basis.
   * Left out: the purpose (warning letters) and the subscribers (no item). Judged on the day of the
   * judgment.
   */
  static Ruling breinZiggo() {
    return Ruling.builder("nl-rb-midden-nederland-brein-ziggo")
        .by(COURT, "Rechtbank Midden-Nederland (voorzieningenrechter)", "NL")
        .reference("C/16/531572 / KG ZA 21-672, 2 February 2022, ECLI:NL:RBMNE:2022:297", LocalDate.of(2022, 2, 2))
        .url("https://gdprhub.eu/index.php?title=Rb._Midden-Nederland_-_C/16/531572_/_KG_ZA_21-672")
        .held(Outcome.REQUIRED,
            "Processing data on criminal offences required a DPIA; BREIN's, showing no high residual risk, made prior consultation unnecessary.")
        .processing(ProcessingOperation.builder()
            .name("BREIN warning letters to BitTorrent uploaders identified by IP address")
            .controller(Controller.of("Stichting BREIN", StandardControllerKind.NON_PROFIT_ORGANISATION))
            .dataCategories(FactSet.atLeast(DataCategory.ONLINE_IDENTIFIERS_AND_LOGS, DataCategory.CRIMINAL_OFFENCES))
            .places(StandardPlace.ONLINE)
            .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.NATIONAL).build())
            .period(ProcessingPeriod.since(LocalDate.of(2020, 12, 1)))
            .legalBasisAssessed(false)
            .build(), LocalDate.of(2022, 2, 2))
        .build();
  }

  /**
   * Skolplattformen (N6): Stockholm's school-administration platform, in production before May
   * 2018; no complete DPIA from 25 May 2018 to 27 August 2020, art. 35 infringed. Stated: the
   * city's Education Board, school administration, health data among others, pupils, guardians and
   * staff, 464,611 registered in one subsystem, city-wide. Left out: the guardians (no item).
   * Judged in the middle of the infringement period.
   */
  static Ruling skolplattformen() {
    return Ruling.builder("se-imy-stockholm-skolplattformen")
        .by(AUTHORITY, "Datainspektionen (now IMY)", "SE")
        .reference("DI-2019-7024, 24 November 2020", LocalDate.of(2020, 11, 24))
        .url("https://gdprhub.eu/index.php?title=Datainspektionen_-_DI-2019-7024")
        .held(Outcome.REQUIRED,
            "No complete impact assessment had been made for several subsystems: art. 35 infringed, the launch before 25 May 2018 not affecting it.")
        .processing(ProcessingOperation.builder()
            .name("Skolplattformen, Stockholm's school-administration platform")
            .controller(Controller.of("Utbildningsnämnden, Stockholms stad", StandardControllerKind.LOCAL_AUTHORITY))
            .purposes(StandardPurpose.EDUCATION, StandardPurpose.SCHOOL_AND_CHILDHOOD_SERVICES)
            .dataCategories(FactSet.atLeast(DataCategory.HEALTH))
            .dataSubjects(FactSet.atLeast(DataSubjectCategory.PUPILS, DataSubjectCategory.EMPLOYEES))
            .places(StandardPlace.SCHOOL)
            .scale(Scale.builder().dataSubjects(464_611).geographicExtent(Scale.GeographicExtent.CITY).build())
            .build(), LocalDate.of(2019, 7, 11))
        .build();
  }

  /**
   * Spekter (N31): a digital bullying and well-being survey of pupils in five Arendal schools; no
   * DPIA, required under the Norwegian list before further processing. Stated: the municipality,
   * mapping the school environment, identified answers naming other pupils, pupils, schools, five
   * of them. The survey is stated to be in use since 2018 and was judged in 2020: a day in 2019 is
   * taken.
   */
  static Ruling arendalSpekter() {
    return Ruling.builder("no-datatilsynet-arendal-spekter")
        .by(AUTHORITY, "Datatilsynet / Personvernnemnda", "NO")
        .reference("Datatilsynet 20/01949; Personvernnemnda PVN-2020-13, 9 November 2020", LocalDate.of(2020, 11, 9))
        .url("https://gdprhub.eu/index.php?title=Datatilsynet_(Norway)_-_20/01949")
        .held(Outcome.REQUIRED, "The municipality had made no DPIA and had to conduct one (art. 35) before processing further.")
        .processing(ProcessingOperation.builder()
            .name("Spekter bullying and well-being survey in Arendal's schools")
            .controller(Controller.of("Arendal kommune", StandardControllerKind.LOCAL_AUTHORITY))
            .purposes(PUPIL_GUIDANCE)
            .dataCategories(FactSet.atLeast(DataCategory.IDENTIFICATION))
            .dataSubjects(DataSubjectCategory.PUPILS)
            .places(StandardPlace.SCHOOL)
            .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.LOCAL).build())
            .build(), LocalDate.of(2019, 6, 1))
        .build();
  }

  /**
   * La Rinascente (N33): loyalty-card profiling of about 2.8 million customers' consumption habits
   * for marketing, begun without a DPIA: art. 35(1) infringed (evaluation and large scale).
   * Stated: the company, marketing, contact details and browsing data, customers, profiling,
   * stores and website in Italy, the number of card holders, consent as the basis. Judged at the December 2021
   * inspection.
   */
  static Ruling rinascente() {
    return Ruling.builder("it-garante-rinascente-loyalty-profiling")
        .by(AUTHORITY, "Garante per la protezione dei dati personali", "IT")
        .reference("provvedimento doc. web n. 9909907, 8 June 2023", LocalDate.of(2023, 6, 8))
        .url("https://gdprhub.eu/index.php?title=Garante_per_la_protezione_dei_dati_personali_(Italy)_-_9909907")
        .held(Outcome.REQUIRED,
            "Profiling customers' interests on a large scale met two criteria: a DPIA was required before it started (art. 35(1)).")
        .processing(ProcessingOperation.builder()
            .name("Rinascentecard loyalty-card profiling")
            .controller(Controller.of("La Rinascente S.p.A.", StandardControllerKind.COMPANY))
            .purposes(StandardPurpose.MARKETING)
            .dataCategories(FactSet.atLeast(DataCategory.CONTACT_DETAILS, DataCategory.ONLINE_IDENTIFIERS_AND_LOGS))
            .dataSubjects(DataSubjectCategory.CUSTOMERS)
            .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA, StandardPlace.ONLINE)
            .profiling(true)
            .scale(Scale.builder().dataSubjects(2_830_935).geographicExtent(Scale.GeographicExtent.NATIONAL).build())
            .legalBasisAssessed(false)
            .build(), LocalDate.of(2021, 12, 1))
        .build();
  }

  /**
   * Medical laboratory (N35): patients' and doctors' online access to analysis results; no DPIA,
   * arts. 35(1) and 35(3) infringed (large-scale health data). Stated: the laboratory, medical
   * analyses, health data, patients, the laboratory and its portal. The controller's "large
   * processing" is a conclusion, not a number: no scale is set. Judged on the day of the complaint.
   */
  static Ruling laboratoryResultsPortal() {
    return Ruling.builder("be-apd-laboratory-results-portal")
        .by(AUTHORITY, "APD/GBA (Litigation Chamber)", "BE")
        .reference("decision on the merits 127/2022, 19 August 2022", LocalDate.of(2022, 8, 19))
        .url("https://gdprhub.eu/index.php?title=APD/GBA_(Belgium)_-_127/2022")
        .held(Outcome.REQUIRED,
            "Large-scale processing of health data: the laboratory should have made a DPIA before the processing started.")
        .processing(ProcessingOperation.builder()
            .name("Online access to a medical laboratory's analysis results")
            .controller(Controller.of("Medical analysis laboratory", StandardControllerKind.HEALTH_OR_MEDICO_SOCIAL_ESTABLISHMENT))
            .purposes(StandardPurpose.PATIENT_CARE)
            .dataCategories(FactSet.atLeast(DataCategory.HEALTH))
            .dataSubjects(DataSubjectCategory.PATIENTS)
            .places(FactSet.<Place>atLeast(StandardPlace.HEALTH_ESTABLISHMENT, StandardPlace.ONLINE))
            .build(), LocalDate.of(2019, 10, 4))
        .build();
  }

  /** Every ruling of this family, in the order of the notes. */
  public static List<Ruling> all() {
    return List.of(
        skellefteaFacialRecognition(),
        mercadonaFacialRecognition(),
        foodinho2021(),
        foodinho2024(),
        helsingorChromebooks(),
        swedishPoliceClearview(),
        kymenVesi(),
        taksiHelsinki(),
        centaurHyperion(),
        limerickCctv(),
        instagramChildren(),
        raelingenShowbie(),
        belastingdienstFsv(),
        trentoMarvelProtector(),
        charleroiThermalCameras(),
        brusselsAirportThermalCameras(),
        greekDistanceLearning(),
        dspSafe2(),
        deliverooRiders(),
        cosmoteTrafficData(),
        galwayCctv(),
        brondbyFacialRecognition(),
        essBilbaoFingerprints(),
        ctcFingerprints(),
        belgianFingerprintTimekeeping(),
        mobileWorldCongress(),
        smartschoolWellbeingSurvey(),
        ituProctoring(),
        fuenlabradaDrones(),
        breinZiggo(),
        skolplattformen(),
        arendalSpekter(),
        rinascente(),
        laboratoryResultsPortal());
  }
}
