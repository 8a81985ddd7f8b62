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
import org.dpia.rules.fr.FrenchControllerKind;
import org.dpia.rules.fr.FrenchTechnology;
import org.dpia.rules.fr.wp248.Wp248;
import org.dpia.rules.fr.gdpr.Article35;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Outcome;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CNIL's list of processing types for which no DPIA is required (GDPR art. 35(5); délibération
 * n° 2019-118 du 12 septembre 2019, JORF 22 October 2019): for each of its twelve items, a case
 * that meets it and close cases that do not (its carve-outs, and an extra purpose where the item
 * says "only"), its place in the precedence, the day from which it applies, and what stays open
 * when a fact it needs is unknown.
 */
@DisplayName("CNIL exempt list (délibération n° 2019-118)")
class ExemptListTest {

  /** Publication in the JORF, the first day the rulebook applies the list. */
  static final LocalDate PUBLISHED = ExemptList.APPLIES_FROM;

  /**
   * The rule id of the n-th item as this test counts them: the ten numbered items, then the two
   * whose number in the list is not confirmed, cited by their content (breathalysers, 11; access
   * control and working time, 12).
   */
  static String ruleId(int item) {
    return switch (item) {
      case 11 -> "fr.cnil.2019-118.breathalysers";
      case 12 -> "fr.cnil.2019-118.access-control-and-working-time";
      default -> "fr.cnil.2019-118.item-" + item;
    };
  }

  // ---- the cases ----------------------------------------------------------------------------------

  static Controller company(String name, int staff) {
    return Controller.builder().name(name).kind(StandardControllerKind.COMPANY).staff(staff).build();
  }

  /** Item 1: a company of 50 people manages its staff (pay, careers, leave), without profiling. */
  static ProcessingOperation.Builder smallCompanyStaffManagement() {
    return Fixtures.gdpr().name("staff management of a company of 50 people")
        .purposes(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.PROFESSIONAL_LIFE)
        .dataSubjects(DataSubjectCategory.EMPLOYEES)
        .places(StandardPlace.WORKPLACE);
  }

  /** Item 2: a company keeps its suppliers' contacts and bank details. */
  static ProcessingOperation.Builder supplierFile() {
    return Fixtures.gdpr().name("supplier file")
        .purposes(StandardPurpose.SUPPLIER_RELATIONSHIP_MANAGEMENT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.SUPPLIERS);
  }

