package org.dpia.examples.cases;

import org.dpia.rules.fr.cnil.MandatoryList;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.rules.fr.gdpr.Article35;
import org.dpia.core.decision.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.rules.fr.FrenchPurpose;

/**
 * One case for each of the fourteen items of the CNIL's list of processing types that require a
 * DPIA (GDPR art. 35(4)): délibération n° 2018-327 du 11 octobre 2018, JORF 6 November 2018.
 *
 * <p>Each operation is a realistic processing that falls under the item's wording; the facts are
 * illustrative, not the CNIL's own examples. Every case is decided on {@link #DECIDED}, when both
 * CNIL lists are in force and the CNIL's transitional tolerance for pre-2018 processing has ended,
 * so the day each processing started is irrelevant and left unknown. Facts that are a judgement
 * (whether reusing or pooling data exceeds people's reasonable expectations, in items 7 and 9;
 * whether the processing is on a large scale) are left unknown where they cannot change the answer;
 * every other fact is stated, "none" or "no" included.
 */
public final class MandatoryListCases {
  private MandatoryListCases() {}

  /** The day every case of this family is decided on. */
  public static final LocalDate DECIDED = LocalDate.of(2024, 6, 1);

  private static final String SOURCE = "CNIL délibération n° 2018-327, item ";

