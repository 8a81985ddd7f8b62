package org.dpia.rules.fr.cnil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.LegalCase.given;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import org.dpia.rules.fr.LegalCase;
import org.dpia.rules.fr.Fixtures;
import org.dpia.rules.fr.ListItemGrounds;
import org.dpia.rules.fr.FrenchPurpose;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Outcome;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CNIL's list of processing types for which a DPIA is required (GDPR art. 35(4); délibération
 * n° 2018-327 du 11 octobre 2018, JORF 6 November 2018): for each of its fourteen items, a case
 * that meets it and a close case that does not, and the day from which the list applies.
 */
@DisplayName("CNIL mandatory list (délibération n° 2018-327)")
class MandatoryListTest {

  /** Publication in the JORF, the first day the rulebook applies the list. */
  static final LocalDate PUBLISHED = MandatoryList.APPLIES_FROM;

  static String ruleId(int item) {
    return "fr.cnil.2018-327.item-" + item;
  }

  // ---- the cases ----------------------------------------------------------------------------------

  static final Scale CITY_WIDE_PERMANENT = Scale.builder()
      .geographicExtent(Scale.GeographicExtent.CITY)
      .permanence(Scale.Permanence.PERMANENT)
      .build();

  /** Item 1: a university hospital's records of the patients it treats. */
  static ProcessingOperation.Builder hospitalPatientRecords() {
    return Fixtures.gdpr().name("patient records of a university hospital")
        .controller(Controller.builder().name("CHU de Lille").kind(StandardControllerKind.HEALTH_OR_MEDICO_SOCIAL_ESTABLISHMENT)
            .staff(16_000).build())
        .purposes(StandardPurpose.PATIENT_CARE)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
        .dataSubjects(DataSubjectCategory.PATIENTS)
        .places(StandardPlace.HEALTH_ESTABLISHMENT);
  }

