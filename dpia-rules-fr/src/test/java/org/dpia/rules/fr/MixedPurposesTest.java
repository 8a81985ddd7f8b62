package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;
import static org.junit.jupiter.params.provider.Arguments.arguments;
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
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.rules.fr.lil.Lil;
import org.dpia.rules.fr.lil.TitleIII;
import org.dpia.rules.fr.lil.TitleIV;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the regimes combine (the table of contents of {@link FrenchRulebook}): a processing with mixed
 * purposes falls under several regimes, each for its purposes, and a DPIA required under one is
 * required for the processing.
 */
@DisplayName("Regimes combined: mixed purposes")
class MixedPurposesTest {
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
}
