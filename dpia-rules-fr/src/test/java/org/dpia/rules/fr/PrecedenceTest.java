package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;

import org.dpia.rules.fr.gdpr.Gdpr;
import java.time.LocalDate;
import java.util.List;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.spi.Precedence;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The order in which sources of the DPIA duty win over one another under the GDPR (see
 * {@link FrenchRulebook}): explicit legal duty, then the exceptions (art. 35(10)), then art. 35(3)
 * and the mandatory list, then the exempt list, then the two-criteria presumption. Each test pairs
 * a case where a higher rank decides with the same case without it, where the lower rank decides.
 */
@DisplayName("Precedence under the GDPR")
class PrecedenceTest {

  static final LocalDate OLYMPIC_GAMES_OPENING = LocalDate.of(2024, 7, 26);

  static List<GroundKind> decisiveKinds(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::kind).toList();
  }

  static List<String> decisiveRules(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::ruleId).toList();
  }

  @Nested
  @DisplayName("an explicit legal duty beats art. 35(10)")
  class ExplicitDutyOverException {

    /** Algorithmic video analysis of a crowd under the Olympic experiment, on a legal basis adopted with an impact assessment. */
    static ProcessingOperation.Builder olympicVideoAnalytics() {
      return Fixtures.gdpr()
          .name("crowd video analytics at the Games")
          .purposes(StandardPurpose.EVENT_SECURITY)
          .dataCategories(DataCategory.IMAGES)
          .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
          .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)
          .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
          .legalFrameworks(FrenchLegalFramework.OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT)
          .legalBasisAssessed(true);
    }

    @Test
    @DisplayName("video analytics under the Olympic Games law need a DPIA although their legal basis was assessed: the law imposes it")
    void olympicDutyOverridesArticle35_10() {
      Decision d = FRANCE.decide(olympicVideoAnalytics().build(), OLYMPIC_GAMES_OPENING);

      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.EXPLICIT_LEGAL_DUTY);
      assertThat(decisiveRules(d)).containsExactly("fr.loi-2023-380.art-10");
    }

    @Test
    @DisplayName("the same analytics outside the Olympic framework, with an assessed legal basis, need none under art. 35(10)")
    void withoutTheLawArticle35_10Dispenses() {
      Decision d = FRANCE.decide(olympicVideoAnalytics().legalFrameworks().build(), OLYMPIC_GAMES_OPENING);

      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.LEGAL_EXCEPTION);
    }
  }

  @Nested
  @DisplayName("art. 35(10) beats art. 35(3) and the mandatory list")
  class ExceptionOverStatutoryCases {

    static ProcessingOperation.Builder cityWideCctv() {
      return Fixtures.gdpr()
          .name("CCTV in every station of the city")
          .purposes(StandardPurpose.PROPERTY_PROTECTION)
          .dataCategories(DataCategory.IMAGES)
          .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
          .technologies(StandardTechnology.VIDEO_SURVEILLANCE)
          .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
          .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.CITY).permanence(Scale.Permanence.PERMANENT).build());
    }

    /** A département's social support of persons: CNIL mandatory list, item 13. */
    static ProcessingOperation.Builder socialSupport() {
      return Fixtures.gdpr()
          .name("social support file")
          .controller(Controller.of("Département du Nord", StandardControllerKind.LOCAL_AUTHORITY))
          .purposes(StandardPurpose.SOCIAL_SUPPORT)
          .dataSubjects(DataSubjectCategory.PUBLIC_SERVICE_USERS);
    }

    @Test
    @DisplayName("city-wide CCTV of public areas whose legal basis was assessed needs no DPIA: art. 35(10) disapplies art. 35(3)")
    void exceptionBeatsStatutoryCase() {
      Decision assessed = FRANCE.decide(cityWideCctv().legalBasisAssessed(true).build(), TODAY);
      Decision notAssessed = FRANCE.decide(cityWideCctv().legalBasisAssessed(false).build(), TODAY);

      assertThat(assessed.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(decisiveKinds(assessed)).containsExactly(GroundKind.LEGAL_EXCEPTION);
      assertThat(notAssessed.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(decisiveKinds(notAssessed)).containsExactly(GroundKind.STATUTORY_CASE);
    }

    @Test
    @DisplayName("social support whose legal basis was assessed needs no DPIA: art. 35(10) disapplies the art. 35(4) list")
    void exceptionBeatsMandatoryList() {
      Decision assessed = FRANCE.decide(socialSupport().legalBasisAssessed(true).build(), TODAY);
      Decision notAssessed = FRANCE.decide(socialSupport().legalBasisAssessed(false).build(), TODAY);

      assertThat(assessed.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(decisiveKinds(assessed)).containsExactly(GroundKind.LEGAL_EXCEPTION);
      assertThat(notAssessed.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(decisiveRules(notAssessed)).containsExactly("fr.cnil.2018-327.item-13");
    }
  }

  @Nested
  @DisplayName("art. 35(3) beats the exempt list, which beats the two-criteria presumption")
  class StatutoryCaseOverExemptListOverPresumption {

    /** Anti-start breathalysers in a bus company's vehicles: CNIL exempt list, item 11; drivers' alcohol levels are health data. */
    static ProcessingOperation.Builder breathalysers() {
      return Fixtures.gdpr()
          .name("anti-start breathalysers in buses")
          .purposes(FrenchPurpose.IMPAIRED_DRIVING_PREVENTION)
          .technologies(FrenchTechnology.BREATHALYSER)
          .places(StandardPlace.VEHICLE)
          .dataSubjects(DataSubjectCategory.EMPLOYEES)
          .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH);
    }

    /** A city's school canteen file, with pupils' allergies: CNIL exempt list, item 10. */
    static ProcessingOperation.Builder schoolCanteen(StandardPurpose... purposes) {
      return Fixtures.gdpr()
          .name("school canteen registrations")
          .controller(Controller.of("Ville de Lambersart", StandardControllerKind.LOCAL_AUTHORITY))
          .purposes(purposes)
          .dataSubjects(DataSubjectCategory.PUPILS)
          .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
          .assertCriterion(RiskCriterion.LARGE_SCALE, false);
    }

    @Test
    @DisplayName("breathalyser results of a whole workforce on a large scale require a DPIA under art. 35(3)(b), exempt item or not")
    void statutoryCaseBeatsExemptList() {
      Decision d = FRANCE.decide(breathalysers().assertCriterion(RiskCriterion.LARGE_SCALE, true).build(), TODAY);

      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(decisiveRules(d)).containsExactly("gdpr.35-3-b");
    }

    @Test
    @DisplayName("breathalysers not on a large scale are exempt (the breathalysers item), although two criteria are met")
    void exemptListBeatsPresumptionForBreathalysers() {
      Decision d = FRANCE.decide(breathalysers().assertCriterion(RiskCriterion.LARGE_SCALE, false).build(), TODAY);

      assertThat(d.criteriaMet()).hasSize(2);
      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.EXEMPT_LIST);
      assertThat(decisiveRules(d)).containsExactly("fr.cnil.2019-118.breathalysers");
    }

    @Test
    @DisplayName("a school canteen file with pupils' allergies meets two criteria but is exempt (item 10)")
    void exemptListBeatsPresumption() {
      Decision d = FRANCE.decide(schoolCanteen(StandardPurpose.SCHOOL_AND_CHILDHOOD_SERVICES).build(), TODAY);

      assertThat(d.criteriaMet())
          .containsExactly(RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA, RiskCriterion.VULNERABLE_DATA_SUBJECTS);
      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(decisiveRules(d)).containsExactly("fr.cnil.2019-118.item-10");
      assertThat(d.decisiveGrounds().get(0).remark()).isPresent();
    }

    @Test
    @DisplayName("the same file also used for marketing is not exempt: the two criteria make a DPIA presumed required")
    void withoutExemptionThePresumptionDecides() {
      Decision d = FRANCE.decide(
          schoolCanteen(StandardPurpose.SCHOOL_AND_CHILDHOOD_SERVICES, StandardPurpose.MARKETING).build(), TODAY);

      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.CRITERIA_PRESUMPTION);
    }
  }

  @Nested
  @DisplayName("the trace shows the ranks")
  class RanksInTheTrace {

    static final List<String> GDPR_RANKS = List.of(
        "scope", "in force", "explicit legal duty", "exceptions", "statutory cases and mandatory list", "exempt list and recital 91",
        "criteria presumption");

    @Test
    @DisplayName("the GDPR precedence declares its ranks highest first")
    void declaredOrder() {
      assertThat(FRANCE.jurisdiction().precedence(Gdpr.REGIME).ranks()).extracting(Precedence.Rank::name).containsExactlyElementsOf(GDPR_RANKS);
    }

    @Test
    @DisplayName("a decision below the threshold shows every rank, highest first, then the fallback")
    void everyRankInOrder() {
      String trace = FRANCE.decide(Fixtures.gdpr().build(), TODAY).trace().toString();

      assertThat(trace).contains("rank: ");
      int previous = -1;
      for (String rank : GDPR_RANKS) {
        int at = trace.indexOf("rank: " + rank + " — ");
        assertThat(at).as("rank '%s' in the trace", rank).isGreaterThan(previous);
        previous = at;
      }
      assertThat(trace.indexOf("] otherwise\n")).as("the fallback after the last rank").isGreaterThan(previous);
    }

    @Test
    @DisplayName("once a rank decides, the ranks below it are not consulted")
    void deciderStopsTheDescent() {
      String trace = FRANCE.decide(
          ExceptionOverStatutoryCases.cityWideCctv().legalBasisAssessed(true).build(), TODAY).trace().toString();

      assertThat(trace).contains("[TRUE] rank: exceptions");
      assertThat(trace).doesNotContain("rank: statutory cases and mandatory list", "rank: exempt list and recital 91", "rank: criteria presumption");
    }
  }
}
