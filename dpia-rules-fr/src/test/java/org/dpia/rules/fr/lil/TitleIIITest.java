package org.dpia.rules.fr.lil;

import static org.dpia.rules.fr.LegalCase.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import org.dpia.rules.fr.LegalCase;
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
import org.dpia.rules.fr.Fixtures;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * LIL Title III, the police-justice regime: when it governs (art. 87; Directive 2016/680 art. 1(1),
 * 3(7)) and its DPIA (art. 90), each case on both sides of its condition.
 */
@DisplayName("LIL Title III: the police-justice regime and art. 90")
class TitleIIITest {
  static Decision decide(ProcessingOperation.Builder operation) {
    return FRANCE.decide(operation.build(), TODAY);
  }

  static List<GroundKind> decisiveKinds(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::kind).toList();
  }

  static Truth governs(Decision d, Regime regime) {
    return d.regimes().get(regime);
  }

  /** The cases of Title III: when it governs, and art. 90, each on both sides. */
  static Stream<LegalCase> cases() {
    return Stream.of(
        given("a national police file of suspects' identities", Fixtures.police()).under(TitleIII.REGIME)
            .notRequiredOn(TitleIII.BELOW_THRESHOLD),
        given("the same police keeping a file for staff management: not criminal-law purposes", Fixtures.police()
            .purposes(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT).dataSubjects(DataSubjectCategory.EMPLOYEES))
            .under(Gdpr.REGIME).notOn(TitleIII.APPLIES).hence(Outcome.NOT_REQUIRED),
        given("police processing of detainees' health data (art. 6 I)", Fixtures.police()
            .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)).requiredOn(TitleIII.SENSITIVE_DATA),
        given("police processing of criminal records only: not art. 6 I data", Fixtures.police()
            .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CRIMINAL_OFFENCES))
            .notOn(TitleIII.SENSITIVE_DATA).notRequiredOn(TitleIII.BELOW_THRESHOLD),
        given("municipal police video analytics of the public", Fixtures.police()
            .controller(Controller.of("Police municipale", StandardControllerKind.MUNICIPAL_POLICE))
            .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
            .dataCategories(DataCategory.IMAGES).dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
            .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)
            .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)).requiredOn(TitleIII.TWO_CRITERIA),
        given("the same police with plain CCTV of one car park: one criterion", Fixtures.police()
            .controller(Controller.of("Police municipale", StandardControllerKind.MUNICIPAL_POLICE))
            .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
            .dataCategories(DataCategory.IMAGES).dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
            .technologies(StandardTechnology.VIDEO_SURVEILLANCE).places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA))
            .notOn(TitleIII.TWO_CRITERIA).notRequiredOn(TitleIII.BELOW_THRESHOLD));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("the cases of Title III, each on both sides")
  void theCases(LegalCase c) {
    c.check();
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
    @DisplayName("a local authority pursuing a criminal-law purpose does so as a competent authority (CE, Commune de Beaucaire, 2024): police-justice governs")
    void localAuthorityWithCriminalPurposeIsACompetentAuthority() {
      Decision d = decide(Fixtures.gdpr()
          .controller(Controller.of("Ville de Roubaix", StandardControllerKind.LOCAL_AUTHORITY))
          .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION));

      assertThat(governs(d, TitleIII.REGIME)).isEqualTo(Truth.TRUE);
      assertThat(governs(d, Gdpr.REGIME)).isEqualTo(Truth.FALSE);
      assertThat(d.regime()).contains(TitleIII.REGIME);
      assertThat(TitleIII.APPLIES.citations()).contains(org.dpia.rules.fr.courts.Beaucaire2024.COMMUNE_IS_COMPETENT_AUTHORITY);
    }

    @Test
    @DisplayName("whether another public body with a criminal-law purpose is a competent authority is not known: police-justice may govern")
    void publicBodyWithCriminalPurposeIsUnknown() {
      Decision d = decide(Fixtures.gdpr()
          .controller(Controller.of("Établissement public", StandardControllerKind.PUBLIC_BODY))
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
