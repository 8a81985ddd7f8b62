package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.CustomPurpose;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.PurposeFamily;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.text.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plain facts the rules read: purposes by family, data a technology implies, personal data as stated. */
@DisplayName("Facts")
class FactsTest {

  static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  static Purpose custom(String family) {
    return family.equals("UNKNOWN") ? CustomPurpose.ofUnknownFamily("C", Text.of("a purpose"))
        : CustomPurpose.of("C", Text.of("a purpose"), PurposeFamily.valueOf(family));
  }

  @ParameterizedTest(name = "a purpose of family {0} is {1}: {2}")
  @CsvSource({
      "EMPLOYEE_MONITORING,      EMPLOYEE_ACTIVITY_MONITORING, TRUE",
      "HEALTH_CARE,              PATIENT_CARE,                 TRUE",
      "HUMAN_RESOURCES,          HUMAN_RESOURCES_MANAGEMENT,   UNKNOWN",
      "CRIMINAL_LAW_ENFORCEMENT, CRIMINAL_INVESTIGATION_AND_PROSECUTION, UNKNOWN",
      "OTHER,                    SOCIAL_SUPPORT,               FALSE",
      "EMPLOYEE_MONITORING,      PATIENT_CARE,                 FALSE",
      "UNKNOWN,                  PATIENT_CARE,                 UNKNOWN"})
  @DisplayName("a purpose the rules do not know counts by its family: the only purpose of its family, one of several, none, or any")
  void customPurposesByFamily(String family, StandardPurpose named, Truth expected) {
    assertThat(Facts.is(custom(family), named)).isEqualTo(expected);
    ProcessingOperation op = Fixtures.gdpr().purposes(custom(family)).build();
    assertThat(Facts.purpose(named).read(op, DAY)).isEqualTo(expected);
  }

  @Test
  @DisplayName("a standard purpose is itself and nothing else")
  void standardPurposes() {
    assertThat(Facts.is(StandardPurpose.MARKETING, StandardPurpose.MARKETING)).isEqualTo(Truth.TRUE);
    assertThat(Facts.is(StandardPurpose.MARKETING, StandardPurpose.PATIENT_CARE)).isEqualTo(Truth.FALSE);
    assertThat(Facts.is(FrenchPurpose.SOCIAL_HOUSING, StandardPurpose.SOCIAL_SUPPORT)).isEqualTo(Truth.FALSE);
  }

  @Test
  @DisplayName("only these purposes: a purpose of unknown family may be another one; one of the other family is not one of them")
  void onlyPurposes() {
    var onlyHr = Facts.onlyPurposes("hr", Text.of("HR"), java.util.Set.of(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT));

    assertThat(onlyHr.read(Fixtures.gdpr().purposes(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT).build(), DAY)).isEqualTo(Truth.TRUE);
    assertThat(onlyHr.read(Fixtures.gdpr().purposes(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT, custom("UNKNOWN")).build(), DAY))
        .isEqualTo(Truth.UNKNOWN);
    assertThat(onlyHr.read(Fixtures.gdpr().purposes(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT, custom("OTHER")).build(), DAY))
        .isEqualTo(Truth.FALSE);
  }

  @Test
  @DisplayName("a technology that identifies people biometrically implies biometric data; one that locates them, location data")
  void dataImpliedByTechnology() {
    ProcessingOperation face = Fixtures.gdpr().technologies(StandardTechnology.FACIAL_RECOGNITION).build();
    ProcessingOperation gps = Fixtures.gdpr().technologies(StandardTechnology.LOCATION_TRACKING).build();
    ProcessingOperation badge = Fixtures.gdpr().technologies(StandardTechnology.BADGE_ACCESS_CONTROL).build();

    assertThat(Facts.data(DataCategory.BIOMETRIC).read(face, DAY)).isEqualTo(Truth.TRUE);
    assertThat(Facts.SPECIAL_DATA.read(face, DAY)).isEqualTo(Truth.TRUE);
    assertThat(Facts.data(DataCategory.LOCATION).read(gps, DAY)).isEqualTo(Truth.TRUE);
    assertThat(Facts.data(DataCategory.BIOMETRIC).read(badge, DAY)).isEqualTo(Truth.FALSE);
    assertThat(Facts.data(DataCategory.BIOMETRIC).read(Fixtures.gdpr().dataCategories(FactSet.unknown())
        .technologies(StandardTechnology.BADGE_ACCESS_CONTROL).build(), DAY)).as("the data itself unknown").isEqualTo(Truth.UNKNOWN);
  }

