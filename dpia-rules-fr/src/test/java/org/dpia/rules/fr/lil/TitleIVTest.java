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

/** LIL Title IV: State security and defence, where no DPIA duty was found. */
@DisplayName("LIL Title IV: State security and defence")
class TitleIVTest {
  static Decision decide(ProcessingOperation.Builder operation) {
    return FRANCE.decide(operation.build(), TODAY);
  }

  static List<GroundKind> decisiveKinds(Decision d) {
    return d.decisiveGrounds().stream().map(Ground::kind).toList();
  }

  static Truth governs(Decision d, Regime regime) {
    return d.regimes().get(regime);
  }

  /** The cases of Title IV, each on both sides. */
  static Stream<LegalCase> cases() {
    return Stream.of(
        given("a counter-intelligence file of an intelligence service", StateSecurity.defence()).under(TitleIV.REGIME)
            .notRequiredOn(TitleIV.NO_DPIA_PROVISION),
        given("the same service's staff file: not State security", StateSecurity.defence()
            .purposes(StandardPurpose.HUMAN_RESOURCES_MANAGEMENT)).under(Gdpr.REGIME).notOn(TitleIV.NO_DPIA_PROVISION)
            .hence(Outcome.NOT_REQUIRED),
        given("a ministry's file for State security: a public body pursuing it acts for the State", StateSecurity.defence()
            .controller(Controller.of("Ministère de l'Intérieur", StandardControllerKind.PUBLIC_BODY))).under(TitleIV.REGIME)
            .notRequiredOn(TitleIV.NO_DPIA_PROVISION),
        given("a company's 'security' file: not on behalf of the State, so the GDPR", StateSecurity.defence()
            .controller(Controller.of("Sécurité SA", StandardControllerKind.COMPANY))).under(Gdpr.REGIME).notOn(TitleIV.NO_DPIA_PROVISION)
            .hence(Outcome.NOT_REQUIRED));
  }

  @org.junit.jupiter.api.Test
  @DisplayName("a State-security purpose is an exception to the GDPR's scope: not stated, it is not established, and the decision says so")
  void stateSecurityNotStatedIsNotEstablished() {
    Decision d = decide(Fixtures.gdpr().controller(Controller.of("Ministère", StandardControllerKind.PUBLIC_BODY))
        .purposes(FactSet.unknown()).dataCategories(DataCategory.HEALTH).assertCriterion(RiskCriterion.LARGE_SCALE, true));

    assertThat(governs(d, TitleIV.REGIME)).isEqualTo(org.dpia.core.logic.Truth.FALSE);
    assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(d.presumptions()).extracting(p -> p.factId()).contains("purpose.state-security");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("the cases of Title IV, each on both sides")
  void theCases(LegalCase c) {
    c.check();
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
}
