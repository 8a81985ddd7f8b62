package org.dpia.examples;

import static org.dpia.assertj.DpiaAssertions.assertThat;

import java.time.LocalDate;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.audit.Compliance;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.TimeCases;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The DPIA duty in time, each boundary with a case on each side: GDPR art. 99(2) (25 May 2018);
 * the CNIL's communiqué of 19 February 2018 (tolerance until 25 May 2021); loi n° 2018-493 (former
 * LIL chapter XIII, from 22 June 2018) and LIL art. 90 (from 1 June 2019); loi n° 2023-380 art. 10
 * and décret n° 2023-828 (31 August 2023 to 31 March 2025).
 */
@DisplayName("The duty in time")
class TimeCasesTest {

  static final Rulebook FRANCE = FrenchRulebook.create();

  static Decision decide(Case c) {
    return FRANCE.decide(c.operation(), c.date());
  }

  static Decision decide(ProcessingOperation op, int year, int month, int day) {
    return FRANCE.decide(op, LocalDate.of(year, month, day));
  }

  @Nested
  @DisplayName("GDPR art. 99(2) and the CNIL's transitional tolerance")
  class Gdpr {
    final ProcessingOperation declared = TimeCases.declaredHospitalRecord();

    @Test
    @DisplayName("on 1 June 2017 no DPIA duty existed: the GDPR applied from 25 May 2018 (art. 99(2))")
    void beforeGdpr() {
      assertThat(decide(TimeCases.beforeGdpr()))
          .isNotRequired().underRegime("gdpr")
          .onGround("gdpr.99-2.not-yet-applicable").onGround(GroundKind.NOT_IN_FORCE).citing("RGPD art. 99(2)");
    }

    @Test
    @DisplayName("on 24 May 2018 the GDPR did not apply yet; on 25 May 2018 it did, and the CNIL's tolerance took over")
    void gdprBoundary() {
      assertThat(decide(declared, 2018, 5, 24)).isNotRequired().onGround(GroundKind.NOT_IN_FORCE);
      assertThat(decide(declared, 2018, 5, 25)).isNotRequired().notOnGround("gdpr.99-2.not-yet-applicable")
          .onGround("fr.cnil.transition.pre-2018").onGround(GroundKind.TRANSITIONAL);
    }

    @Test
    @DisplayName("on 1 June 2019 a patient record declared before 2018 and unchanged needed no DPIA yet (CNIL tolerance), though item 1 of the list applies")
    void underTolerance() {
      assertThat(decide(TimeCases.underCnilTolerance()))
          .isNotRequired().underRegime("gdpr")
          .onGround("fr.cnil.transition.pre-2018").onGround(GroundKind.TRANSITIONAL).citing("CNIL, période transitoire")
          .notOnGround("fr.cnil.2018-327.item-1")
          .advising("fr.cnil.transition.deadline");
    }

    @Test
    @DisplayName("the tolerance lasted until 24 May 2021; from 25 May 2021 item 1 of the CNIL list requires the DPIA")
    void toleranceBoundary() {
      assertThat(decide(declared, 2021, 5, 24)).isNotRequired().onGround(GroundKind.TRANSITIONAL);
      assertThat(decide(declared, 2021, 5, 25)).isRequired().underRegime("gdpr").notOnGround("fr.cnil.transition.pre-2018")
          .onGround("fr.cnil.2018-327.item-1").onGround(GroundKind.MANDATORY_LIST).citing("CNIL délib. n° 2018-327, item 1");
    }

    @Test
    @DisplayName("substantially modified since its declaration, the same record needed a DPIA at once in 2019")
    void substantiallyModified() {
      ProcessingOperation modified = ProcessingOperation.builder().from(declared).substantiallyModified(true).build();

      assertThat(decide(modified, 2019, 6, 1)).isRequired().notOnGround("fr.cnil.transition.pre-2018")
          .onGround("fr.cnil.2018-327.item-1").citing("CNIL délib. n° 2018-327, item 1");
    }

