package org.dpia.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpia.core.logic.Truth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The legal vocabularies: data categories, data subjects, kinds of controller")
class VocabularyTest {

  /** GDPR art. 9(1), in its order. */
  static final Set<DataCategory> ARTICLE_9_1 = EnumSet.of(
      DataCategory.RACIAL_OR_ETHNIC_ORIGIN,
      DataCategory.POLITICAL_OPINIONS,
      DataCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS,
      DataCategory.TRADE_UNION_MEMBERSHIP,
      DataCategory.GENETIC,
      DataCategory.BIOMETRIC,
      DataCategory.HEALTH,
      DataCategory.SEX_LIFE_OR_SEXUAL_ORIENTATION);

  @Test
  @DisplayName("the special categories are exactly the eight of GDPR art. 9(1)")
  void specialCategoriesAreArticle9() {
    Set<DataCategory> special = Arrays.stream(DataCategory.values())
        .filter(DataCategory::isSpecialCategory)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DataCategory.class)));
    assertThat(special).isEqualTo(ARTICLE_9_1);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = DataCategory.class, names = {
      "RACIAL_OR_ETHNIC_ORIGIN", "POLITICAL_OPINIONS", "RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS", "TRADE_UNION_MEMBERSHIP",
      "GENETIC", "BIOMETRIC", "HEALTH", "SEX_LIFE_OR_SEXUAL_ORIENTATION"})
  @DisplayName("each art. 9(1) category is special, sensitive, and not criminal-offence data")
  void eachSpecialCategory(DataCategory category) {
    assertThat(category.isSpecialCategory()).isTrue();
    assertThat(category.isSensitiveOrHighlyPersonal()).isTrue();
    assertThat(category.isCriminalOffenceData()).isFalse();
    assertThat(category.kind()).isEqualTo(DataCategory.Kind.SPECIAL);
  }

  @ParameterizedTest(name = "{0}: special {1}, criminal {2}, sensitive or highly personal {3}")
  @DisplayName("every data category has its legal weight")
  @CsvSource({
    "IDENTIFICATION,                     false, false, false",
    "CONTACT_DETAILS,                    false, false, false",
    "PROFESSIONAL_LIFE,                  false, false, false",
    "IMAGES,                             false, false, false",
    "VOICE_RECORDINGS,                   false, false, false",
    "LICENCE_PLATES,                     false, false, false",
    "ONLINE_IDENTIFIERS_AND_LOGS,        false, false, false",
    "RACIAL_OR_ETHNIC_ORIGIN,            true,  false, true",
    "POLITICAL_OPINIONS,                 true,  false, true",
    "RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS, true,  false, true",
    "TRADE_UNION_MEMBERSHIP,             true,  false, true",
    "GENETIC,                            true,  false, true",
    "BIOMETRIC,                          true,  false, true",
    "HEALTH,                             true,  false, true",
    "SEX_LIFE_OR_SEXUAL_ORIENTATION,     true,  false, true",
    "CRIMINAL_OFFENCES,                  false, true,  true",
    "LOCATION,                           false, false, true",
    "ELECTRONIC_COMMUNICATIONS,          false, false, true",
    "FINANCIAL,                          false, false, true",
    "PERSONAL_DOCUMENTS,                 false, false, true",
    "LIFE_LOGGING,                       false, false, true",
    "PRIVATE_CONVERSATIONS,              false, false, true",
  })
  void dataCategoryWeights(DataCategory category, boolean special, boolean criminal, boolean sensitive) {
    assertThat(category.isSpecialCategory()).isEqualTo(special);
    assertThat(category.isCriminalOffenceData()).isEqualTo(criminal);
    assertThat(category.isSensitiveOrHighlyPersonal()).isEqualTo(sensitive);
    assertThat(category.label()).isNotBlank();
  }

  @Test
  @DisplayName("the table of weights above covers every data category")
  void everyCategoryIsInTheTable() {
    assertThat(DataCategory.values()).hasSize(22);
  }

  @ParameterizedTest(name = "{0}: vulnerable {1}")
  @DisplayName("the vulnerable data subjects are those of WP248 criterion 7")
  @CsvSource({
    "GENERAL_PUBLIC,                   false",
    "CUSTOMERS,                        false",
    "PUBLIC_SERVICE_USERS,             false",
    "SUPPLIERS,                        false",
    "MEMBERS_OR_DONORS,                false",
    "HOUSING_APPLICANTS_OR_TENANTS,    false",
    "VOTERS,                           false",
    "PERSONS_IN_CRIMINAL_PROCEEDINGS,  false",
    "STUDENTS,                         false",
    "ONLINE_SERVICE_USERS,             false",
    "TRAVELLERS,                       false",
    "PARENTS_OR_GUARDIANS,             false",
    "EMPLOYEES,                        true",
    "CHILDREN,                         true",
    "PUPILS,                           true",
    "PATIENTS,                         true",
    "ELDERLY_PERSONS,                  true",
    "ASYLUM_SEEKERS,                   true",
    "MENTALLY_ILL_PERSONS,             true",
    "OTHER_VULNERABLE_PERSONS,         true",
  })
  void vulnerability(DataSubjectCategory category, boolean vulnerable) {
    assertThat(category.isVulnerable()).isEqualTo(vulnerable);
    assertThat(category.label()).isNotBlank();
  }

  @Test
  @DisplayName("the table of vulnerability above covers every category of data subjects")
  void everySubjectCategoryIsInTheTable() {
    assertThat(DataSubjectCategory.values()).hasSize(20);
  }

  @ParameterizedTest(name = "{0}: observes {1}, biometric {2}, locates {3}")
  @DisplayName("each technology says what it does to people, unknown where it depends on how it is set up")
  @CsvSource({
    "STANDARD_BUSINESS_SOFTWARE,   FALSE,   FALSE,   FALSE",
    "VIDEO_SURVEILLANCE,           TRUE,    FALSE,   FALSE",
    "ALGORITHMIC_VIDEO_ANALYSIS,   TRUE,    UNKNOWN, UNKNOWN",
    "FACIAL_RECOGNITION,           TRUE,    TRUE,    UNKNOWN",
    "BIOMETRIC_RECOGNITION,        FALSE,   TRUE,    FALSE",
    "LICENCE_PLATE_RECOGNITION,    TRUE,    FALSE,   TRUE",
    "DRONES,                       TRUE,    FALSE,   UNKNOWN",
    "LOCATION_TRACKING,            TRUE,    FALSE,   TRUE",
    "CONNECTED_DEVICES,            UNKNOWN, UNKNOWN, UNKNOWN",
    "ARTIFICIAL_INTELLIGENCE,      UNKNOWN, UNKNOWN, UNKNOWN",
    "BADGE_ACCESS_CONTROL,         FALSE,   FALSE,   FALSE",
    "SOUND_SENSORS,                TRUE,    FALSE,   FALSE",
    "BODY_WORN_CAMERAS,            TRUE,    FALSE,   FALSE",
    "EMPLOYEE_MONITORING_SOFTWARE, TRUE,    FALSE,   UNKNOWN",
    "ONLINE_PROCTORING,            TRUE,    UNKNOWN, FALSE",
    "ALGORITHMIC_MANAGEMENT,       TRUE,    UNKNOWN, UNKNOWN",
    "CLOUD_OFFICE_SUITE,           UNKNOWN, FALSE,   FALSE",
    "CONNECTED_VEHICLES,           UNKNOWN, UNKNOWN, TRUE",
    "EMOTION_ANALYSIS,             TRUE,    UNKNOWN, FALSE",
    "WIFI_OR_BLUETOOTH_TRACKING,   TRUE,    FALSE,   TRUE",
    "THERMAL_CAMERAS,              TRUE,    FALSE,   FALSE",
    "WEARABLES,                    UNKNOWN, FALSE,   UNKNOWN",
  })
  void technologyProperties(StandardTechnology t, Truth observes, Truth biometric, Truth locates) {
    assertThat(t.observesPeople()).isEqualTo(observes);
    assertThat(t.identifiesBiometrically()).isEqualTo(biometric);
    assertThat(t.locatesPeople()).isEqualTo(locates);
    assertThat(t.innovative()).as("the rulebook judges innovation, with its sources").isEqualTo(Truth.UNKNOWN);
    assertThat(t.text().in(java.util.Locale.FRENCH)).isNotEqualTo(t.label());
  }

  @Test
  @DisplayName("the table of technologies above covers every technology")
  void everyTechnologyIsInTheTable() {
    assertThat(StandardTechnology.values()).hasSize(22);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @DisplayName("each standard purpose belongs to a family, which tells the regime and classifies purposes the rules do not know")
  @CsvSource({
    "HUMAN_RESOURCES_MANAGEMENT,                HUMAN_RESOURCES",
    "WORKING_TIME_MANAGEMENT,                   HUMAN_RESOURCES",
    "EMPLOYEE_ACTIVITY_MONITORING,              EMPLOYEE_MONITORING",
    "PATIENT_CARE,                              HEALTH_CARE",
    "CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION, CRIMINAL_LAW_ENFORCEMENT",
    "CRIMINAL_INVESTIGATION_AND_PROSECUTION,    CRIMINAL_LAW_ENFORCEMENT",
    "EXECUTION_OF_CRIMINAL_PENALTIES,           CRIMINAL_LAW_ENFORCEMENT",
    "PUBLIC_SECURITY_THREAT_PREVENTION,         CRIMINAL_LAW_ENFORCEMENT",
    "NATIONAL_SECURITY_AND_DEFENCE,             NATIONAL_SECURITY_AND_DEFENCE",
    "PERSONAL_OR_HOUSEHOLD_ACTIVITY,            PERSONAL_OR_HOUSEHOLD",
    "MARKETING,                                 OTHER",
    "EDUCATION,                                 OTHER",
    "SCHOOL_AND_CHILDHOOD_SERVICES,             OTHER",
    "EVENT_SECURITY,                            OTHER",
  })
  void purposeFamilies(StandardPurpose p, PurposeFamily family) {
    assertThat(p.family()).contains(family);
  }

  @Test
  @DisplayName("every standard purpose has a family")
  void everyPurposeHasAFamily() {
    assertThat(StandardPurpose.values()).allSatisfy(p -> assertThat(p.family()).isPresent());
  }

  @Test
  @DisplayName("every kind of controller but a private individual acts in a professional, commercial or public capacity")
  void professionalKinds() {
    assertThat(StandardControllerKind.values()).allSatisfy(k ->
        assertThat(k.professional()).isEqualTo(Truth.of(k != StandardControllerKind.PRIVATE_INDIVIDUAL)));
  }

  @Test
  @DisplayName("a custom technology must declare every property, unknown included; an interface implementation knows none")
  void customTechnology() {
    CustomTechnology gait = CustomTechnology.builder().id("GAIT").text(org.dpia.core.text.Text.of("gait analysis"))
        .observesPeople(Truth.TRUE).identifiesBiometrically(Truth.TRUE).locatesPeople(Truth.UNKNOWN).innovative(Truth.TRUE).build();

    assertThat(gait.label()).isEqualTo("gait analysis");
    assertThat(gait.identifiesBiometrically()).isEqualTo(Truth.TRUE);
    org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidDescriptionException.class).isThrownBy(() -> CustomTechnology.builder().id("X")
        .text(org.dpia.core.text.Text.of("x")).observesPeople(Truth.TRUE).build()).withMessageContaining("identifiesBiometrically");
    Technology bare = new Technology() {
      @Override
      public String id() {
        return "BARE";
      }

      @Override
      public String label() {
        return "a bare technology";
      }
    };
    assertThat(bare.observesPeople()).isEqualTo(Truth.UNKNOWN);
    assertThat(bare.innovative()).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  @DisplayName("a custom purpose declares its family, or says explicitly that it is not known")
  void customPurpose() {
    assertThat(CustomPurpose.of("T", org.dpia.core.text.Text.of("tracking"), PurposeFamily.EMPLOYEE_MONITORING).family())
        .contains(PurposeFamily.EMPLOYEE_MONITORING);
    assertThat(CustomPurpose.ofUnknownFamily("U", org.dpia.core.text.Text.of("unknown")).family()).isEmpty();
    org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> CustomPurpose.of("T", org.dpia.core.text.Text.of("t"), null));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> CustomPurpose.ofUnknownFamily(" ", org.dpia.core.text.Text.of("t")));
    assertThat(CustomPurpose.ofUnknownFamily("U", org.dpia.core.text.Text.of("u"))).isEqualTo(CustomPurpose.ofUnknownFamily("U", org.dpia.core.text.Text.of("u")));
  }

  @Test
  @DisplayName("a custom legal framework says when it is in force and whether its law was assessed")
  void customLegalFramework() {
    CustomLegalFramework decree = CustomLegalFramework.builder().id("D").text(org.dpia.core.text.Text.of("decree"))
        .validity(org.dpia.core.time.DateRange.from(java.time.LocalDate.of(2021, 3, 1))).generalImpactAssessment(Truth.TRUE).build();

    assertThat(decree.validity().contains(java.time.LocalDate.of(2021, 2, 28))).isFalse();
    assertThat(decree.generalImpactAssessment()).isEqualTo(Truth.TRUE);
    LegalFramework bare = new LegalFramework() {
      @Override
      public String id() {
        return "BARE";
      }

      @Override
      public String label() {
        return "a bare framework";
      }
    };
    assertThat(bare.validity()).isEqualTo(org.dpia.core.time.DateRange.always());
    assertThat(bare.generalImpactAssessment()).isEqualTo(Truth.UNKNOWN);
  }

  @ParameterizedTest(name = "{0}: natural person {1}")
  @DisplayName("only a private individual is surely a natural person; an individual professional may be one")
  @CsvSource({
    "PRIVATE_INDIVIDUAL,             TRUE",
    "INDIVIDUAL_HEALTH_PROFESSIONAL, UNKNOWN",
    "INDIVIDUAL_LAWYER,              UNKNOWN",
    "COMPANY,                        FALSE",
    "LOCAL_AUTHORITY,                FALSE",
    "MUNICIPAL_POLICE,               FALSE",
    "PUBLIC_BODY,                    FALSE",
  })
  void naturalPerson(StandardControllerKind kind, Truth naturalPerson) {
    assertThat(kind.naturalPerson()).isEqualTo(naturalPerson);
  }

  @Test
  @DisplayName("an added kind of controller is of unknown nature unless it says")
  void addedKindDefault() {
    ControllerKind clerk = new ControllerKind() {
      @Override
      public String id() {
        return "GREFFIER";
      }

      @Override
      public String label() {
        return "a court clerk";
      }
    };
    assertThat(clerk.naturalPerson()).isEqualTo(Truth.UNKNOWN);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(StandardPurpose.class)
  @DisplayName("a core term's id is its name, and it has a label")
  void idsAreNames(StandardPurpose purpose) {
    assertThat(purpose.id()).isEqualTo(purpose.name());
    assertThat(purpose.label()).isNotBlank();
  }
}