  @Test
  @DisplayName("data categories stated exactly, technologies unknown: biometric and location data stay unknown, a technology may imply them")
  void technologiesUnknownLeaveImpliedDataOpen() {
    ProcessingOperation unknownTechnology = Fixtures.gdpr().dataCategories(FactSet.none()).technologies(FactSet.unknown()).build();

    assertThat(Facts.data(DataCategory.BIOMETRIC).read(unknownTechnology, DAY)).isEqualTo(Truth.UNKNOWN);
    assertThat(Facts.data(DataCategory.LOCATION).read(unknownTechnology, DAY)).isEqualTo(Truth.UNKNOWN);
    assertThat(Facts.SPECIAL_DATA.read(unknownTechnology, DAY)).isEqualTo(Truth.UNKNOWN);
    assertThat(Facts.SPECIAL_DATA.read(Fixtures.gdpr().dataCategories(FactSet.none()).build(), DAY))
        .as("technologies stated, none of them biometric").isEqualTo(Truth.FALSE);
  }

  @Test
  @DisplayName("found by the soundness property: staff management with technologies unknown is not exempt for sure, facial recognition being possible")
  void exemptListWithTechnologiesUnknown() {
    ProcessingOperation hr = Fixtures.gdpr().purposes(org.dpia.core.model.StandardPurpose.HUMAN_RESOURCES_MANAGEMENT)
        .dataCategories(FactSet.none()).technologies(FactSet.unknown())
        .assertCriterion(org.dpia.core.criteria.RiskCriterion.LARGE_SCALE, true).build();
    ProcessingOperation office = ProcessingOperation.builder().from(hr).technologies(StandardTechnology.STANDARD_BUSINESS_SOFTWARE).build();
    ProcessingOperation withFaces = ProcessingOperation.builder().from(hr).technologies(StandardTechnology.FACIAL_RECOGNITION).build();

    assertThat(Fixtures.FRANCE.decide(office, DAY).outcome()).isEqualTo(org.dpia.core.decision.Outcome.NOT_REQUIRED);
    assertThat(Facts.SPECIAL_DATA.read(withFaces, DAY)).isEqualTo(Truth.TRUE);
    assertThat(Fixtures.FRANCE.decide(withFaces, DAY).outcome()).isNotEqualTo(org.dpia.core.decision.Outcome.NOT_REQUIRED);
    assertThat(Fixtures.FRANCE.decide(hr, DAY).outcome()).isNotEqualTo(org.dpia.core.decision.Outcome.NOT_REQUIRED);
  }