    @Test
    @DisplayName("audited up to the end of 2022 with no DPIA: required, and breached, from 25 May 2021")
    void audit() {
      Case c = TimeCases.underCnilTolerance();

      assertThat(FRANCE.audit(c.history().orElseThrow(), c.auditUntil().orElseThrow()))
          .required(LocalDate.of(2021, 5, 25), TimeCases.AUDITED_UNTIL)
          .breached(LocalDate.of(2021, 5, 25), TimeCases.AUDITED_UNTIL, BreachReason.NO_DPIA)
          .on(LocalDate.of(2017, 6, 1), Compliance.NOT_REQUIRED)
          .on(LocalDate.of(2021, 5, 24), Compliance.NOT_REQUIRED);
    }
  }

  @Nested
  @DisplayName("Police-justice: loi n° 2018-493, then LIL art. 90")
  class PoliceJustice {
    final ProcessingOperation police = TimeCases.policeUnderFormerChapterXiii().operation();

    @Test
    @DisplayName("on 1 December 2018 the police's genetic profiles required a DPIA under the former LIL chapter XIII (loi n° 2018-493)")
    void formerChapterXiii() {
      assertThat(decide(TimeCases.policeUnderFormerChapterXiii()))
          .isRequired().underRegime("police-justice")
          .onGround("fr.loi-2018-493.sensitive-data").onGround(GroundKind.HIGH_RISK_CASE).citing("Loi n° 2018-493")
          .notOnGround("fr.lil.90.sensitive-data");
    }

    @Test
    @DisplayName("on 21 June 2018 the directive was not yet transposed: French law imposed no DPIA in this regime")
    void beforeTransposition() {
      assertThat(decide(police, 2018, 6, 21))
          .isNotRequired().underRegime("police-justice")
          .onGround("fr.police-justice.not-yet-transposed").onGround(GroundKind.NOT_IN_FORCE).citing("Directive 2016/680 art. 27");
      assertThat(decide(police, 2018, 6, 22)).isRequired().onGround("fr.loi-2018-493.sensitive-data");
    }

    @Test
    @DisplayName("chapter XIII applied until 31 May 2019; LIL art. 90 from 1 June 2019")
    void article90Boundary() {
      assertThat(decide(police, 2019, 5, 31)).isRequired().onGround("fr.loi-2018-493.sensitive-data");
      assertThat(decide(police, 2019, 6, 1)).isRequired().notOnGround("fr.loi-2018-493.sensitive-data")
          .onGround("fr.lil.90.sensitive-data").citing("LIL art. 90");
    }
  }

  @Nested
  @DisplayName("The Olympic Games algorithmic video experiment (loi n° 2023-380, art. 10)")
  class Olympics {
    final ProcessingOperation experiment = TimeCases.olympicVideoExperiment();

    @Test
    @DisplayName("on the opening day of the Paris 2024 Games the law itself imposed the DPIA on the algorithmic video analysis")
    void explicitDuty() {
      assertThat(decide(TimeCases.olympicGamesExperiment()))
          .isRequired().underRegime("police-justice")
          .onGround("fr.loi-2023-380.art-10").onGround(GroundKind.EXPLICIT_LEGAL_DUTY)
          .citing("Loi n° 2023-380 art. 10").citing("Décret n° 2023-828")
          .withCriteriaMet(RiskCriterion.SYSTEMATIC_MONITORING, RiskCriterion.INNOVATIVE_USE_OF_TECHNOLOGY);
    }

    @Test
    @DisplayName("the duty by name ran from the decree's entry into force on 31 August 2023; the day before, art. 90's criteria required it")
    void beforeTheDecree() {
      assertThat(decide(experiment, 2023, 8, 30)).isRequired().notOnGround("fr.loi-2023-380.art-10")
          .onGround("fr.lil.90.two-criteria").onGround(GroundKind.CRITERIA_PRESUMPTION);
      assertThat(decide(experiment, 2023, 8, 31)).isRequired().onGround("fr.loi-2023-380.art-10");
    }

    @Test
    @DisplayName("the experiment ended on 31 March 2025; on 1 April 2025 no law imposed the DPIA by name, art. 90 still did")
    void afterTheExperiment() {
      assertThat(decide(experiment, 2025, 3, 31)).isRequired().onGround("fr.loi-2023-380.art-10");
      assertThat(decide(experiment, 2025, 4, 1)).isRequired().notOnGround("fr.loi-2023-380.art-10")
          .onGround("fr.lil.90.two-criteria").citing("LIL art. 90");
    }
  }
}
