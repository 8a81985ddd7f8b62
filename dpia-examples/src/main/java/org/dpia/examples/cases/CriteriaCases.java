package org.dpia.examples.cases;

import org.dpia.rules.fr.gdpr.Recital91;
import org.dpia.rules.fr.cnil.MandatoryList;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.rules.fr.gdpr.Article35;
import org.dpia.core.decision.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.dpia.core.criteria.RiskCriterion;
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
 * The nine examples of the WP29 guidelines on DPIA (WP248 rev.01, examples table), each with the
 * criteria the guidelines list for it and their answer (DPIA likely required or not).
 *
 * <p>Where the guidelines list a criterion that the facts alone do not settle (chiefly large
 * scale, for which the law gives no number), the case asserts it as a conclusion, citing the
 * table; where they do not list one that the facts leave open, it stays unknown unless it would
 * change the answer, in which case it is asserted not met, again after the table. In France the
 * CNIL's lists and GDPR art. 35(3) are applied before the criteria, so several examples are
 * decided there; the criteria met are still those of the table.
 *
 * <p>Cases are decided on {@link #DECIDED}, after the end of the CNIL's transitional tolerance,
 * except the individual physician, decided before the CNIL's exempt list existed so that the
 * guidelines' own reasoning (GDPR recital 91) is what decides.
 */
public final class CriteriaCases {
  private CriteriaCases() {}

  /** The day most cases of this family are decided on. */
  public static final LocalDate DECIDED = LocalDate.of(2024, 6, 1);

  /** The day before the CNIL's exempt list (délibération n° 2019-118) was published. */
  public static final LocalDate BEFORE_EXEMPT_LIST = LocalDate.of(2019, 10, 22);

  private static final String SOURCE = "WP248 rev.01, examples table: ";

  /** A hospital processing its patients' genetic and health data (hospital information system). */
  public static Case hospitalInformationSystem() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Hospital information system")
        .controller(Controller.of("Hospital (illustrative)", StandardControllerKind.HEALTH_OR_MEDICO_SOCIAL_ESTABLISHMENT))
        .purposes(StandardPurpose.PATIENT_CARE)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH, DataCategory.GENETIC)
        .dataSubjects(DataSubjectCategory.PATIENTS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.HEALTH_ESTABLISHMENT)
        .assertCriterion(RiskCriterion.LARGE_SCALE, true)
        .build();
    return Case.of("wp248-hospital-information-system",
        "A hospital processes its patients' genetic and health data (hospital information system)",
        SOURCE + "hospital information system (sensitive data, vulnerable subjects, large scale)", op, DECIDED)
        .expect(Outcome.REQUIRED, Article35.ART_35_3_B, MandatoryList.ITEM_1, MandatoryList.ITEM_2).under(Gdpr.REGIME);
  }

  /**
   * A motorway camera system analyses driving behaviour, singling out cars and recognising licence
   * plates. The table does not list large scale, and it is left unknown: the two criteria it lists
   * suffice.
   */
  public static Case motorwayDrivingBehaviourCameras() {
    ProcessingOperation op = ProcessingOperation.builder()
        .name("Intelligent video analysis of driving behaviour on motorways")
        .controller(Controller.of("Motorway operator (illustrative)", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.TRAFFIC_MANAGEMENT)
        .dataCategories(DataCategory.IMAGES, DataCategory.LICENCE_PLATES)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS,
            StandardTechnology.LICENCE_PLATE_RECOGNITION)
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .legalFrameworks(FactSet.none())
        .profiling(false)
        .automatedDecisions(false)
        .combinesDatasets(false)
        .externalSources(false)
        .mayExcludeFromRightServiceOrContract(false)
        .legalBasisAssessed(false)
        .build();
    return Case.of("wp248-motorway-driving-behaviour-cameras",
        "Motorway cameras analyse driving behaviour and recognise licence plates",
        SOURCE + "camera system monitoring driving behaviour on highways (systematic monitoring, innovative use)", op, DECIDED)
        .expect(Outcome.REQUIRED, Article35.PRESUMPTION).under(Gdpr.REGIME);
  }

  /**
   * A company systematically monitors its employees' activities: workstation and internet activity
   * logs, reviewed every month. The rulebook reads item 4 of the CNIL's mandatory list (« surveiller
   * de manière constante ») as permanent monitoring, so monitoring at intervals is left to the
   * criteria, as in the guidelines.
   */
  public static Case employeeActivityMonitoring() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Monthly review of employees' workstation and internet activity")
        .controller(Controller.builder().name("Insurance broker (illustrative)").kind(StandardControllerKind.COMPANY).staff(300).build())
        .purposes(StandardPurpose.EMPLOYEE_ACTIVITY_MONITORING)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.PROFESSIONAL_LIFE, DataCategory.ONLINE_IDENTIFIERS_AND_LOGS)
        .dataSubjects(DataSubjectCategory.EMPLOYEES)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.WORKPLACE)
        .scale(Scale.builder().permanence(Scale.Permanence.PERIODIC).geographicExtent(Scale.GeographicExtent.SINGLE_SITE).build())
        .systematicMonitoring(true)
        .build();
    return Case.of("wp248-employee-activity-monitoring",
        "A company reviews its employees' workstation and internet activity every month",
        SOURCE + "company systematically monitoring its employees' activities (systematic monitoring, vulnerable subjects)", op, DECIDED)
        .expect(Outcome.REQUIRED, Article35.PRESUMPTION).under(Gdpr.REGIME);
  }

  /** Public social media data gathered to generate profiles. */
  public static Case socialMediaProfiles() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Profiles generated from public social media data")
        .controller(Controller.of("Marketing data company (illustrative)", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.MARKETING)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.ONLINE_IDENTIFIERS_AND_LOGS)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.ONLINE)
        .assertCriterion(RiskCriterion.LARGE_SCALE, true)
        .assertCriterion(RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA, true)
        .profiling(true)
        .combinesDatasets(true)
        .externalSources(true)
        .build();
    return Case.of("wp248-social-media-profiles",
        "Public social media data is gathered to generate profiles",
        SOURCE + "gathering public social media data for generating profiles "
            + "(evaluation, large scale, matching, sensitive or highly personal data)", op, DECIDED)
        .expect(Outcome.REQUIRED, MandatoryList.ITEM_10).under(Gdpr.REGIME);
  }

  /**
   * An institution creates a national credit rating database. Whether pooling lenders' reports
   * exceeds people's reasonable expectations (criterion 6) is not in the table and is left open;
   * so is large scale.
   */
  public static Case nationalCreditRatingDatabase() {
    ProcessingOperation op = ProcessingOperation.builder()
        .name("National credit rating database")
        .controller(Controller.of("Financial institution (illustrative)", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.CREDIT_OR_FRAUD_SCORING)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.CUSTOMERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(FactSet.none())
        .legalFrameworks(FactSet.none())
        .profiling(true)
        .extensiveEvaluation(true)
        .automatedDecisions(true)
        .decisionsOnEvaluation(true)
        .systematicMonitoring(false)
        .externalSources(true)
        .mayExcludeFromRightServiceOrContract(true)
        .legalBasisAssessed(false)
        .build();
    return Case.of("wp248-national-credit-rating-database",
        "An institution creates a national credit rating database",
        SOURCE + "national credit rating or fraud database "
            + "(evaluation, automated decision, prevents using a service, sensitive or highly personal data)", op, DECIDED)
        .expect(Outcome.REQUIRED, Article35.ART_35_3_A, MandatoryList.ITEM_8, MandatoryList.ITEM_10).under(Gdpr.REGIME);
  }

  /**
   * Archiving pseudonymised health data of the vulnerable subjects of research projects or clinical
   * trials. The table does not list large scale; it is left unknown.
   */
  public static Case researchArchive() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Archive of pseudonymised clinical-trial data")
        .controller(Controller.of("Research institute (illustrative)", StandardControllerKind.PUBLIC_BODY))
        .purposes(StandardPurpose.SCIENTIFIC_RESEARCH)
        .dataCategories(DataCategory.HEALTH)
        .dataSubjects(DataSubjectCategory.PATIENTS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(FactSet.none())
        .mayExcludeFromRightServiceOrContract(true)
        .build();
    return Case.of("wp248-research-archive",
        "Pseudonymised health data of clinical-trial subjects is archived",
        SOURCE + "storage for archiving of pseudonymised sensitive data on vulnerable subjects of research projects or clinical trials "
            + "(sensitive data, vulnerable subjects, prevents exercising a right)", op, DECIDED)
        .expect(Outcome.REQUIRED, Article35.PRESUMPTION).under(Gdpr.REGIME);
  }

  /**
   * An individual physician processes her patients' data, decided before the CNIL's exempt list
   * existed: sensitive data and vulnerable subjects, but not on a large scale (GDPR recital 91), and
   * WP248 answers that no DPIA is required. From 23 October 2019 item 6 of the exempt list settles
   * it too. The practice opened in January 2019 (illustrative), so the CNIL's tolerance for pre-2018
   * processing plays no part.
   */
  public static Case individualPhysician() {
    ProcessingOperation op = ExemptListCases.generalPractitionerRecords()
        .period(ProcessingPeriod.since(LocalDate.of(2019, 1, 7)))
        .build();
    return Case.of("wp248-individual-physician",
        "An individual physician processes her patients' data (before the CNIL's exempt list)",
        SOURCE + "personal data of patients processed by an individual physician (recital 91: not large scale)",
        op, BEFORE_EXEMPT_LIST)
        .expect(Outcome.NOT_REQUIRED, Recital91.RULE).under(Gdpr.REGIME);
  }

  /**
   * An online magazine sends a generic daily digest to its subscribers. The table lists large scale
   * only, which is asserted.
   */
  public static Case onlineMagazineDigest() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Daily digest of an online magazine")
        .controller(Controller.of("Online magazine (illustrative)", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.MARKETING)
        .dataCategories(DataCategory.CONTACT_DETAILS)
        .dataSubjects(DataSubjectCategory.CUSTOMERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.ONLINE)
        .assertCriterion(RiskCriterion.LARGE_SCALE, true)
        .build();
    return Case.of("wp248-online-magazine-digest",
        "An online magazine mails a generic daily digest to its subscribers",
        SOURCE + "online magazine using a mailing list to send a generic daily digest (large scale only)", op, DECIDED)
        .expect(Outcome.NOT_REQUIRED, Article35.BELOW_THRESHOLD).under(Gdpr.REGIME);
  }

  /**
   * An e-commerce website shows adverts for vintage car parts, with limited profiling based on what
   * is viewed or bought on its own site. The table lists evaluation or scoring only, so large scale
   * is asserted not met; « limited » profiling is not the systematic and extensive evaluation of
   * art. 35(3)(a).
   */
  public static Case vintageCarPartsShop() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Adverts for vintage car parts with limited profiling on an e-commerce site")
        .controller(Controller.of("Vintage car parts shop (illustrative)", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.MARKETING)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.ONLINE_IDENTIFIERS_AND_LOGS)
        .dataSubjects(DataSubjectCategory.CUSTOMERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.ONLINE)
        .assertCriterion(RiskCriterion.LARGE_SCALE, false)
        .profiling(true)
        .extensiveEvaluation(false)
        .build();
    return Case.of("wp248-vintage-car-parts-shop",
        "An e-commerce site shows adverts for vintage car parts with limited profiling on its own site",
        SOURCE + "e-commerce website displaying adverts for vintage car parts with limited profiling (evaluation or scoring only)",
        op, DECIDED)
        .expect(Outcome.NOT_REQUIRED, Article35.BELOW_THRESHOLD).under(Gdpr.REGIME);
  }

  /** Every case of the family, in the order of the table. */
  public static List<Case> all() {
    return List.of(hospitalInformationSystem(), motorwayDrivingBehaviourCameras(), employeeActivityMonitoring(), socialMediaProfiles(),
        nationalCreditRatingDatabase(), researchArchive(), individualPhysician(), onlineMagazineDigest(), vintageCarPartsShop());
  }
}