  /** Item 3: a commune keeps its electoral roll. */
  static ProcessingOperation.Builder electoralRoll() {
    return Fixtures.gdpr().name("electoral roll of a commune")
        .controller(Controller.builder().name("Commune de Roubaix").kind(StandardControllerKind.LOCAL_AUTHORITY).staff(1_500).build())
        .purposes(FrenchPurpose.COMMUNE_ELECTORAL_ROLL)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS)
        .dataSubjects(DataSubjectCategory.VOTERS);
  }

  /** Item 4: a works council manages the holidays and gifts it offers employees. */
  static ProcessingOperation.Builder worksCouncilActivities() {
    return Fixtures.gdpr().name("works council activities")
        .controller(Controller.builder().name("CSE d'ACME").kind(StandardControllerKind.NON_PROFIT_ORGANISATION).staff(2).build())
        .purposes(FrenchPurpose.WORKS_COUNCIL_ACTIVITIES)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS)
        .dataSubjects(DataSubjectCategory.EMPLOYEES);
  }

  /** Item 5: an association keeps its members' and donors' contacts and donations. */
  static ProcessingOperation.Builder membersAndDonors() {
    return Fixtures.gdpr().name("members and donors of an association")
        .controller(Controller.builder().name("Les Amis du Musée").kind(StandardControllerKind.NON_PROFIT_ORGANISATION).staff(3).build())
        .purposes(StandardPurpose.MEMBER_AND_DONOR_MANAGEMENT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.MEMBERS_OR_DONORS);
  }

  /** Item 6: a general practitioner in individual practice keeps her patients' records. */
  static ProcessingOperation.Builder generalPractitionerRecords() {
    return Fixtures.gdpr().name("patient records of a general practitioner")
        .controller(Controller.builder().name("Dr Martin").kind(StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL).staff(1).build())
        .purposes(StandardPurpose.PATIENT_CARE)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
        .dataSubjects(DataSubjectCategory.PATIENTS)
        .places(StandardPlace.WORKPLACE);
  }

  /** Item 7: a criminal lawyer in individual practice keeps her clients' case files. */
  static ProcessingOperation.Builder criminalLawyerCaseFiles() {
    return Fixtures.gdpr().name("case files of a criminal lawyer")
        .controller(Controller.builder().name("Me Dupont").kind(StandardControllerKind.INDIVIDUAL_LAWYER).staff(1).build())
        .purposes(StandardPurpose.LEGAL_PRACTICE)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CRIMINAL_OFFENCES)
        .dataSubjects(DataSubjectCategory.CUSTOMERS);
  }

  /** Item 8: the clerk of a commercial court keeps the trade register. */
  static ProcessingOperation.Builder commercialCourtRegistry() {
    return Fixtures.gdpr().name("registry of a commercial court")
        .controller(Controller.builder().name("Greffe du tribunal de commerce de Lille").kind(FrenchControllerKind.COMMERCIAL_COURT_CLERK)
            .staff(40).build())
        .purposes(FrenchPurpose.COMMERCIAL_COURT_REGISTRY)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.PUBLIC_SERVICE_USERS);
  }

  /** Item 9: a notary drafts deeds of sale. */
  static ProcessingOperation.Builder notarialDeeds() {
    return Fixtures.gdpr().name("deeds of a notary's office")
        .controller(Controller.builder().name("Office notarial Leroy").kind(FrenchControllerKind.NOTARY).staff(12).build())
        .purposes(FrenchPurpose.NOTARIAL_PRACTICE)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.CUSTOMERS);
  }

  /** Item 10: a commune registers children for the canteen and after-school care, priced on the family's income. */
  static ProcessingOperation.Builder schoolCanteenRegistrations() {
    return Fixtures.gdpr().name("school canteen and after-school registrations")
        .controller(Controller.builder().name("Commune de Roubaix").kind(StandardControllerKind.LOCAL_AUTHORITY).staff(1_500).build())
        .purposes(StandardPurpose.SCHOOL_AND_CHILDHOOD_SERVICES)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.FINANCIAL)
        .dataSubjects(DataSubjectCategory.CHILDREN);
  }

  /** Breathalysers: a coach operator's alcohol interlocks keep drivers from starting under the influence. */
  static ProcessingOperation.Builder coachAlcoholInterlocks() {
    return Fixtures.gdpr().name("alcohol interlocks in coaches")
        .controller(company("Cars du Nord SAS", 120))
        .purposes(FrenchPurpose.IMPAIRED_DRIVING_PREVENTION)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.PROFESSIONAL_LIFE)
        .dataSubjects(DataSubjectCategory.EMPLOYEES)
        .technologies(FrenchTechnology.BREATHALYSER)
        .places(StandardPlace.VEHICLE);
  }

  /** Access control and working time: employees badge in at the door, and the badge times give the working hours. */
  static ProcessingOperation.Builder badgeAccessAndWorkingTime() {
    return Fixtures.gdpr().name("badge access and working time")
        .purposes(StandardPurpose.PHYSICAL_ACCESS_CONTROL, StandardPurpose.WORKING_TIME_MANAGEMENT)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.PROFESSIONAL_LIFE)
        .dataSubjects(DataSubjectCategory.EMPLOYEES)
        .technologies(StandardTechnology.BADGE_ACCESS_CONTROL)
        .places(StandardPlace.WORKPLACE);
  }

  /** A case meeting each item: name, operation, the item's rule id. */
  static Stream<LegalCase> itemsMet() {
    return Stream.of(
        given("staff management of a company of 50 people, without profiling", smallCompanyStaffManagement()).notRequiredOn(ExemptList.ITEM_1),
        given("a company's file of suppliers' contacts and bank details", supplierFile()).notRequiredOn(ExemptList.ITEM_2),
        given("a commune's electoral roll", electoralRoll()).notRequiredOn(ExemptList.ITEM_3),
        given("a works council's holidays and gifts for employees", worksCouncilActivities()).notRequiredOn(ExemptList.ITEM_4),
        given("an association's members and donors, no sensitive data", membersAndDonors()).notRequiredOn(ExemptList.ITEM_5),
        given("a general practitioner's records of her patients", generalPractitionerRecords()).notRequiredOn(ExemptList.ITEM_6),
        given("a criminal lawyer's case files in individual practice", criminalLawyerCaseFiles()).notRequiredOn(ExemptList.ITEM_7),
        given("the trade register kept by a commercial court's clerk", commercialCourtRegistry()).notRequiredOn(ExemptList.ITEM_8),
        given("a notary's deeds of sale", notarialDeeds()).notRequiredOn(ExemptList.ITEM_9),
        given("a commune's school canteen and after-school registrations", schoolCanteenRegistrations()).notRequiredOn(ExemptList.ITEM_10),
        given("alcohol interlocks in a coach operator's vehicles", coachAlcoholInterlocks()).notRequiredOn(ExemptList.BREATHALYSERS),
        given("badge access to the premises and working-time records", badgeAccessAndWorkingTime()).notRequiredOn(ExemptList.ACCESS_CONTROL_AND_WORKING_TIME));
  }

  /** Close cases that miss an item by one fact: name, operation, the item's rule id, the outcome. */
  static Stream<LegalCase> itemsMissed() {
    return Stream.of(
        given("staff management of a company of 300 people", smallCompanyStaffManagement().controller(company("ACME SAS", 300))).notOn(ExemptList.ITEM_1).hence(Outcome.UNDETERMINED),
        given("staff management that profiles employees (item 3 of the mandatory list instead)", smallCompanyStaffManagement().profiling(true)).notOn(ExemptList.ITEM_1).hence(Outcome.REQUIRED),
        given("staff management that also records working time", smallCompanyStaffManagement().purposes(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT, StandardPurpose.WORKING_TIME_MANAGEMENT)).notOn(ExemptList.ITEM_1).hence(Outcome.UNDETERMINED),
        given("a supplier file also used for marketing", supplierFile().purposes(StandardPurpose.SUPPLIER_RELATIONSHIP_MANAGEMENT, StandardPurpose.MARKETING)).notOn(ExemptList.ITEM_2).hence(Outcome.UNDETERMINED),
        given("an electoral roll also used to mail the commune's newsletter", electoralRoll().purposes(FrenchPurpose.COMMUNE_ELECTORAL_ROLL, StandardPurpose.MARKETING)).notOn(ExemptList.ITEM_3).hence(Outcome.NOT_REQUIRED),
        given("a works council file also used for marketing", worksCouncilActivities().purposes(FrenchPurpose.WORKS_COUNCIL_ACTIVITIES, StandardPurpose.MARKETING)).notOn(ExemptList.ITEM_4).hence(Outcome.UNDETERMINED),
        given("a patients' association that records its members' illness", membersAndDonors().dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.HEALTH)).notOn(ExemptList.ITEM_5).hence(Outcome.UNDETERMINED),
        given("a parish association that records its members' religion", membersAndDonors().dataCategories(DataCategory.IDENTIFICATION, DataCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS)).notOn(ExemptList.ITEM_5).hence(Outcome.UNDETERMINED),
        given("a company's loyalty club: members, but no non-profit body", membersAndDonors().controller(company("ACME SAS", 50))).notOn(ExemptList.ITEM_5).hence(Outcome.UNDETERMINED),
        // not item 6 (not only care), but recital 91 still dispenses: her patients' data is not large scale
        given("a general practitioner who also runs a research study on her patients", generalPractitionerRecords().purposes(StandardPurpose.PATIENT_CARE, StandardPurpose.SCIENTIFIC_RESEARCH)).notOn(ExemptList.ITEM_6).hence(Outcome.NOT_REQUIRED),
        given("a hospital's records of its patients (item 1 of the mandatory list instead)", generalPractitionerRecords().controller(Controller.builder().name("CHU de Lille")
                .kind(StandardControllerKind.HEALTH_OR_MEDICO_SOCIAL_ESTABLISHMENT).staff(16_000).build())).notOn(ExemptList.ITEM_6).hence(Outcome.REQUIRED),
        given("a law firm company with the same clients", criminalLawyerCaseFiles().controller(company("Cabinet Dupont & Associés SELARL", 60))).notOn(ExemptList.ITEM_7).hence(Outcome.UNDETERMINED),
        given("a criminal lawyer who also sends her clients a newsletter", criminalLawyerCaseFiles().purposes(StandardPurpose.LEGAL_PRACTICE, StandardPurpose.MARKETING)).notOn(ExemptList.ITEM_7).hence(Outcome.NOT_REQUIRED),
        given("a commercial court's clerk who also markets services", commercialCourtRegistry().purposes(FrenchPurpose.COMMERCIAL_COURT_REGISTRY, StandardPurpose.MARKETING)).notOn(ExemptList.ITEM_8).hence(Outcome.UNDETERMINED),
        given("a notary who also markets property investments", notarialDeeds().purposes(FrenchPurpose.NOTARIAL_PRACTICE, StandardPurpose.MARKETING)).notOn(ExemptList.ITEM_9).hence(Outcome.UNDETERMINED),
        given("school registrations also used for marketing", schoolCanteenRegistrations().purposes(StandardPurpose.SCHOOL_AND_CHILDHOOD_SERVICES, StandardPurpose.MARKETING)).notOn(ExemptList.ITEM_10).hence(Outcome.REQUIRED),
        given("alcohol interlocks whose results also feed disciplinary files", coachAlcoholInterlocks().purposes(FrenchPurpose.IMPAIRED_DRIVING_PREVENTION, StandardPurpose.HUMAN_RESOURCES_MANAGEMENT)).notOn(ExemptList.BREATHALYSERS).hence(Outcome.UNDETERMINED),
        given("a fingerprint time clock (item 11 of the mandatory list instead)", badgeAccessAndWorkingTime().dataCategories(DataCategory.IDENTIFICATION, DataCategory.BIOMETRIC)
                .technologies(StandardTechnology.BIOMETRIC_RECOGNITION)).notOn(ExemptList.ACCESS_CONTROL_AND_WORKING_TIME).hence(Outcome.REQUIRED),
        given("access by facial recognition, biometric data not listed", badgeAccessAndWorkingTime().technologies(StandardTechnology.FACIAL_RECOGNITION)).notOn(ExemptList.ACCESS_CONTROL_AND_WORKING_TIME).hence(Outcome.REQUIRED),
        given("access by a biometric reader, biometric data not listed: the reader implies it (item 11 of the mandatory list)", badgeAccessAndWorkingTime().technologies(StandardTechnology.BIOMETRIC_RECOGNITION)).notOn(ExemptList.ACCESS_CONTROL_AND_WORKING_TIME).requiredOn(MandatoryList.ITEM_11),
        given("biometric templates stored with plain badges", badgeAccessAndWorkingTime().dataCategories(DataCategory.IDENTIFICATION, DataCategory.BIOMETRIC)).notOn(ExemptList.ACCESS_CONTROL_AND_WORKING_TIME).hence(Outcome.REQUIRED),
        given("badges that also record where employees are on site: location data is highly personal", badgeAccessAndWorkingTime()
                .dataCategories(DataCategory.IDENTIFICATION, DataCategory.PROFESSIONAL_LIFE, DataCategory.LOCATION)).notOn(ExemptList.ACCESS_CONTROL_AND_WORKING_TIME).hence(Outcome.REQUIRED),
        given("badges also used to watch over the premises against theft", badgeAccessAndWorkingTime().purposes(StandardPurpose.PHYSICAL_ACCESS_CONTROL, StandardPurpose.WORKING_TIME_MANAGEMENT,
                StandardPurpose.PROPERTY_PROTECTION)).notOn(ExemptList.ACCESS_CONTROL_AND_WORKING_TIME).hence(Outcome.UNDETERMINED));
  }

  // ---- helpers ------------------------------------------------------------------------------------

  static Decision decide(ProcessingOperation operation) {
    return FRANCE.decide(operation, TODAY);
  }

  static Rule<ProcessingOperation> item(String ruleId) {
    return ExemptList.ITEMS.stream().filter(r -> r.id().equals(ruleId)).findFirst()
        .orElseThrow(() -> new AssertionError("the exempt list has no rule " + ruleId));
  }

  static Truth itemAlone(String ruleId, ProcessingOperation operation) {
    return item(ruleId).truth(Context.of(operation, TODAY));
  }

  static Optional<Ground> decisiveGround(Decision d, String ruleId) {
    return ListItemGrounds.decisiveGround(d, ruleId);
  }

  static void assertOnItem(Decision d, String ruleId) {
    ListItemGrounds.assertOnItem(d, ruleId, GroundKind.EXEMPT_LIST, ExemptList.SOURCE, "5");
  }

  static void assertNotOnItem(Decision d, String ruleId) {
    ListItemGrounds.assertNotOnItem(d, ruleId);
  }

  static List<GroundKind> decisiveKinds(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::kind).toList();
  }

  // ---- the items ----------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("itemsMet")
  @DisplayName("a processing that meets an item needs no DPIA, on the ground of that item")
  void meetingAnItemDispensesWithADpia(LegalCase c) {
    Decision d = c.decide();
    c.check().onGround(GroundKind.EXEMPT_LIST);
    assertOnItem(d, c.on().get(0).id());
    // an individual physician's or lawyer's patients or clients are also dispensed by recital 91
    assertThat(decisiveKinds(d)).as("%s", d).contains(GroundKind.EXEMPT_LIST).isSubsetOf(GroundKind.EXEMPT_LIST, GroundKind.LEGAL_EXCEPTION);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("itemsMissed")
  @DisplayName("a close processing that misses an item by one fact is not exempt under that item")
  void missingAnItemByOneFactIsNotExempt(LegalCase c) {
    c.check();
    String ruleId = c.notOn().get(0).id();
    assertThat(itemAlone(ruleId, c.operation())).as("%s on its own", ruleId).isEqualTo(Truth.FALSE);
  }

  @Test
  @DisplayName("the case tables cover each of the twelve items, once met and at least once missed")
  void everyItemHasACaseAndANearMiss() {
    List<String> ids = ExemptList.ITEMS.stream().map(Rule::id).toList();

    assertThat(ids).containsExactlyElementsOf(IntStream.rangeClosed(1, 12).mapToObj(ExemptListTest::ruleId).toList());
    assertThat(itemsMet().map(c -> c.on().get(0).id()).toList()).containsExactlyElementsOf(ids);
    assertThat(itemsMissed().map(c -> c.notOn().get(0).id()).distinct().toList()).containsExactlyElementsOf(ids);
  }

  @Nested
  @DisplayName("carve-outs")
  class CarveOuts {

    @ParameterizedTest(name = "{0} employees: exempt = {1}")
    @MethodSource("org.dpia.rules.fr.cnil.ExemptListTest#staffThreshold")
    @DisplayName("item 1 covers bodies employing fewer than 250 people: 249 is exempt, 250 is not")
    void item1StaffThreshold(int staff, boolean exempt) {
      ProcessingOperation op = smallCompanyStaffManagement().controller(company("ACME SAS", staff)).build();
      Decision d = decide(op);

      assertThat(itemAlone(ruleId(1), op)).isEqualTo(Truth.of(exempt));
      assertThat(decisiveGround(d, ruleId(1)).isPresent()).as("decisive ground %s in %s", ruleId(1), d).isEqualTo(exempt);
    }

    @Test
    @DisplayName("item 1 excludes profiling: an SME that scores its staff needs a DPIA under item 3 of the mandatory list")
    void item1ExcludesProfiling() {
      ProcessingOperation op = smallCompanyStaffManagement().profiling(true).build();
      Decision d = decide(op);

      assertThat(itemAlone(ruleId(1), op)).isEqualTo(Truth.FALSE);
      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(d.decisiveGrounds()).extracting(Ground::ruleId).containsExactly("fr.cnil.2018-327.item-3");
    }

    @Test
    @DisplayName("item 5 is only for data that is not sensitive: members' health data takes the association out of it")
    void item5ExcludesSensitiveData() {
      ProcessingOperation op = membersAndDonors()
          .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.HEALTH)
          .assertCriterion(RiskCriterion.LARGE_SCALE, false)
          .build();
      Decision d = decide(op);

      assertThat(itemAlone(ruleId(5), op)).isEqualTo(Truth.FALSE);
      assertNotOnItem(d, ruleId(5));
      assertThat(d.outcome()).as("one criterion, sensitive data, once large scale is ruled out").isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.BELOW_THRESHOLD);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"FACIAL_RECOGNITION", "BIOMETRIC_RECOGNITION"})
    @DisplayName("access control and working time excludes any biometric device, even when no biometric data is listed")
    void item12ExcludesBiometricDevices(StandardTechnology device) {
      ProcessingOperation op = badgeAccessAndWorkingTime().technologies(device).build();

      assertThat(itemAlone(ruleId(12), op)).isEqualTo(Truth.FALSE);
      assertNotOnItem(decide(op), ruleId(12));
    }

    @Test
    @DisplayName("access control and working time excludes biometric data: a fingerprint time clock for employees needs a DPIA under item 11 of the mandatory list")
    void item12ExcludesBiometricData() {
      ProcessingOperation op = badgeAccessAndWorkingTime()
          .dataCategories(DataCategory.IDENTIFICATION, DataCategory.BIOMETRIC)
          .technologies(StandardTechnology.BIOMETRIC_RECOGNITION)
          .build();
      Decision d = decide(op);

      assertThat(itemAlone(ruleId(12), op)).isEqualTo(Truth.FALSE);
      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(d.decisiveGrounds()).extracting(Ground::ruleId).contains("fr.cnil.2018-327.item-11");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"HEALTH", "TRADE_UNION_MEMBERSHIP", "LOCATION", "FINANCIAL"})
    @DisplayName("access control and working time excludes sensitive or highly personal data, as the CNIL's HR référentiel words it")
    void accessControlExcludesSensitiveOrHighlyPersonalData(DataCategory data) {
      ProcessingOperation with = badgeAccessAndWorkingTime()
          .dataCategories(DataCategory.IDENTIFICATION, DataCategory.PROFESSIONAL_LIFE, data).build();
      ProcessingOperation without = badgeAccessAndWorkingTime().build();

      assertThat(itemAlone(ruleId(12), with)).isEqualTo(Truth.FALSE);
      assertNotOnItem(decide(with), ruleId(12));
      assertThat(itemAlone(ruleId(12), without)).isEqualTo(Truth.TRUE);
    }

    @Test
    @DisplayName("access control and working time covers access control alone, and working time alone, as well as both")
    void item12CoversEitherPurposeAlone() {
      assertThat(itemAlone(ruleId(12), badgeAccessAndWorkingTime().purposes(StandardPurpose.PHYSICAL_ACCESS_CONTROL).build()))
          .isEqualTo(Truth.TRUE);
      assertThat(itemAlone(ruleId(12), badgeAccessAndWorkingTime().purposes(StandardPurpose.WORKING_TIME_MANAGEMENT).build()))
          .isEqualTo(Truth.TRUE);
    }
  }

  static Stream<Arguments> staffThreshold() {
    return Stream.of(arguments(1, true), arguments(249, true), arguments(250, false), arguments(5_000, false));
  }

  @Nested
  @DisplayName("precedence")
  class PlaceInThePrecedence {

    @Test
    @DisplayName("a general practitioner's care of patients needs no DPIA: item 6 prevails over the two criteria (health data, patients)")
    void exemptItemPrevailsOverTheTwoCriteria() {
      ProcessingOperation op = generalPractitionerRecords().build();
      Decision d = decide(op);

      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertOnItem(d, ruleId(6));
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.EXEMPT_LIST, GroundKind.LEGAL_EXCEPTION);
      assertThat(d.decisiveGrounds()).extracting(Ground::ruleId).containsExactly(ruleId(6), "gdpr.recital-91");
      assertThat(d.criteriaMet())
          .containsExactlyInAnyOrder(RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA, RiskCriterion.VULNERABLE_DATA_SUBJECTS);
      assertThat(d.criterion(RiskCriterion.LARGE_SCALE)).as("GDPR recital 91: an individual physician is not large scale")
          .hasValueSatisfying(f -> assertThat(f.met()).isEqualTo(Truth.FALSE));
      assertThat(Article35.PRESUMPTION.truth(Context.of(op, TODAY))).as("the presumption it prevails over").isEqualTo(Truth.TRUE);
    }

    @Test
    @DisplayName("a general practitioner who processes patients' genetic data for their care needs a DPIA: item 2 of the mandatory list wins over item 6")
    void mandatoryItemPrevailsOverExemptItem() {
      ProcessingOperation op = generalPractitionerRecords()
          .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH, DataCategory.GENETIC)
          .build();
      Decision d = decide(op);

      assertThat(itemAlone(ruleId(6), op)).as("the exempt item is met").isEqualTo(Truth.TRUE);
      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(d.decisiveGrounds()).extracting(Ground::ruleId).contains("fr.cnil.2018-327.item-2");
      assertThat(decisiveKinds(d)).doesNotContain(GroundKind.EXEMPT_LIST);
    }

    @Test
    @DisplayName("a supplier file whose automated scoring delists suppliers needs a DPIA: art. 35(3)(a) wins over item 2")
    void statutoryCasePrevailsOverExemptItem() {
      ProcessingOperation op = supplierFile().profiling(true).extensiveEvaluation(true).automatedDecisions(true)
          .decisionsOnEvaluation(true).build();
      Decision d = decide(op);

      assertThat(itemAlone(ruleId(2), op)).as("the exempt item is met").isEqualTo(Truth.TRUE);
      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(d.decisiveGrounds()).extracting(Ground::ruleId).containsExactly("gdpr.35-3-a");
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.STATUTORY_CASE);
    }

    @Test
    @DisplayName("a works council that may hold health data on a large scale is not settled by item 4: art. 35(3)(b) might apply")
    void aStatutoryCaseThatMightApplyKeepsTheExemptionFromSettling() {
      ProcessingOperation op = worksCouncilActivities()
          .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
          .build();
      Decision d = decide(op);

      assertThat(itemAlone(ruleId(4), op)).isEqualTo(Truth.TRUE);
      assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(d.missingFacts()).extracting(MissingFact::factId).contains(Wp248.conclusion(RiskCriterion.LARGE_SCALE).id());
    }
  }

  @Nested
  @DisplayName("when a fact the item needs is unknown")
  class Unknown {

    static final String FEWER_THAN_250_STAFF = "controller.fewer-than-250-staff";

    /** Payroll with bank details (criterion 4) of employees (criterion 7), by a company whose headcount is not given. */
    static ProcessingOperation payrollOfUnknownHeadcount() {
      return smallCompanyStaffManagement()
          .controller(Controller.builder().name("ACME SAS").kind(StandardControllerKind.COMPANY).build())
          .dataCategories(DataCategory.IDENTIFICATION, DataCategory.PROFESSIONAL_LIFE, DataCategory.FINANCIAL)
          .build();
    }

    @Test
    @DisplayName("payroll of employees by a company of unknown headcount is undetermined, and the headcount is the fact to find out")
    void unknownHeadcountLeavesItem1Open() {
      Decision d = decide(payrollOfUnknownHeadcount());

      assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(d.criteriaMet())
          .containsExactlyInAnyOrder(RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA, RiskCriterion.VULNERABLE_DATA_SUBJECTS);
      assertThat(d.grounds()).filteredOn(g -> g.ruleId().equals(ruleId(1)))
          .singleElement().satisfies(g -> assertThat(g.truth()).isEqualTo(Truth.UNKNOWN));
      assertThat(d.missingFacts()).first().satisfies(m -> {
        assertThat(m.factId()).isEqualTo(FEWER_THAN_250_STAFF);
        assertThat(m.decisiveness()).isEqualTo(2);
        assertThat(m.ifTrue()).isEqualTo(Outcome.NOT_REQUIRED);
        assertThat(m.ifFalse()).isEqualTo(Outcome.REQUIRED);
      });
    }

    @Test
    @DisplayName("answering the headcount settles it: fewer than 250 is exempt under item 1, otherwise the two criteria require a DPIA")
    void answeringTheHeadcountSettlesIt() {
      Decision small = FRANCE.decide(payrollOfUnknownHeadcount(), TODAY, Map.of(FEWER_THAN_250_STAFF, Truth.TRUE));
      Decision large = FRANCE.decide(payrollOfUnknownHeadcount(), TODAY, Map.of(FEWER_THAN_250_STAFF, Truth.FALSE));

      assertThat(small.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertOnItem(small, ruleId(1));
      assertThat(large.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(decisiveKinds(large)).containsExactly(GroundKind.CRITERIA_PRESUMPTION);
    }
  }

  @Nested
  @DisplayName("from when the list applies")
  class InForce {

    static final LocalDate DAY_BEFORE = PUBLISHED.minusDays(1);

    /** The same processing, started after the GDPR applied and before the list was published. */
    static ProcessingOperation startedInSeptember2019(ProcessingOperation operation) {
      return ProcessingOperation.builder().from(operation).period(ProcessingPeriod.since(LocalDate.of(2019, 9, 1))).build();
    }

    @ParameterizedTest(name = "{0}: no exemption on 22 October 2019, its item on 23 October 2019")
    @MethodSource("org.dpia.rules.fr.cnil.ExemptListTest#itemsMet")
    @DisplayName("the list applies from the day after its publication in the JORF, on 23 October 2019, not the day before")
    void appliesFromPublication(LegalCase c) {
      ProcessingOperation op = startedInSeptember2019(c.operation());
      String ruleId = c.on().get(0).id();

      Decision before = FRANCE.decide(op, DAY_BEFORE);
      assertNotOnItem(before, ruleId);
      assertThat(before.grounds()).extracting(Ground::kind).doesNotContain(GroundKind.EXEMPT_LIST);
      assertThat(before.trace().find(ruleId)).as("trace of %s on %s", ruleId, DAY_BEFORE)
          .hasValueSatisfying(t -> assertThat(t.kind()).isEqualTo(Trace.Kind.NOT_IN_FORCE));

      Decision onPublication = FRANCE.decide(op, PUBLISHED);
      assertThat(onPublication.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertOnItem(onPublication, ruleId);
    }

    @Test
    @DisplayName("a general practitioner's records needed no DPIA on 22 October 2019 by recital 91, and from 23 October 2019 by item 6 too")
    void generalPractitionerAcrossPublication() {
      ProcessingOperation op = startedInSeptember2019(generalPractitionerRecords().build());

      Decision before = FRANCE.decide(op, DAY_BEFORE);
      assertThat(before.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(before.decisiveGrounds()).extracting(Ground::ruleId).containsExactly("gdpr.recital-91");
      assertThat(before.trace().find(ruleId(6))).map(Trace::kind).contains(Trace.Kind.NOT_IN_FORCE);

      Decision after = FRANCE.decide(op, PUBLISHED);
      assertThat(after.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(after.decisiveGrounds()).extracting(Ground::ruleId).containsExactly(ruleId(6), "gdpr.recital-91");
    }

    @Test
    @DisplayName("every item is in force from 23 October 2019 with no end")
    void everyItemIsInForceFromPublicationWithoutEnd() {
      assertThat(ExemptList.ITEMS).allSatisfy(r -> {
        assertThat(r.validity().firstDay()).as(r.id()).contains(PUBLISHED);
        assertThat(r.validity().lastDay()).as(r.id()).isEmpty();
      });
    }
  }
}
