package org.dpia.rules.fr.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dpia.rules.fr.Fixtures.TODAY;
import static org.dpia.rules.fr.LegalCase.given;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.rules.fr.Fixtures;
import org.dpia.rules.fr.LegalCase;
import org.dpia.rules.fr.cnil.ExemptList;
import org.dpia.rules.fr.cnil.MandatoryList;
import org.dpia.rules.fr.eu.Directive2016680;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.rules.fr.lil.Lil;
import org.dpia.rules.fr.lil.TitleIII;
import org.dpia.rules.fr.wp248.Wp248;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Directive (EU) 2016/680: what counts as a competent authority (art. 3(7)) and as a criminal-law
 * purpose (art. 1(1)), which together choose the police-justice regime.
 */
@DisplayName("Directive 2016/680: competent authorities and criminal-law purposes")
class Directive2016680Test {

  /** Who is a competent authority, and which purposes are criminal-law enforcement, on both sides. */
  static Stream<LegalCase> cases() {
    return Stream.of(
        given("the national police investigating offences", Fixtures.police()).under(TitleIII.REGIME).hence(Outcome.NOT_REQUIRED),
        given("a company preventing shoplifting: not a competent authority", Fixtures.gdpr()
            .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)).under(Gdpr.REGIME).hence(Outcome.NOT_REQUIRED),
        given("the national police managing traffic fines' payments: not a criminal-law purpose", Fixtures.police()
            .purposes(StandardPurpose.TRAFFIC_MANAGEMENT)).under(Gdpr.REGIME).hence(Outcome.NOT_REQUIRED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("who is a competent authority, for which purposes, on both sides")
  void theCases(LegalCase c) {
    c.check();
  }

  @ParameterizedTest
  @EnumSource(StandardControllerKind.class)
  @DisplayName("police, gendarmerie, municipal police, judicial and prison authorities are competent authorities; private bodies are not")
  void competentAuthorities(StandardControllerKind kind) {
    Truth expected;
    switch (kind) {
      case MUNICIPAL_POLICE:
      case NATIONAL_POLICE_OR_GENDARMERIE:
      case JUDICIAL_AUTHORITY:
      case PRISON_ADMINISTRATION:
        expected = Truth.TRUE;
        break;
      case PUBLIC_BODY:
      case LOCAL_AUTHORITY:
      case INTELLIGENCE_OR_DEFENCE_SERVICE:
        expected = Truth.UNKNOWN;
        break;
      default:
        expected = Truth.FALSE;
    }
    assertThat(Directive2016680.competentAuthority(kind)).isEqualTo(expected);
    assertThat(Directive2016680.COMPETENT_AUTHORITY.read(Fixtures.gdpr().controller(Controller.of("x", kind)).build(), Fixtures.TODAY)).isEqualTo(expected);
  }

  @Test
  @DisplayName("a kind of controller a rulebook does not know leaves 'competent authority' unknown")
  void foreignKind() {
    org.dpia.core.model.ControllerKind other = new org.dpia.core.model.ControllerKind() {
      @Override
      public String id() {
        return "OTHER";
      }

      @Override
      public String label() {
        return "another kind";
      }
    };
    assertThat(Directive2016680.competentAuthority(other)).isEqualTo(Truth.UNKNOWN);
  }
}
