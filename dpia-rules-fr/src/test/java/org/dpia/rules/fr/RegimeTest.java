package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import org.dpia.rules.fr.lil.TitleIV;
import org.dpia.rules.fr.lil.TitleIII;
import org.dpia.rules.fr.lil.Lil;
import org.dpia.rules.fr.gdpr.Gdpr;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Regime;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which body of law governs a processing (Regimes), and the scope of data protection law
 * (GDPR art. 2): police-justice for a competent authority's criminal-law purposes, State security
 * for defence, the GDPR otherwise; no duty at all outside the material scope.
 */
@DisplayName("Regimes and scope")
class RegimeTest {

  static Decision decide(ProcessingOperation.Builder operation) {
    return FRANCE.decide(operation.build(), TODAY);
  }

  static List<GroundKind> decisiveKinds(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::kind).toList();
  }

  static Truth governs(Decision d, Regime regime) {
    return d.regimes().get(regime);
  }

  @Nested
  @DisplayName("police-justice")
  class PoliceJustice {

    static Stream<Arguments> competentAuthorities() {
      return Stream.of(
          arguments(StandardControllerKind.MUNICIPAL_POLICE, StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION),
          arguments(StandardControllerKind.MUNICIPAL_POLICE, StandardPurpose.PUBLIC_SECURITY_THREAT_PREVENTION),
          arguments(StandardControllerKind.NATIONAL_POLICE_OR_GENDARMERIE, StandardPurpose.CRIMINAL_INVESTIGATION_AND_PROSECUTION),
          arguments(StandardControllerKind.NATIONAL_POLICE_OR_GENDARMERIE, StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION),
          arguments(StandardControllerKind.PRISON_ADMINISTRATION, StandardPurpose.EXECUTION_OF_CRIMINAL_PENALTIES));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("competentAuthorities")
    @DisplayName("a competent authority processing for criminal-law purposes is under the police-justice regime only")
    void competentAuthorityForCriminalPurposes(StandardControllerKind kind, StandardPurpose purpose) {
      Decision d = decide(Fixtures.police().controller(Controller.of("authority", kind)).purposes(purpose));

      assertThat(d.regime()).contains(TitleIII.REGIME);
      assertThat(governs(d, Gdpr.REGIME)).isEqualTo(Truth.FALSE);
      assertThat(d.decisiveGrounds()).allSatisfy(g -> assertThat(g.regime()).contains(TitleIII.REGIME));
    }

    @Test
    @DisplayName("a supermarket's file of suspected shoplifters is under the GDPR: a company is not a competent authority")
    void companyWithCriminalPurposeIsUnderGdpr() {
      Decision d = decide(Fixtures.gdpr()
          .name("shoplifting incidents file")
          .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION));

      assertThat(d.regime()).contains(Gdpr.REGIME);
      assertThat(governs(d, TitleIII.REGIME)).isEqualTo(Truth.FALSE);
    }

    @Test
    @DisplayName("a national police file kept for staff management is under the GDPR, not police-justice")
    void policeForNonCriminalPurposeIsUnderGdpr() {
      Decision d = decide(Fixtures.police().purposes(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT));

      assertThat(d.regime()).contains(Gdpr.REGIME);
      assertThat(governs(d, TitleIII.REGIME)).isEqualTo(Truth.FALSE);
    }

    @Test
    @DisplayName("whether a local authority with a criminal-law purpose is a competent authority is not known: police-justice may govern")
    void localAuthorityWithCriminalPurposeIsUnknown() {
      Decision d = decide(Fixtures.gdpr()
          .controller(Controller.of("Ville de Roubaix", StandardControllerKind.LOCAL_AUTHORITY))
          .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION));

      assertThat(governs(d, TitleIII.REGIME)).isEqualTo(Truth.UNKNOWN);
      assertThat(governs(d, Gdpr.REGIME)).isEqualTo(Truth.UNKNOWN);
      assertThat(d.regime()).isEmpty();
    }

    @Test
    @DisplayName("a local authority managing traffic is under the GDPR alone")
    void localAuthorityWithOtherPurposeIsUnderGdpr() {
      Decision d = decide(Fixtures.gdpr()
          .controller(Controller.of("Ville de Roubaix", StandardControllerKind.LOCAL_AUTHORITY))
          .purposes(StandardPurpose.TRAFFIC_MANAGEMENT));

      assertThat(governs(d, TitleIII.REGIME)).isEqualTo(Truth.FALSE);
      assertThat(d.regime()).contains(Gdpr.REGIME);
    }
  }

  @Nested
  @DisplayName("mixed purposes")
  class MixedPurposes {

    static ProcessingOperation.Builder municipalCctv(StandardPurpose... purposes) {
      return Fixtures.police()
          .name("municipal CCTV")
          .controller(Controller.of("Police municipale de Tourcoing", StandardControllerKind.MUNICIPAL_POLICE))
          .purposes(purposes);
    }

    @Test
    @DisplayName("a municipal police system for crime prevention and traffic management falls under both regimes, each for its purposes")
    void crimePreventionAndTrafficFallUnderBoth() {
      Decision d = decide(municipalCctv(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION, StandardPurpose.TRAFFIC_MANAGEMENT));

      assertThat(governs(d, TitleIII.REGIME)).isEqualTo(Truth.TRUE);
      assertThat(governs(d, Gdpr.REGIME)).isEqualTo(Truth.TRUE);
      assertThat(d.regime()).isEmpty();
      assertThat(d.decisiveGrounds()).extracting(g -> g.regime().orElseThrow())
          .containsExactlyInAnyOrder(TitleIII.REGIME, Gdpr.REGIME);
    }

    @Test
    @DisplayName("the same system for crime prevention alone falls under police-justice alone")
    void crimePreventionAloneIsPoliceJustice() {
      Decision d = decide(municipalCctv(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION));

      assertThat(d.regime()).contains(TitleIII.REGIME);
    }

    @Test
    @DisplayName("with mixed purposes, a DPIA required under one regime is required for the processing")
    void requiredUnderOneRegimeIsRequired() {
      Decision d = decide(municipalCctv(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION, StandardPurpose.TRAFFIC_MANAGEMENT)
          .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH));

      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(d.decisiveGrounds()).extracting(Ground::ruleId).contains("fr.lil.90.sensitive-data");
    }
  }

  @Nested
  @DisplayName("State security and defence")
  class StateSecurity {

    static ProcessingOperation.Builder defence() {
      return Fixtures.gdpr()
          .name("counter-intelligence file")
          .controller(Controller.of("Direction du renseignement", StandardControllerKind.INTELLIGENCE_OR_DEFENCE_SERVICE))
          .purposes(StandardPurpose.NATIONAL_SECURITY_AND_DEFENCE);
    }

    @Test
    @DisplayName("processing for national security and defence is under LIL Title IV, with no DPIA duty")
    void nationalSecurityIsStateSecurity() {
      Decision d = decide(defence());

      assertThat(d.regime()).contains(TitleIV.REGIME);
      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.NO_DUTY);
    }

    @Test
    @DisplayName("even with sensitive data on a large scale, a State-security processing has no DPIA duty, where the GDPR would require one")
    void noDutyEvenWithHighRisk() {
      Decision defence = decide(defence().dataCategories(DataCategory.HEALTH).assertCriterion(RiskCriterion.LARGE_SCALE, true));
      Decision staffFile = decide(defence().purposes(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT)
          .dataSubjects(DataSubjectCategory.EMPLOYEES)
          .dataCategories(DataCategory.HEALTH).assertCriterion(RiskCriterion.LARGE_SCALE, true));

      assertThat(defence.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(decisiveKinds(defence)).containsExactly(GroundKind.NO_DUTY);
      assertThat(staffFile.regime()).contains(Gdpr.REGIME);
      assertThat(staffFile.outcome()).isEqualTo(Outcome.REQUIRED);
    }
  }

  @Nested
  @DisplayName("material scope (GDPR art. 2)")
  class Scope {

    @Test
    @DisplayName("a processing of no personal data is outside the scope: no DPIA")
    void noPersonalData() {
      Decision d = decide(Fixtures.gdpr()
          .name("aggregate footfall counts")
          .personalData(false)
          .dataCategories(FactSet.unknown()));

      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(d.decisiveGrounds()).singleElement().satisfies(g -> {
        assertThat(g.kind()).isEqualTo(GroundKind.OUT_OF_SCOPE);
        assertThat(g.ruleId()).isEqualTo("gdpr.2-1.no-personal-data");
      });
    }

    @Test
    @DisplayName("a processing that lists data categories processes personal data, whatever the flag left unknown")
    void dataCategoriesMeanPersonalData() {
      Decision d = decide(Fixtures.gdpr().personalData(Truth.UNKNOWN));

      assertThat(d.grounds()).noneMatch(g -> g.kind() == GroundKind.OUT_OF_SCOPE);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.BELOW_THRESHOLD);
    }

    @Test
    @DisplayName("a private individual's household activity is outside the scope (art. 2(2)(c)), even when it would otherwise meet criteria")
    void householdActivity() {
      Decision d = decide(Fixtures.gdpr()
          .name("family photo album")
          .controller(Controller.of("Jean Dupont", StandardControllerKind.PRIVATE_INDIVIDUAL))
          .purposes(StandardPurpose.PERSONAL_OR_HOUSEHOLD_ACTIVITY)
          .dataSubjects(DataSubjectCategory.CHILDREN)
          .dataCategories(DataCategory.IMAGES, DataCategory.HEALTH)
          .places(StandardPlace.HOME)
          .householdActivity(true));

      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(d.decisiveGrounds()).singleElement().satisfies(g -> {
        assertThat(g.kind()).isEqualTo(GroundKind.OUT_OF_SCOPE);
        assertThat(g.ruleId()).isEqualTo("gdpr.2-2-c.household");
      });
    }

    @Test
    @DisplayName("a private individual's camera that also films the public street is not a purely household activity")
    void privateCameraFilmingTheStreetIsInScope() {
      Decision d = decide(Fixtures.gdpr()
          .name("home camera facing the street")
          .controller(Controller.of("Jean Dupont", StandardControllerKind.PRIVATE_INDIVIDUAL))
          .purposes(StandardPurpose.PROPERTY_PROTECTION)
          .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
          .dataCategories(DataCategory.IMAGES)
          .technologies(StandardTechnology.VIDEO_SURVEILLANCE)
          .places(StandardPlace.HOME, StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
          .householdActivity(false)
          .assertCriterion(RiskCriterion.LARGE_SCALE, false));

      assertThat(d.grounds()).noneMatch(g -> g.kind() == GroundKind.OUT_OF_SCOPE);
      assertThat(d.regime()).contains(Gdpr.REGIME);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.BELOW_THRESHOLD);
      assertThat(d.criteriaMet()).containsExactly(RiskCriterion.SYSTEMATIC_MONITORING);
    }
  }

  @Nested
  @DisplayName("LIL art. 90: sensitive data in the police-justice regime")
  class Article90 {

    static boolean citesLilArticle90(Ground g) {
      return g.citations().stream().anyMatch(c -> c.source().equals(Lil.SOURCE) && c.article().equals(Optional.of("90")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DataCategory.class, names = {"HEALTH", "BIOMETRIC", "GENETIC", "RACIAL_OR_ETHNIC_ORIGIN", "RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS"})
    @DisplayName("police processing of sensitive data (LIL art. 6 I) requires a DPIA as a high-risk case named by LIL art. 90")
    void sensitiveDataProcessedByPolice(DataCategory category) {
      Decision d = decide(Fixtures.police().dataCategories(DataCategory.IDENTIFICATION, category));

      assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
      assertThat(d.decisiveGrounds()).singleElement().satisfies(g -> {
        assertThat(g.kind()).isEqualTo(GroundKind.HIGH_RISK_CASE);
        assertThat(g.ruleId()).isEqualTo("fr.lil.90.sensitive-data");
        assertThat(g.regime()).contains(TitleIII.REGIME);
        assertThat(citesLilArticle90(g)).as("cites LIL art. 90: %s", g.citations()).isTrue();
      });
    }

    @Test
    @DisplayName("police processing of identities only is below the threshold")
    void ordinaryDataProcessedByPolice() {
      Decision d = decide(Fixtures.police());

      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.BELOW_THRESHOLD);
    }

    @Test
    @DisplayName("criminal-offence data is not art. 6 I data: alone it is one criterion, below the threshold")
    void criminalOffenceDataIsNotArticle6() {
      Decision d = decide(Fixtures.police().dataCategories(DataCategory.IDENTIFICATION, DataCategory.CRIMINAL_OFFENCES));

      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(d.criteriaMet()).containsExactly(RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA);
    }

    @Test
    @DisplayName("the same health data held by a company, not on a large scale, needs no DPIA under the GDPR")
    void sameDataUnderGdprIsBelowThreshold() {
      Decision d = decide(Fixtures.gdpr()
          .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
          .assertCriterion(RiskCriterion.LARGE_SCALE, false));

      assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
      assertThat(decisiveKinds(d)).containsExactly(GroundKind.BELOW_THRESHOLD);
    }
  }
}