  @Test
  @DisplayName("personal data is as stated, or true once a data category is listed; a camera alone does not settle it")
  void personalData() {
    assertThat(Facts.PERSONAL_DATA.read(Fixtures.gdpr().build(), DAY)).isEqualTo(Truth.TRUE);
    ProcessingOperation counting = ProcessingOperation.builder().name("anonymous counting")
        .controller(org.dpia.core.model.Controller.of("ACME", org.dpia.core.model.StandardControllerKind.COMPANY))
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE).build();
    assertThat(Facts.PERSONAL_DATA.read(counting, DAY)).isEqualTo(Truth.UNKNOWN);
    assertThat(Facts.PERSONAL_DATA.read(ProcessingOperation.builder().from(counting).personalData(false).build(), DAY)).isEqualTo(Truth.FALSE);
  }

  @Test
  @DisplayName("numbers of people against a threshold: at or above it, below it, or not stated")
  void headcount() {
    var fifty = Facts.dataSubjectsAtLeast(50_000);
    assertThat(fifty.read(Fixtures.gdpr().scale(org.dpia.core.model.Scale.builder().dataSubjects(50_000).build()).build(), DAY)).isEqualTo(Truth.TRUE);
    assertThat(fifty.read(Fixtures.gdpr().scale(org.dpia.core.model.Scale.builder().dataSubjects(49_999).build()).build(), DAY)).isEqualTo(Truth.FALSE);
    assertThat(fifty.read(Fixtures.gdpr().build(), DAY)).isEqualTo(Truth.UNKNOWN);
    assertThat(fifty.text().english()).isEqualTo("the data of at least 50,000 people is processed");
    assertThat(fifty.text().in(java.util.Locale.FRENCH)).isEqualTo("les données d'au moins 50 000 personnes sont traitées");
  }

  @Test
  @DisplayName("joint controllers (art. 26): a kind the law names must be every controller's; one competent authority or professional among them is enough")
  void jointControllers() {
    org.dpia.core.model.Controller company = org.dpia.core.model.Controller.of("ACME", org.dpia.core.model.StandardControllerKind.COMPANY);
    org.dpia.core.model.Controller doctor = org.dpia.core.model.Controller.of("Dr X", org.dpia.core.model.StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL);
    org.dpia.core.model.Controller police = org.dpia.core.model.Controller.of("Police", org.dpia.core.model.StandardControllerKind.NATIONAL_POLICE_OR_GENDARMERIE);
    ProcessingOperation doctorAlone = Fixtures.gdpr().controller(doctor).build();
    ProcessingOperation doctorWithCompany = Fixtures.gdpr().controller(doctor).addJointControllers(company).build();

    assertThat(Facts.controller(org.dpia.core.model.StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL).read(doctorAlone, DAY)).isEqualTo(Truth.TRUE);
    assertThat(Facts.controller(org.dpia.core.model.StandardControllerKind.INDIVIDUAL_HEALTH_PROFESSIONAL).read(doctorWithCompany, DAY)).isEqualTo(Truth.FALSE);
    assertThat(doctorWithCompany.controllers()).containsExactly(doctor, company);
    assertThat(org.dpia.rules.fr.eu.Directive2016680.COMPETENT_AUTHORITY.read(
        Fixtures.gdpr().controller(company).addJointControllers(police).build(), DAY)).isEqualTo(Truth.TRUE);
    assertThat(org.dpia.rules.fr.gdpr.Gdpr.PROFESSIONAL_CONTROLLER.read(Fixtures.gdpr()
        .controller(org.dpia.core.model.Controller.of("M. X", org.dpia.core.model.StandardControllerKind.PRIVATE_INDIVIDUAL))
        .addJointControllers(company).build(), DAY)).isEqualTo(Truth.TRUE);
  }

  @ParameterizedTest(name = "{0} is written {1} in English and {2} in French")
  @CsvSource(delimiter = '|', value = {
      "0|0|0",
      "7|7|7",
      "999|999|999",
      "1000|1,000|1 000",
      "10001|10,001|10 001",
      "50000|50,000|50 000",
      "123456|123,456|123 456",
      "1234567|1,234,567|1 234 567",
      "-1234|-1,234|-1 234"})
  @DisplayName("numbers in facts' words are grouped by three, as String.format's %,d writes them")
  void groupedNumbers(long number, String english, String french) {
    assertThat(Facts.grouped(number, ",")).isEqualTo(english)
        .isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d", number));
    assertThat(Facts.grouped(number, " ")).isEqualTo(french)
        .isEqualTo(String.format(java.util.Locale.FRENCH, "%,d", number).replace('\u202f', ' ').replace('\u00a0', ' '));
  }

  @Test
  @DisplayName("the fact on the number of people names it grouped in both languages")
  void dataSubjectsAtLeastWords() {
    assertThat(Facts.dataSubjectsAtLeast(10_001).text())
        .isEqualTo(Text.of("the data of at least 10,001 people is processed", "les données d'au moins 10 001 personnes sont traitées"));
  }
}
