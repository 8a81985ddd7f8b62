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
    assertThat(DataCategory.values()).hasSize(21);
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
    assertThat(DataSubjectCategory.values()).hasSize(16);
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
