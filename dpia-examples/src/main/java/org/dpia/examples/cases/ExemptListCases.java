package org.dpia.examples.cases;

import org.dpia.rules.fr.gdpr.Recital91;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.rules.fr.cnil.ExemptList;
import org.dpia.core.decision.Outcome;
import org.dpia.rules.fr.FrenchTechnology;
import org.dpia.rules.fr.FrenchControllerKind;
import java.time.LocalDate;
import java.util.List;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.rules.fr.FrenchPurpose;

/**
 * One case for each of the twelve items of the CNIL's list of processing types for which no DPIA is
 * required (GDPR art. 35(5)): délibération n° 2019-118 du 12 septembre 2019, JORF 22 October 2019.
 *
 * <p>Each operation stays inside its item's carve-outs (no profiling, no sensitive data, no
 * biometrics) and outside GDPR art. 35(3) and the mandatory list, which the exempt list cannot
 * override. Several meet two WP248 criteria (employees' or children's data with financial data):
 * the exempt list prevails over that presumption. The facts are illustrative, not the CNIL's own
 * examples. Every case is decided on {@link #DECIDED}, after the list's publication and after the
 * end of the CNIL's transitional tolerance, so the day each processing started is left unknown.
 * Items 11 and 12 are encoded in substance (their exact wording is not confirmed). Where no place
 * of the vocabulary fits (a practice or an office that patients or clients visit), the place is
 * left unknown: it matters only for the monitoring of publicly accessible areas, and nobody is
 * monitored in these cases.
 */
public final class ExemptListCases {
  private ExemptListCases() {}

  /** The day every case of this family is decided on. */
  public static final LocalDate DECIDED = LocalDate.of(2024, 6, 1);

  private static final String SOURCE = "CNIL délibération n° 2019-118, item ";

  /** Item 1: a 120-person company manages its staff (contracts, pay), without profiling. */
  public static ProcessingOperation.Builder smallEmployerStaffFile() {
    return Cases.withoutOtherRisks()
        .name("Staff management of a company of 120 employees")
        .controller(Controller.builder().name("SME (illustrative)").kind(StandardControllerKind.COMPANY).staff(120).build())
        .purposes(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.PROFESSIONAL_LIFE, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.EMPLOYEES)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(StandardPlace.WORKPLACE);
  }

  /** Item 1, as a case. */
  public static Case smallEmployerStaffManagement() {
    return Case.of("cnil-exempt-01-small-employer-staff",
        "A company of 120 employees manages its staff, without profiling", SOURCE + 1, smallEmployerStaffFile().build(), DECIDED)
        .expect(Outcome.NOT_REQUIRED, ExemptList.ITEM_1).under(Gdpr.REGIME);
  }

  /** Item 2: a company manages its suppliers' contacts and orders. */
  public static Case supplierRelationships() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Supplier relationship management")
        .controller(Controller.of("Furniture manufacturer (illustrative)", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.SUPPLIER_RELATIONSHIP_MANAGEMENT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.PROFESSIONAL_LIFE)
        .dataSubjects(DataSubjectCategory.SUPPLIERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(FactSet.none())
        .build();
    return Case.of("cnil-exempt-02-supplier-relationships",
        "A company manages its relations with its suppliers", SOURCE + 2, op, DECIDED)
        .expect(Outcome.NOT_REQUIRED, ExemptList.ITEM_2).under(Gdpr.REGIME);
  }

  /** Item 3: a commune keeps its electoral roll. */
  public static Case communeElectoralRoll() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Electoral roll of a commune")
        .controller(Controller.of("Commune (illustrative)", StandardControllerKind.LOCAL_AUTHORITY))
        .purposes(FrenchPurpose.COMMUNE_ELECTORAL_ROLL)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS)
        .dataSubjects(DataSubjectCategory.VOTERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(FactSet.none())
        .build();
    return Case.of("cnil-exempt-03-electoral-roll",
        "A commune keeps its electoral roll under the texts that govern it", SOURCE + 3, op, DECIDED)
        .expect(Outcome.NOT_REQUIRED, ExemptList.ITEM_3).under(Gdpr.REGIME);
  }

