package org.dpia.examples;

import static org.dpia.assertj.DpiaAssertions.assertThat;

import java.time.LocalDate;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardTechnology;
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.ExemptListCases;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Source: CNIL délibération n° 2019-118 du 12 septembre 2019 (JORF 22 October 2019), the list of
 * processing types for which no DPIA is required under GDPR art. 35(5). One case per item, each
 * decided on its own item; then the items' carve-outs and the day the list took effect, each on the
 * other side of the item.
 */
@DisplayName("CNIL exempt list (délibération n° 2019-118)")
class ExemptListCasesTest {

  static final Rulebook FRANCE = FrenchRulebook.create();

  static Decision decide(Case c) {
    return FRANCE.decide(c.operation(), c.date());
  }

  static String ground(int item) {
    return "fr.cnil.2019-118.item-" + item;
  }

  static String citation(int item) {
    return "CNIL délib. n° 2019-118, item " + item;
  }

  @Test
  @DisplayName("a company of 120 employees managing its staff without profiling needs no DPIA (item 1), though employees' and financial data meet two WP248 criteria")
  void item1() {
    assertThat(decide(ExemptListCases.smallEmployerStaffManagement()))
        .isNotRequired().underRegime("gdpr").onGround(ground(1)).onGround(GroundKind.EXEMPT_LIST).citing(citation(1))
        .citing("RGPD art. 35(5)")
        .withCriteriaMet(RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA, RiskCriterion.VULNERABLE_DATA_SUBJECTS)
        .notOnGround("gdpr.35-1.two-criteria");
  }

  @Test
  @DisplayName("supplier relationship management needs no DPIA (item 2)")
  void item2() {
    assertThat(decide(ExemptListCases.supplierRelationships()))
        .isNotRequired().underRegime("gdpr").onGround(ground(2)).onGround(GroundKind.EXEMPT_LIST).citing(citation(2));
  }

  @Test
  @DisplayName("a commune's electoral roll needs no DPIA (item 3)")
  void item3() {
    assertThat(decide(ExemptListCases.communeElectoralRoll()))
        .isNotRequired().underRegime("gdpr").onGround(ground(3)).onGround(GroundKind.EXEMPT_LIST).citing(citation(3));
  }

  @Test
  @DisplayName("a works council's management of its activities needs no DPIA (item 4)")
  void item4() {
    assertThat(decide(ExemptListCases.worksCouncilActivities()))
        .isNotRequired().underRegime("gdpr").onGround(ground(4)).onGround(GroundKind.EXEMPT_LIST).citing(citation(4));
  }

  @Test
  @DisplayName("a sports club's file of members and donors, without sensitive data, needs no DPIA (item 5)")
  void item5() {
    assertThat(decide(ExemptListCases.sportsClubMembers()))
        .isNotRequired().underRegime("gdpr").onGround(ground(5)).onGround(GroundKind.EXEMPT_LIST).citing(citation(5));
  }

  @Test
  @DisplayName("a general practitioner's patient records need no DPIA (item 6), though health data of patients meet two WP248 criteria")
  void item6() {
    assertThat(decide(ExemptListCases.generalPractitioner()))
        .isNotRequired().underRegime("gdpr").onGround(ground(6)).onGround(GroundKind.EXEMPT_LIST).citing(citation(6))
        .withCriteriaMet(RiskCriterion.SENSITIVE_OR_HIGHLY_PERSONAL_DATA, RiskCriterion.VULNERABLE_DATA_SUBJECTS);
  }

  @Test
  @DisplayName("a lawyer practising alone needs no DPIA for his clients' files (item 7)")
  void item7() {
    assertThat(decide(ExemptListCases.individualLawyer()))
        .isNotRequired().underRegime("gdpr").onGround(ground(7)).onGround(GroundKind.EXEMPT_LIST).citing(citation(7));
  }

  @Test
  @DisplayName("the clerk of a commercial court needs no DPIA for the registry's activity (item 8)")
  void item8() {
    assertThat(decide(ExemptListCases.commercialCourtClerk()))
        .isNotRequired().underRegime("gdpr").onGround(ground(8)).onGround(GroundKind.EXEMPT_LIST).citing(citation(8));
  }

  @Test
  @DisplayName("a notary needs no DPIA for her notarial practice (item 9)")
  void item9() {
    assertThat(decide(ExemptListCases.notary()))
        .isNotRequired().underRegime("gdpr").onGround(ground(9)).onGround(GroundKind.EXEMPT_LIST).citing(citation(9));
  }