  /** Item 1: a hospital's computerised patient record, used to care for its patients. */
  public static Case hospitalPatientRecord() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Computerised patient record of a general hospital")
        .controller(Controller.of("Centre hospitalier (illustrative)", StandardControllerKind.HEALTH_OR_MEDICO_SOCIAL_ESTABLISHMENT))
        .purposes(StandardPurpose.PATIENT_CARE)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.HEALTH)
        .dataSubjects(DataSubjectCategory.PATIENTS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.HEALTH_ESTABLISHMENT)
        .build();
    return Case.of("cnil-mandatory-01-hospital-patient-record",
        "A hospital's computerised patient record, for the care of its patients", SOURCE + 1, op, DECIDED)
        .expect(Outcome.REQUIRED, MandatoryList.ITEM_1).under(Gdpr.REGIME);
  }

  /** Item 2: a clinical-trial sponsor sequences the genome of the trial's patients. */
  public static Case geneticDataOfTrialPatients() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Genome sequencing of the patients of a clinical trial")
        .controller(Controller.of("Pharmaceutical laboratory (illustrative)", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.SCIENTIFIC_RESEARCH)
        .dataCategories(DataCategory.GENETIC, DataCategory.HEALTH)
        .dataSubjects(DataSubjectCategory.PATIENTS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.HEALTH_ESTABLISHMENT)
        .build();
    return Case.of("cnil-mandatory-02-genetic-data-of-patients",
        "A clinical-trial sponsor processes the genetic data of the trial's patients", SOURCE + 2, op, DECIDED)
        .expect(Outcome.REQUIRED, MandatoryList.ITEM_2).under(Gdpr.REGIME);
  }

  /** Item 3: a talent-management tool scores employees' potential for promotion. */
  public static Case employeeTalentScoring() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Talent-management scores of employees' potential")
        .controller(Controller.builder().name("Industrial group (illustrative)").kind(StandardControllerKind.COMPANY).staff(1200).build())
        .purposes(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.PROFESSIONAL_LIFE)
        .dataSubjects(DataSubjectCategory.EMPLOYEES)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.WORKPLACE)
        .profiling(true)
        .build();
    return Case.of("cnil-mandatory-03-hr-profiling",
        "An employer scores its employees' potential for promotion (profiling for HR management)", SOURCE + 3, op, DECIDED)
        .expect(Outcome.REQUIRED, MandatoryList.ITEM_3).under(Gdpr.REGIME);
  }

  /**
   * Item 4: software records employees' workstation activity permanently. The monitoring software
   * is none of the vocabulary's technologies, so the technologies are left unknown on purpose.
   */
  public static Case permanentEmployeeMonitoring() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Continuous recording of employees' workstation activity")
        .controller(Controller.builder().name("Call centre company (illustrative)").kind(StandardControllerKind.COMPANY).staff(400).build())
        .purposes(StandardPurpose.EMPLOYEE_ACTIVITY_MONITORING)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.PROFESSIONAL_LIFE, DataCategory.ONLINE_IDENTIFIERS_AND_LOGS)
        .dataSubjects(DataSubjectCategory.EMPLOYEES)
        .places(StandardPlace.WORKPLACE)
        .scale(Scale.builder().permanence(Scale.Permanence.PERMANENT).geographicExtent(Scale.GeographicExtent.SINGLE_SITE).build())
        .systematicMonitoring(true)
        .build();
    return Case.of("cnil-mandatory-04-employee-monitoring",
        "An employer records its employees' workstation activity permanently", SOURCE + 4, op, DECIDED)
        .expect(Outcome.REQUIRED, MandatoryList.ITEM_4).under(Gdpr.REGIME);
  }

  /** Item 5: a département's unit receives reports about children in danger. */
  public static Case childProtectionReports() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Reports about children in danger received by a département")
        .controller(Controller.of("Conseil départemental (illustrative)", StandardControllerKind.LOCAL_AUTHORITY))
        .purposes(StandardPurpose.SOCIAL_AND_HEALTH_ALERTS)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.HEALTH)
        .dataSubjects(DataSubjectCategory.CHILDREN)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(FactSet.none())
        .externalSources(true)
        .build();
    return Case.of("cnil-mandatory-05-social-and-health-alerts",
        "A département handles reports about children in danger (social and health alerts)", SOURCE + 5, op, DECIDED)
        .expect(Outcome.REQUIRED, MandatoryList.ITEM_5).under(Gdpr.REGIME);
  }

  /** Item 6: a company's whistleblowing platform. */
  public static Case whistleblowingPlatform() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Whistleblowing platform of a company")
        .controller(Controller.builder().name("Construction company (illustrative)").kind(StandardControllerKind.COMPANY).staff(3000).build())
        .purposes(StandardPurpose.PROFESSIONAL_ALERTS)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.PROFESSIONAL_LIFE, DataCategory.CRIMINAL_OFFENCES)
        .dataSubjects(DataSubjectCategory.EMPLOYEES, DataSubjectCategory.SUPPLIERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.ONLINE)
        .build();
    return Case.of("cnil-mandatory-06-professional-alerts",
        "A company's whistleblowing platform (professional alerts)", SOURCE + 6, op, DECIDED)
        .expect(Outcome.REQUIRED, MandatoryList.ITEM_6).under(Gdpr.REGIME);
  }

  /** Item 7: a university hospital builds a clinical data warehouse for research. */
  public static Case clinicalDataWarehouse() {
    ProcessingOperation op = ProcessingOperation.builder()
        .name("Clinical data warehouse of a university hospital")
        .controller(Controller.of("Centre hospitalier universitaire (illustrative)", StandardControllerKind.HEALTH_OR_MEDICO_SOCIAL_ESTABLISHMENT))
        .purposes(StandardPurpose.HEALTH_DATA_WAREHOUSE_OR_REGISTRY, StandardPurpose.SCIENTIFIC_RESEARCH)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
        .dataSubjects(DataSubjectCategory.PATIENTS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.HEALTH_ESTABLISHMENT)
        .legalFrameworks(FactSet.none())
        .profiling(false)
        .automatedDecisions(false)
        .systematicMonitoring(false)
        .externalSources(false)
        .mayExcludeFromRightServiceOrContract(false)
        .legalBasisAssessed(false)
        .build();
    return Case.of("cnil-mandatory-07-health-data-warehouse",
        "A university hospital gathers its patients' health data in a warehouse for research", SOURCE + 7, op, DECIDED)
        .expect(Outcome.REQUIRED, MandatoryList.ITEM_7).under(Gdpr.REGIME);
  }

  /** Item 8: an insurer profiles policyholders for fraud; a suspicion may end the contract. */
  public static Case insuranceFraudProfiling() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Fraud profiling of motor-insurance policyholders")
        .controller(Controller.of("Motor insurer (illustrative)", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.CREDIT_OR_FRAUD_SCORING)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.CUSTOMERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(FactSet.none())
        .profiling(true)
        .mayExcludeFromRightServiceOrContract(true)
        .build();
    return Case.of("cnil-mandatory-08-profiling-may-end-contract",
        "An insurer profiles its policyholders for fraud, which may lead to the termination of their contract", SOURCE + 8, op, DECIDED)
        .expect(Outcome.REQUIRED, MandatoryList.ITEM_8).under(Gdpr.REGIME);
  }

  /**
   * Item 9: telecom operators pool their customers' unpaid bills and consult the file before a new
   * subscription. Whether the pooling exceeds people's reasonable expectations (WP248 criterion 6)
   * is a judgement left unknown: the item decides.
   */
  public static Case pooledUnpaidBills() {
    ProcessingOperation op = ProcessingOperation.builder()
        .name("Pooled file of unpaid telecom bills")
        .controller(Controller.of("Economic interest grouping of telecom operators (illustrative)", StandardControllerKind.COMPANY))
        .purposes(FrenchPurpose.POOLED_CONTRACTUAL_BREACH_RECORDS)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.CUSTOMERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(FactSet.none())
        .legalFrameworks(FactSet.none())
        .profiling(false)
        .automatedDecisions(false)
        .systematicMonitoring(false)
        .externalSources(true)
        .mayExcludeFromRightServiceOrContract(true)
        .legalBasisAssessed(false)
        .build();
    return Case.of("cnil-mandatory-09-pooled-contractual-breaches",
        "Telecom operators pool their customers' unpaid bills and may refuse a new subscription", SOURCE + 9, op, DECIDED)
        .expect(Outcome.REQUIRED, MandatoryList.ITEM_9).under(Gdpr.REGIME);
  }

  /** Item 10: a retailer enriches its customers' profiles with data bought from a data broker. */
  public static Case profilingWithBrokerData() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Customer profiles enriched with data broker data")
        .controller(Controller.of("Retail chain (illustrative)", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.MARKETING)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.ONLINE_IDENTIFIERS_AND_LOGS)
        .dataSubjects(DataSubjectCategory.CUSTOMERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.ONLINE)
        .profiling(true)
        .combinesDatasets(true)
        .externalSources(true)
        .build();
    return Case.of("cnil-mandatory-10-profiling-external-sources",
        "A retailer profiles its customers with data bought from a data broker", SOURCE + 10, op, DECIDED)
        .expect(Outcome.REQUIRED, MandatoryList.ITEM_10).under(Gdpr.REGIME);
  }

  /**
   * Item 11: a school canteen recognises pupils by a biometric reader. The canteen is a school
   * service, so exempt item 10 of délibération n° 2019-118 would apply too, but the mandatory list
   * ranks above it.
   */
  public static Case biometricCanteenAccess() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Biometric access to a school canteen")
        .controller(Controller.of("Collège (illustrative)", StandardControllerKind.EDUCATIONAL_ESTABLISHMENT))
        .purposes(StandardPurpose.SCHOOL_AND_CHILDHOOD_SERVICES)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.BIOMETRIC)
        .dataSubjects(DataSubjectCategory.PUPILS)
        .technologies(StandardTechnology.BIOMETRIC_RECOGNITION)
        .places(StandardPlace.SCHOOL)
        .build();
    return Case.of("cnil-mandatory-11-biometrics-of-pupils",
        "A school recognises its pupils by a biometric reader at the canteen", SOURCE + 11, op, DECIDED)
        .expect(Outcome.REQUIRED, MandatoryList.ITEM_11).under(Gdpr.REGIME);
  }

  /** Item 12: a public housing office examines applications for social housing. */
  public static Case socialHousingApplications() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Applications for social housing")
        .controller(Controller.of("Office public de l'habitat (illustrative)", StandardControllerKind.PUBLIC_BODY))
        .purposes(FrenchPurpose.SOCIAL_HOUSING)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.HOUSING_APPLICANTS_OR_TENANTS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(FactSet.none())
        .build();
    return Case.of("cnil-mandatory-12-social-housing",
        "A public housing office examines applications for and manages social housing", SOURCE + 12, op, DECIDED)
        .expect(Outcome.REQUIRED, MandatoryList.ITEM_12).under(Gdpr.REGIME);
  }

  /** Item 13: a municipal social action centre follows the elderly people it supports. */
  public static Case socialSupportOfElderlyPeople() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Social support files of a centre communal d'action sociale")
        .controller(Controller.of("Centre communal d'action sociale (illustrative)", StandardControllerKind.PUBLIC_BODY))
        .purposes(StandardPurpose.SOCIAL_SUPPORT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.ELDERLY_PERSONS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(FactSet.none())
        .build();
    return Case.of("cnil-mandatory-13-social-support",
        "A municipal social action centre keeps files on the elderly people it supports", SOURCE + 13, op, DECIDED)
        .expect(Outcome.REQUIRED, MandatoryList.ITEM_13).under(Gdpr.REGIME);
  }

  /**
   * Item 14: a city's public transport operator records where its travel cards are validated, all
   * over the city, permanently: the WP243 rev.01 example of large-scale processing (travel data of
   * a city's public transport users). Systematic monitoring of stations on a large scale, it falls
   * under GDPR art. 35(3)(c) as well.
   */
  public static Case travelCardValidations() {
    ProcessingOperation op = ProcessingOperation.builder()
        .name("Travel card validations of a city's public transport network")
        .controller(Controller.of("Public transport operator (illustrative)", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.TRAFFIC_MANAGEMENT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.LOCATION)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.LOCATION_TRACKING)
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .legalFrameworks(FactSet.none())
        .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.CITY).permanence(Scale.Permanence.PERMANENT).build())
        .profiling(false)
        .automatedDecisions(false)
        .combinesDatasets(false)
        .externalSources(false)
        .mayExcludeFromRightServiceOrContract(false)
        .legalBasisAssessed(false)
        .build();
    return Case.of("cnil-mandatory-14-large-scale-location",
        "A city's transport operator records where every travel card is validated (location data on a large scale)",
        SOURCE + 14, op, DECIDED)
        .expect(Outcome.REQUIRED, Article35.ART_35_3_C, MandatoryList.ITEM_14).under(Gdpr.REGIME);
  }

  /** Every case of the family, in the order of the list. */
  public static List<Case> all() {
    return List.of(hospitalPatientRecord(), geneticDataOfTrialPatients(), employeeTalentScoring(), permanentEmployeeMonitoring(),
        childProtectionReports(), whistleblowingPlatform(), clinicalDataWarehouse(), insuranceFraudProfiling(), pooledUnpaidBills(),
        profilingWithBrokerData(), biometricCanteenAccess(), socialHousingApplications(), socialSupportOfElderlyPeople(),
        travelCardValidations());
  }
}