  /**
   * Item 4: a works council manages the holidays and outings it offers employees. A works council
   * is none of the vocabulary's kinds of controller, so its kind is left unknown and it is stated
   * that it does not act in a household activity.
   */
  public static Case worksCouncilActivities() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Social and cultural activities of a works council")
        .controller(Controller.builder().name("Comité social et économique (illustrative)").build())
        .householdActivity(false)
        .purposes(FrenchPurpose.WORKS_COUNCIL_ACTIVITIES)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS)
        .dataSubjects(DataSubjectCategory.EMPLOYEES)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(FactSet.none())
        .build();
    return Case.of("cnil-exempt-04-works-council",
        "A works council manages the activities it offers employees", SOURCE + 4, op, DECIDED)
        .expect(Outcome.NOT_REQUIRED, ExemptList.ITEM_4).under(Gdpr.REGIME);
  }

  /** Item 5: a sports club manages its members and donors; the data is not sensitive. */
  public static ProcessingOperation.Builder sportsClubMembersFile() {
    return Cases.withoutOtherRisks()
        .name("Members and donors of a sports club")
        .controller(Controller.of("Association sportive (illustrative)", StandardControllerKind.NON_PROFIT_ORGANISATION))
        .purposes(StandardPurpose.MEMBER_AND_DONOR_MANAGEMENT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.MEMBERS_OR_DONORS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(FactSet.none());
  }

  /** Item 5, as a case. */
  public static Case sportsClubMembers() {
    return Case.of("cnil-exempt-05-association-members",
        "A sports club manages its members and donors, without sensitive data", SOURCE + 5, sportsClubMembersFile().build(), DECIDED)
        .expect(Outcome.NOT_REQUIRED, ExemptList.ITEM_5).under(Gdpr.REGIME);
  }

  /**
   * Item 6: a general practitioner practising alone keeps her patients' records. A physician's
   * patients are not processed on a large scale (GDPR recital 91).
   */
  public static ProcessingOperation.Builder generalPractitionerRecords() {
    return Cases.withoutOtherRisks()
        .name("Patient records of a general practitioner")
        .controller(Controller.of("Dr X, médecin généraliste (illustrative)", StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL))
        .householdActivity(false)
        .purposes(StandardPurpose.PATIENT_CARE)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.HEALTH)
        .dataSubjects(DataSubjectCategory.PATIENTS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE);
  }

  /** Item 6, as a case. */
  public static Case generalPractitioner() {
    return Case.of("cnil-exempt-06-individual-physician",
        "A general practitioner practising alone keeps her patients' records", SOURCE + 6, generalPractitionerRecords().build(), DECIDED)
        .expect(Outcome.NOT_REQUIRED, ExemptList.ITEM_6, Recital91.RULE).under(Gdpr.REGIME);
  }

  /** Item 7: a lawyer practising alone keeps his clients' files. */
  public static Case individualLawyer() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Client files of a lawyer practising alone")
        .controller(Controller.of("Maître Y, avocat (illustrative)", StandardControllerKind.INDIVIDUAL_LAWYER))
        .householdActivity(false)
        .purposes(StandardPurpose.LEGAL_PRACTICE)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.PERSONAL_DOCUMENTS)
        .dataSubjects(DataSubjectCategory.CUSTOMERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .build();
    return Case.of("cnil-exempt-07-individual-lawyer",
        "A lawyer practising alone keeps his clients' files", SOURCE + 7, op, DECIDED)
        .expect(Outcome.NOT_REQUIRED, ExemptList.ITEM_7, Recital91.RULE).under(Gdpr.REGIME);
  }

  /** Item 8: the clerk of a commercial court keeps the trade and companies register. */
  public static Case commercialCourtClerk() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Registry of a commercial court")
        .controller(Controller.of("Greffier du tribunal de commerce (illustrative)", FrenchControllerKind.COMMERCIAL_COURT_CLERK))
        .householdActivity(false)
        .purposes(FrenchPurpose.COMMERCIAL_COURT_REGISTRY)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.PROFESSIONAL_LIFE)
        .dataSubjects(DataSubjectCategory.PUBLIC_SERVICE_USERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .build();
    return Case.of("cnil-exempt-08-commercial-court-clerk",
        "The clerk of a commercial court carries out the registry's activity", SOURCE + 8, op, DECIDED)
        .expect(Outcome.NOT_REQUIRED, ExemptList.ITEM_8).under(Gdpr.REGIME);
  }

  /** Item 9: a notary drafts deeds for her clients. */
  public static Case notary() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Deeds and client files of a notary")
        .controller(Controller.of("Maître Z, notaire (illustrative)", FrenchControllerKind.NOTARY))
        .householdActivity(false)
        .purposes(FrenchPurpose.NOTARIAL_PRACTICE)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.CUSTOMERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .build();
    return Case.of("cnil-exempt-09-notary",
        "A notary drafts deeds for her clients", SOURCE + 9, op, DECIDED)
        .expect(Outcome.NOT_REQUIRED, ExemptList.ITEM_9).under(Gdpr.REGIME);
  }

  /** Item 10: a commune manages school canteen and after-school registrations and their billing. */
  public static Case schoolServicesOfACommune() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("School canteen and after-school registrations of a commune")
        .controller(Controller.of("Commune (illustrative)", StandardControllerKind.LOCAL_AUTHORITY))
        .purposes(StandardPurpose.SCHOOL_AND_CHILDHOOD_SERVICES)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.CHILDREN, DataSubjectCategory.PUBLIC_SERVICE_USERS)
        .technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)
        .places(FactSet.none())
        .build();
    return Case.of("cnil-exempt-10-school-services",
        "A commune manages school canteen and after-school registrations", SOURCE + 10, op, DECIDED)
        .expect(Outcome.NOT_REQUIRED, ExemptList.ITEM_10).under(Gdpr.REGIME);
  }

  /** The breathalysers item: a coach company fits alcohol interlocks in its coaches. */
  public static Case coachAlcoholInterlocks() {
    ProcessingOperation op = Cases.withoutOtherRisks()
        .name("Alcohol interlocks in a coach company's vehicles")
        .controller(Controller.of("Coach company (illustrative)", StandardControllerKind.COMPANY))
        .purposes(FrenchPurpose.IMPAIRED_DRIVING_PREVENTION)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.PROFESSIONAL_LIFE)
        .dataSubjects(DataSubjectCategory.EMPLOYEES)
        .technologies(FrenchTechnology.BREATHALYSER)
        .places(StandardPlace.VEHICLE)
        .build();
    return Case.of("cnil-exempt-11-breathalysers",
        "A coach company fits alcohol interlocks to prevent driving under the influence",
        "CNIL délibération n° 2019-118, breathalysers item (number not confirmed)", op, DECIDED)
        .expect(Outcome.NOT_REQUIRED, ExemptList.BREATHALYSERS).under(Gdpr.REGIME);
  }

  /** The access-control and working-time item: employees badge in at the entrance, which also records their working time. */
  public static ProcessingOperation.Builder badgeAccessAndWorkingTimeFile() {
    return Cases.withoutOtherRisks()
        .name("Badge access control and working-time records")
        .controller(Controller.builder().name("Logistics company (illustrative)").kind(StandardControllerKind.COMPANY).staff(600).build())
        .purposes(StandardPurpose.PHYSICAL_ACCESS_CONTROL, StandardPurpose.WORKING_TIME_MANAGEMENT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.PROFESSIONAL_LIFE)
        .dataSubjects(DataSubjectCategory.EMPLOYEES)
        .technologies(StandardTechnology.BADGE_ACCESS_CONTROL)
        .places(StandardPlace.WORKPLACE);
  }

  /** The access-control and working-time item, as a case. */
  public static Case badgeAccessAndWorkingTime() {
    return Case.of("cnil-exempt-12-access-control-working-time",
        "Employees badge in, which controls access and records working time, without biometrics",
        "CNIL délibération n° 2019-118, access-control and working-time item (number not confirmed)",
        badgeAccessAndWorkingTimeFile().build(), DECIDED)
        .expect(Outcome.NOT_REQUIRED, ExemptList.ACCESS_CONTROL_AND_WORKING_TIME).under(Gdpr.REGIME);
  }

  /** Every case of the family, in the order of the list. */
  public static List<Case> all() {
    return List.of(smallEmployerStaffManagement(), supplierRelationships(), communeElectoralRoll(), worksCouncilActivities(),
        sportsClubMembers(), generalPractitioner(), individualLawyer(), commercialCourtClerk(), notary(), schoolServicesOfACommune(),
        coachAlcoholInterlocks(), badgeAccessAndWorkingTime());
  }
}