  @Test
  @DisplayName("a commune's school canteen and after-school registrations need no DPIA (item 10), though children's and financial data meet two WP248 criteria")
  void item10() {
    assertThat(decide(ExemptListCases.schoolServicesOfACommune()))
        .isNotRequired().underRegime("gdpr").onGround(ground(10)).onGround(GroundKind.EXEMPT_LIST).citing(citation(10))
        .notOnGround("gdpr.35-1.two-criteria");
  }

  @Test
  @DisplayName("alcohol interlocks in a coach company's vehicles need no DPIA (item 11, in substance)")
  void item11() {
    assertThat(decide(ExemptListCases.coachAlcoholInterlocks()))
        .isNotRequired().underRegime("gdpr").onGround(ground(11)).onGround(GroundKind.EXEMPT_LIST).citing(citation(11));
  }

  @Test
  @DisplayName("badge access control that records working time, without biometrics, needs no DPIA (item 12, in substance)")
  void item12() {
    assertThat(decide(ExemptListCases.badgeAccessAndWorkingTime()))
        .isNotRequired().underRegime("gdpr").onGround(ground(12)).onGround(GroundKind.EXEMPT_LIST).citing(citation(12));
  }

  // ---- the other side of the items ------------------------------------------------------------

  @Test
  @DisplayName("the same staff file in a company of 300 is outside item 1 (fewer than 250 employees) and is presumed high-risk on two WP248 criteria")
  void item1AtLeast250Employees() {
    ProcessingOperation op = ExemptListCases.smallEmployerStaffFile()
        .controller(Controller.builder().name("Company of 300 (illustrative)").kind(StandardControllerKind.COMPANY).staff(300).build())
        .build();

    assertThat(FRANCE.decide(op, ExemptListCases.DECIDED))
        .isRequired().underRegime("gdpr").notOnGround(ground(1))
        .onGround("gdpr.35-1.two-criteria").onGround(GroundKind.CRITERIA_PRESUMPTION).citing("RGPD art. 35(1)")
        .advising("wp248.document-rebuttal");
  }

  @Test
  @DisplayName("the same staff file with profiling is outside item 1 (« à l'exception du recours au profilage ») and falls under item 3 of the mandatory list")
  void item1WithProfiling() {
    ProcessingOperation op = ExemptListCases.smallEmployerStaffFile().profiling(true).build();

    assertThat(FRANCE.decide(op, ExemptListCases.DECIDED))
        .isRequired().underRegime("gdpr").notOnGround(ground(1))
        .onGround("fr.cnil.2018-327.item-3").onGround(GroundKind.MANDATORY_LIST).citing("CNIL délib. n° 2018-327, item 3");
  }

  @Test
  @DisplayName("a religious association's member file holds sensitive data and is outside item 5: its scale must then be found out")
  void item5WithSensitiveData() {
    ProcessingOperation op = ExemptListCases.sportsClubMembersFile()
        .name("Members and donors of a religious association")
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.CONTACT_DETAILS, DataCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS)
        .build();

    assertThat(FRANCE.decide(op, ExemptListCases.DECIDED))
        .isUndetermined().notOnGround(ground(5)).missing("criterion.large-scale");
  }

  @Test
  @DisplayName("the same access control by fingerprint reader is outside item 12 (no biometrics) and falls under item 11 of the mandatory list")
  void item12WithBiometrics() {
    ProcessingOperation op = ExemptListCases.badgeAccessAndWorkingTimeFile()
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.PROFESSIONAL_LIFE, DataCategory.BIOMETRIC)
        .technologies(StandardTechnology.BIOMETRIC_RECOGNITION)
        .build();

    assertThat(FRANCE.decide(op, ExemptListCases.DECIDED))
        .isRequired().underRegime("gdpr").notOnGround(ground(12))
        .onGround("fr.cnil.2018-327.item-11").onGround(GroundKind.MANDATORY_LIST).citing("CNIL délib. n° 2018-327, item 11");
  }

  @Test
  @DisplayName("the list applies from the day after its publication in the JORF, on 23 October 2019: item 6 dispenses the general practitioner from that day, not the day before")
  void listAppliesFromPublication() {
    ProcessingOperation op = ExemptListCases.generalPractitioner().operation();

    assertThat(FRANCE.decide(op, LocalDate.of(2019, 10, 23)))
        .isNotRequired().onGround(ground(6)).citing(citation(6));
    assertThat(FRANCE.decide(op, LocalDate.of(2019, 10, 22)))
        .notOnGround(ground(6));
  }
}