  /** Item 2: a medical biology laboratory (a company) runs genetic tests on patients. */
  static ProcessingOperation.Builder geneticTestsOfPatients() {
    return Fixtures.gdpr().name("genetic tests of patients")
        .controller(Controller.builder().name("GenoDiag SAS").kind(StandardControllerKind.COMPANY).staff(80).build())
        .purposes(StandardPurpose.PATIENT_CARE)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.GENETIC)
        .dataSubjects(DataSubjectCategory.PATIENTS);
  }

  /** Item 3: an employer scores its employees' "potential" to manage careers. */
  static ProcessingOperation.Builder talentScoringOfEmployees() {
    return Fixtures.gdpr().name("talent scoring of employees")
        .purposes(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.PROFESSIONAL_LIFE)
        .dataSubjects(DataSubjectCategory.EMPLOYEES)
        .profiling(true);
  }

  /** Item 4: software logs every action of the employees at their workstations, with no planned end. */
  static ProcessingOperation.Builder constantWorkstationMonitoring() {
    return Fixtures.gdpr().name("constant monitoring of employees' workstations")
        .purposes(StandardPurpose.EMPLOYEE_ACTIVITY_MONITORING)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.ONLINE_IDENTIFIERS_AND_LOGS)
        .dataSubjects(DataSubjectCategory.EMPLOYEES)
        .places(StandardPlace.WORKPLACE)
        .systematicMonitoring(true)
        .scale(Scale.builder().permanence(Scale.Permanence.PERMANENT).build());
  }

  /** Item 5: a département receives reports of children at risk. */
  static ProcessingOperation.Builder childProtectionReports() {
    return Fixtures.gdpr().name("reports of children at risk")
        .controller(Controller.builder().name("Département du Nord").kind(StandardControllerKind.LOCAL_AUTHORITY).staff(8_000).build())
        .purposes(StandardPurpose.SOCIAL_AND_HEALTH_ALERTS)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS)
        .dataSubjects(DataSubjectCategory.CHILDREN);
  }

  /** Item 6: a company's whistleblowing line. */
  static ProcessingOperation.Builder whistleblowingLine() {
    return Fixtures.gdpr().name("whistleblowing line")
        .purposes(StandardPurpose.PROFESSIONAL_ALERTS)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.PROFESSIONAL_LIFE)
        .dataSubjects(DataSubjectCategory.EMPLOYEES);
  }

  /** Item 7: a regional cancer registry. */
  static ProcessingOperation.Builder cancerRegistry() {
    return Fixtures.gdpr().name("regional cancer registry")
        .controller(Controller.builder().name("Registre des cancers").kind(StandardControllerKind.PUBLIC_BODY).staff(30).build())
        .purposes(StandardPurpose.HEALTH_DATA_WAREHOUSE_OR_REGISTRY)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
        .dataSubjects(DataSubjectCategory.PATIENTS);
  }

  /** Item 8: a bank scores loan applicants and may refuse or terminate their credit. */
  static ProcessingOperation.Builder creditScoring() {
    return Fixtures.gdpr().name("credit scoring of loan applicants")
        .controller(Controller.builder().name("Banque du Nord").kind(StandardControllerKind.COMPANY).staff(2_000).build())
        .purposes(StandardPurpose.CREDIT_OR_FRAUD_SCORING)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.FINANCIAL)
        .profiling(true)
        .mayExcludeFromRightServiceOrContract(true);
  }

  /** Item 9: telecom operators pool the records of customers who left bills unpaid. */
  static ProcessingOperation.Builder pooledUnpaidBills() {
    return Fixtures.gdpr().name("pooled file of unpaid telephone bills")
        .purposes(FrenchPurpose.POOLED_CONTRACTUAL_BREACH_RECORDS)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.FINANCIAL)
        .combinesDatasets(true)
        .mayExcludeFromRightServiceOrContract(true);
  }

  /** Item 10: a retailer enriches its customers' profiles with data bought from a broker. */
  static ProcessingOperation.Builder profilesEnrichedByABroker() {
    return Fixtures.gdpr().name("customer profiles enriched with a data broker's data")
        .purposes(StandardPurpose.MARKETING)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.ONLINE_IDENTIFIERS_AND_LOGS)
        .profiling(true)
        .externalSources(true);
  }

  /** Item 11: a secondary school lets pupils into the canteen by their fingerprint. */
  static ProcessingOperation.Builder canteenFingerprintsOfPupils() {
    return Fixtures.gdpr().name("canteen access by pupils' fingerprints")
        .controller(Controller.builder().name("Collège Jean Moulin").kind(StandardControllerKind.EDUCATIONAL_ESTABLISHMENT).staff(60).build())
        .purposes(StandardPurpose.PHYSICAL_ACCESS_CONTROL)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.BIOMETRIC)
        .dataSubjects(DataSubjectCategory.PUPILS)
        .technologies(StandardTechnology.BIOMETRIC_RECOGNITION)
        .places(StandardPlace.SCHOOL);
  }

  /** Item 12: a public housing office examines applications for social housing. */
  static ProcessingOperation.Builder socialHousingApplications() {
    return Fixtures.gdpr().name("social housing applications")
        .controller(Controller.builder().name("Office public de l'habitat").kind(StandardControllerKind.PUBLIC_BODY).staff(400).build())
        .purposes(FrenchPurpose.SOCIAL_HOUSING)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.HOUSING_APPLICANTS_OR_TENANTS);
  }

  /** Item 13: a home-care association follows the elderly persons it helps. */
  static ProcessingOperation.Builder homeCareOfElderlyPersons() {
    return Fixtures.gdpr().name("home care of elderly persons")
        .controller(Controller.builder().name("Association d'aide à domicile").kind(StandardControllerKind.NON_PROFIT_ORGANISATION)
            .staff(40).build())
        .purposes(StandardPurpose.SOCIAL_SUPPORT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS)
        .dataSubjects(DataSubjectCategory.ELDERLY_PERSONS);
  }

  /** Item 14: a city's transport operator records where every travel card is validated (WP243's own example). */
  static ProcessingOperation.Builder travelCardLocations() {
    return Fixtures.gdpr().name("locations of a city's travel card validations")
        .purposes(StandardPurpose.TRAFFIC_MANAGEMENT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.LOCATION)
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.LOCATION_TRACKING)
        .places(StandardPlace.VEHICLE)
        .scale(CITY_WIDE_PERMANENT);
  }

  /** A case meeting each item: name, operation, the item's rule id. */
  static Stream<LegalCase> itemsMet() {
    return Stream.of(
        given("a university hospital's records of its patients' care", hospitalPatientRecords()).requiredOn(MandatoryList.ITEM_1),
        given("a laboratory's genetic tests of patients", geneticTestsOfPatients()).requiredOn(MandatoryList.ITEM_2),
        given("an employer's talent scoring of its employees", talentScoringOfEmployees()).requiredOn(MandatoryList.ITEM_3),
        given("permanent logging of every action at employees' workstations", constantWorkstationMonitoring()).requiredOn(MandatoryList.ITEM_4),
        given("a département's reports of children at risk", childProtectionReports()).requiredOn(MandatoryList.ITEM_5),
        given("a company's whistleblowing line", whistleblowingLine()).requiredOn(MandatoryList.ITEM_6),
        given("a regional cancer registry", cancerRegistry()).requiredOn(MandatoryList.ITEM_7),
        given("a bank's credit scoring that may refuse or end a loan", creditScoring()).requiredOn(MandatoryList.ITEM_8),
        given("telecom operators' pooled file of unpaid bills that may bar a subscription", pooledUnpaidBills()).requiredOn(MandatoryList.ITEM_9),
        given("customer profiles enriched with a data broker's data", profilesEnrichedByABroker()).requiredOn(MandatoryList.ITEM_10),
        given("canteen access by pupils' fingerprints", canteenFingerprintsOfPupils()).requiredOn(MandatoryList.ITEM_11),
        given("a public housing office's examination of social housing applications", socialHousingApplications()).requiredOn(MandatoryList.ITEM_12),
        given("a home-care association's follow-up of elderly persons", homeCareOfElderlyPersons()).requiredOn(MandatoryList.ITEM_13),
        given("city-wide, permanent recording of travel card locations", travelCardLocations()).requiredOn(MandatoryList.ITEM_14));
  }

  /** A close case that misses each item by one fact: name, operation, the item's rule id, the outcome. */
  static Stream<LegalCase> itemsMissed() {
    return Stream.of(
        given("a general practitioner's records of her patients: not an establishment (exempt instead)", hospitalPatientRecords()
                .controller(Controller.builder().name("Dr Martin").kind(StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL).staff(1).build())
                ).notOn(MandatoryList.ITEM_1).hence(Outcome.NOT_REQUIRED),
        given("a small genetic genealogy service for adult customers: not vulnerable persons", geneticTestsOfPatients().purposes(StandardPurpose.CUSTOMER_RELATIONSHIP_MANAGEMENT)
                .dataSubjects(DataSubjectCategory.CUSTOMERS).assertCriterion(RiskCriterion.LARGE_SCALE, false)).notOn(MandatoryList.ITEM_2).hence(Outcome.NOT_REQUIRED),
        given("a small employer's staff management without profiling (exempt instead)", talentScoringOfEmployees().profiling(false)).notOn(MandatoryList.ITEM_3).hence(Outcome.NOT_REQUIRED),
        given("a twice-yearly audit of workstation logs: not constant, yet two criteria", constantWorkstationMonitoring().scale(Scale.builder().permanence(Scale.Permanence.PERIODIC).build())).notOn(MandatoryList.ITEM_4).hence(Outcome.REQUIRED),
        given("a commune's school canteen registrations: children, but no alert (exempt instead)", childProtectionReports().controller(Controller.builder().name("Commune de Roubaix").kind(StandardControllerKind.LOCAL_AUTHORITY)
                .staff(1_500).build()).purposes(StandardPurpose.SCHOOL_AND_CHILDHOOD_SERVICES)).notOn(MandatoryList.ITEM_5).hence(Outcome.NOT_REQUIRED),
        given("a customer complaints line: no professional alert", whistleblowingLine().purposes(StandardPurpose.CUSTOMER_RELATIONSHIP_MANAGEMENT).dataSubjects(DataSubjectCategory.CUSTOMERS)).notOn(MandatoryList.ITEM_6).hence(Outcome.NOT_REQUIRED),
        given("a one-off research study on cancer patients: no warehouse or registry, yet two criteria", cancerRegistry().purposes(StandardPurpose.SCIENTIFIC_RESEARCH)).notOn(MandatoryList.ITEM_7).hence(Outcome.REQUIRED),
        given("a credit score that only tailors offers and refuses no one: yet two criteria", creditScoring().mayExcludeFromRightServiceOrContract(false)).notOn(MandatoryList.ITEM_8).hence(Outcome.REQUIRED),
        given("a pooled file of unpaid bills that bars no one: yet two criteria", pooledUnpaidBills().mayExcludeFromRightServiceOrContract(false)).notOn(MandatoryList.ITEM_9).hence(Outcome.REQUIRED),
        given("a retailer's small profiling of its customers on its own data only", profilesEnrichedByABroker().externalSources(false).decisionsOnEvaluation(false).assertCriterion(RiskCriterion.LARGE_SCALE, false)).notOn(MandatoryList.ITEM_10).hence(Outcome.NOT_REQUIRED),
        given("a gym's facial recognition of adult members: not vulnerable, yet two criteria", canteenFingerprintsOfPupils()
                .controller(Controller.builder().name("FitClub SAS").kind(StandardControllerKind.COMPANY).staff(20).build())
                .dataSubjects(DataSubjectCategory.CUSTOMERS).technologies(StandardTechnology.FACIAL_RECOGNITION)
                .places(FactSet.none())).notOn(MandatoryList.ITEM_11).hence(Outcome.REQUIRED),
        given("a private letting agency's small tenant file: no social housing", socialHousingApplications()
                .controller(Controller.builder().name("Agence Immo").kind(StandardControllerKind.COMPANY).staff(12).build())
                .purposes(StandardPurpose.CUSTOMER_RELATIONSHIP_MANAGEMENT).assertCriterion(RiskCriterion.LARGE_SCALE, false)).notOn(MandatoryList.ITEM_12).hence(Outcome.NOT_REQUIRED),
        given("the same association's file of members and donors (exempt instead)", homeCareOfElderlyPersons().purposes(StandardPurpose.MEMBER_AND_DONOR_MANAGEMENT)
                .dataSubjects(DataSubjectCategory.MEMBERS_OR_DONORS)).notOn(MandatoryList.ITEM_13).hence(Outcome.NOT_REQUIRED),
        given("city-wide, permanent travel cards that record no location", travelCardLocations().dataCategories(DataCategory.IDENTIFICATION).technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE)).notOn(MandatoryList.ITEM_14).hence(Outcome.NOT_REQUIRED));
  }

  // ---- helpers ------------------------------------------------------------------------------------

  static Decision decide(ProcessingOperation operation) {
    return FRANCE.decide(operation, TODAY);
  }

  static Rule<ProcessingOperation> item(String ruleId) {
    return MandatoryList.ITEMS.stream().filter(r -> r.id().equals(ruleId)).findFirst()
        .orElseThrow(() -> new AssertionError("the mandatory list has no rule " + ruleId));
  }

  static Optional<Ground> decisiveGround(Decision d, String ruleId) {
    return ListItemGrounds.decisiveGround(d, ruleId);
  }

  static void assertOnItem(Decision d, String ruleId) {
    ListItemGrounds.assertOnItem(d, ruleId, GroundKind.MANDATORY_LIST, MandatoryList.SOURCE, "4");
  }

  static void assertNotOnItem(Decision d, String ruleId) {
    ListItemGrounds.assertNotOnItem(d, ruleId);
  }

  // ---- the items ----------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("itemsMet")
  @DisplayName("a processing that meets an item requires a DPIA on the ground of that item")
  void meetingAnItemRequiresADpia(LegalCase c) {
    c.check().onGround(GroundKind.MANDATORY_LIST);
    assertOnItem(c.decide(), c.on().get(0).id());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("itemsMissed")
  @DisplayName("a close processing that misses an item by one fact does not rest on that item")
  void missingAnItemByOneFactDoesNotRestOnIt(LegalCase c) {
    c.check();
    String ruleId = c.notOn().get(0).id();
    assertThat(item(ruleId).truth(Context.of(c.operation(), c.date()))).as("%s on its own", ruleId).isEqualTo(Truth.FALSE);
  }

  @Test
  @DisplayName("the case tables cover each of the fourteen items, once met and once missed")
  void everyItemHasACaseAndANearMiss() {
    List<String> ids = MandatoryList.ITEMS.stream().map(Rule::id).toList();

    assertThat(ids).containsExactlyElementsOf(IntStream.rangeClosed(1, 14).mapToObj(MandatoryListTest::ruleId).toList());
    assertThat(itemsMet().map(c -> c.on().get(0).id()).toList()).containsExactlyElementsOf(ids);
    assertThat(itemsMissed().map(c -> c.notOn().get(0).id()).toList()).containsExactlyElementsOf(ids);
  }

  @Nested
  @DisplayName("carve-outs and flagship cases")
  class Flagships {

    @Test
    @DisplayName("item 4 is about constant monitoring: the same logs checked twice a year rest on the two criteria, not on item 4")
    void periodicMonitoringIsNotItem4() {
      Decision permanent = decide(constantWorkstationMonitoring().build());
      Decision periodic = decide(constantWorkstationMonitoring()
          .scale(Scale.builder().permanence(Scale.Permanence.PERIODIC).build()).build());

      assertOnItem(permanent, ruleId(4));
      assertThat(periodic.outcome()).isEqualTo(Outcome.REQUIRED);
      assertNotOnItem(periodic, ruleId(4));
      assertThat(periodic.decisiveGrounds()).extracting(Ground::kind).containsExactly(GroundKind.CRITERIA_PRESUMPTION);
      assertThat(periodic.criteriaMet())
          .containsExactlyInAnyOrder(RiskCriterion.SYSTEMATIC_MONITORING, RiskCriterion.VULNERABLE_DATA_SUBJECTS);
    }

    @Test
    @DisplayName("a monitoring for three months is constant if it runs continuously: item 4 asks, and applies once told")
    void temporaryMonitoringIsItem4OnlyIfContinuous() {
      ProcessingOperation.Builder threeMonths = constantWorkstationMonitoring()
          .scale(Scale.builder().permanence(Scale.Permanence.TEMPORARY).build());
      ProcessingOperation open = threeMonths.build();
      ProcessingOperation continuous = threeMonths.continuous(true).build();
      ProcessingOperation checks = threeMonths.continuous(false).build();

      assertThat(item(ruleId(4)).truth(Context.of(open, TODAY))).isEqualTo(Truth.UNKNOWN);
      assertOnItem(decide(continuous), ruleId(4));
      assertThat(item(ruleId(4)).truth(Context.of(checks, TODAY))).isEqualTo(Truth.FALSE);
    }

    @Test
    @DisplayName("item 4 needs to know whether the monitoring is constant: unknown permanence leaves it open")
    void unknownPermanenceLeavesItem4Open() {
      ProcessingOperation op = constantWorkstationMonitoring().scale(Scale.unknown()).build();

      Decision d = decide(op);

      assertThat(item(ruleId(4)).truth(Context.of(op, TODAY))).isEqualTo(Truth.UNKNOWN);
      assertNotOnItem(d, ruleId(4));
      assertThat(d.outcome()).as("the two criteria settle it anyway").isEqualTo(Outcome.REQUIRED);
      assertThat(d.decisiveGrounds()).extracting(Ground::kind).containsExactly(GroundKind.CRITERIA_PRESUMPTION);
    }

    @Test
    @DisplayName("item 14 is location data on a large scale: the same travel cards in one district, scale unknown, do not meet it")
    void localLocationDataIsNotItem14() {
      ProcessingOperation local = travelCardLocations()
          .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.LOCAL).permanence(Scale.Permanence.PERMANENT).build())
          .build();
      Decision d = decide(local);

      assertNotOnItem(d, ruleId(14));
      assertThat(d.outcome()).as("large scale is a judgement the facts do not settle").isEqualTo(Outcome.UNDETERMINED);
      assertThat(d.grounds()).filteredOn(g -> g.ruleId().equals(ruleId(14)))
          .singleElement().satisfies(g -> assertThat(g.truth()).isEqualTo(Truth.UNKNOWN));
    }

    @Test
    @DisplayName("item 1 names health or medico-social establishments: a hospital's records of its own staff's health are not item 1")
    void hospitalStaffHealthIsNotItem1() {
      ProcessingOperation op = hospitalPatientRecords().purposes(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT)
          .dataSubjects(DataSubjectCategory.EMPLOYEES).build();

      assertThat(item(ruleId(1)).truth(Context.of(op, TODAY))).isEqualTo(Truth.FALSE);
      assertNotOnItem(decide(op), ruleId(1));
    }
  }

  @Nested
  @DisplayName("from when the list applies")
  class InForce {

    static final LocalDate DAY_BEFORE = PUBLISHED.minusDays(1);

    /** The same processing, started before the list was published and after the GDPR applied. */
    static ProcessingOperation startedInSeptember2018(ProcessingOperation operation) {
      return ProcessingOperation.builder().from(operation).period(ProcessingPeriod.since(LocalDate.of(2018, 9, 1))).build();
    }

    @ParameterizedTest(name = "{0}: no list ground on 6 November 2018, its item on 7 November 2018")
    @MethodSource("org.dpia.rules.fr.cnil.MandatoryListTest#itemsMet")
    @DisplayName("the list applies from the day after its publication in the JORF, on 7 November 2018, not the day before")
    void appliesFromPublication(LegalCase c) {
      ProcessingOperation op = startedInSeptember2018(c.operation());
      String ruleId = c.on().get(0).id();

      Decision before = FRANCE.decide(op, DAY_BEFORE);
      assertNotOnItem(before, ruleId);
      assertThat(before.decisiveGrounds()).extracting(Ground::kind).doesNotContain(GroundKind.MANDATORY_LIST);
      assertThat(before.trace().find(ruleId)).as("trace of %s on %s", ruleId, DAY_BEFORE)
          .hasValueSatisfying(t -> assertThat(t.kind()).isEqualTo(Trace.Kind.NOT_IN_FORCE));

      Decision onPublication = FRANCE.decide(op, PUBLISHED);
      assertThat(onPublication.outcome()).isEqualTo(Outcome.REQUIRED);
      assertOnItem(onPublication, ruleId);
      assertThat(onPublication.trace().find(ruleId))
          .hasValueSatisfying(t -> {
            assertThat(t.kind()).isEqualTo(Trace.Kind.RULE);
            assertThat(t.truth()).isEqualTo(Truth.TRUE);
          });
    }

    @Test
    @DisplayName("constant monitoring of employees on 6 November 2018 is required by the two criteria alone, and by item 4 from the next day")
    void constantMonitoringAcrossPublication() {
      ProcessingOperation op = startedInSeptember2018(constantWorkstationMonitoring().build());

      Decision before = FRANCE.decide(op, DAY_BEFORE);
      assertThat(before.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(before.decisiveGrounds()).extracting(Ground::kind).containsExactly(GroundKind.CRITERIA_PRESUMPTION);
      assertThat(before.trace().find(ruleId(4))).map(Trace::kind).contains(Trace.Kind.NOT_IN_FORCE);

      Decision after = FRANCE.decide(op, PUBLISHED);
      assertThat(after.decisiveGrounds()).extracting(Ground::ruleId).containsExactly(ruleId(4));
    }

    @Test
    @DisplayName("every item is in force from 7 November 2018 with no end")
    void everyItemIsInForceFromPublicationWithoutEnd() {
      assertThat(MandatoryList.ITEMS).allSatisfy(r -> {
        assertThat(r.validity().firstDay()).as(r.id()).contains(PUBLISHED);
        assertThat(r.validity().lastDay()).as(r.id()).isEmpty();
      });
    }
  }
}
