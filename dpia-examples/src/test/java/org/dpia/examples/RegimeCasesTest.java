package org.dpia.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.assertj.DpiaAssertions.assertThat;

import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Regime;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.RegimeCases;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Sources: Directive (EU) 2016/680 art. 1(1), 3(7) and 27 and LIL art. 87 and 90 (police-justice);
 * GDPR art. 2(2)(a) and LIL Title IV (State security); GDPR art. 2(1), 2(2)(c) and 4(1) (scope);
 * the CNIL's letters on municipal video systems (« RGPD et/ou directive police-justice ») for mixed
 * purposes.
 */
@DisplayName("Regimes and scope")
class RegimeCasesTest {

  static final Rulebook FRANCE = FrenchRulebook.create();

  static Decision decide(Case c) {
    return FRANCE.decide(c.operation(), c.date());
  }

  static Truth governs(Decision d, String regimeId) {
    return d.regimes().entrySet().stream().filter(e -> e.getKey().id().equals(regimeId)).map(java.util.Map.Entry::getValue)
        .findFirst().orElseThrow();
  }

  @Test
  @DisplayName("the police recording suspects' genetic profiles must carry out a DPIA under LIL art. 90, which names sensitive data (art. 6 I)")
  void policeJusticeSensitiveData() {
    Decision d = decide(RegimeCases.policeGeneticProfiles());

    assertThat(d).isRequired().underRegime("police-justice")
        .onGround("fr.lil.90.sensitive-data").onGround(GroundKind.HIGH_RISK_CASE).citing("LIL art. 90").citing("LIL art. 6(I)")
        .advising("fr.lil.90.consultation");
    assertThat(governs(d, "gdpr")).isEqualTo(Truth.FALSE);
  }

  @Test
  @DisplayName("the same police file without sensitive data and with no WP248 criterion needs no DPIA under art. 90")
  void policeJusticeWithoutSensitiveData() {
    ProcessingOperation op = ProcessingOperation.builder().from(RegimeCases.policeGeneticProfiles().operation())
        .dataCategories(DataCategory.IDENTIFICATION)
        .assertCriterion(org.dpia.core.criteria.RiskCriterion.LARGE_SCALE, false)
        .build();

    assertThat(FRANCE.decide(op, RegimeCases.DECIDED))
        .isNotRequired().underRegime("police-justice").notOnGround("fr.lil.90.sensitive-data")
        .onGround("fr.police-justice.below-threshold").onGround(GroundKind.BELOW_THRESHOLD).citing("LIL art. 90");
  }

  @Test
  @DisplayName("an intelligence service's file for State security falls under LIL Title IV, which imposes no DPIA (GDPR art. 2(2)(a))")
  void stateSecurity() {
    Decision d = decide(RegimeCases.intelligenceServiceFile());

    assertThat(d).isNotRequired().underRegime("state-security")
        .onGround("fr.lil.title-iv.no-dpia").onGround(GroundKind.NO_DUTY).citing("RGPD art. 2(2)(a)");
    assertThat(governs(d, "gdpr")).isEqualTo(Truth.FALSE);
    assertThat(governs(d, "police-justice")).isEqualTo(Truth.FALSE);
  }

  @Test
  @DisplayName("a private individual's address book and family photographs are a household activity, outside the GDPR (art. 2(2)(c))")
  void householdActivity() {
    assertThat(decide(RegimeCases.familyAddressBook()))
        .isNotRequired().underRegime("gdpr")
        .onGround("gdpr.2-2-c.household").onGround(GroundKind.OUT_OF_SCOPE).citing("RGPD art. 2(2)(c)");
  }

  @Test
  @DisplayName("bicycle counts that record no personal data are outside data protection law (GDPR art. 2(1), 4(1))")
  void noPersonalData() {
    assertThat(decide(RegimeCases.anonymousBicycleCounts()))
        .isNotRequired()
        .onGround("gdpr.2-1.no-personal-data").onGround(GroundKind.OUT_OF_SCOPE).citing("RGPD art. 2(1)");
  }

  @Test
  @DisplayName("a town's CCTV for crime prevention and traffic management requires a DPIA under both regimes: LIL art. 90 and GDPR art. 35(3)(c)")
  void mixedPurposes() {
    Decision d = decide(RegimeCases.municipalCctvMixedPurposes());

    assertThat(d).isRequired().underRegime("police-justice").underRegime("gdpr")
        .onGround("fr.lil.90.two-criteria").onGround(GroundKind.CRITERIA_PRESUMPTION).citing("LIL art. 90")
        .onGround("gdpr.35-3-c").onGround(GroundKind.STATUTORY_CASE).citing("RGPD art. 35(3)(c)")
        .advising("fr.lil.90.consultation").advising("gdpr.36.prior-consultation");
    assertThat(d.decisiveGrounds()).filteredOn(g -> g.ruleId().equals("gdpr.35-3-c"))
        .allSatisfy(g -> assertThat(g.regime()).map(Regime::id).contains("gdpr"));
    assertThat(d.decisiveGrounds()).filteredOn(g -> g.ruleId().equals("fr.lil.90.two-criteria"))
        .allSatisfy(g -> assertThat(g.regime()).map(Regime::id).contains("police-justice"));
  }

  @Test
  @DisplayName("a town hall filming the whole town to prevent crime must carry out a DPIA whether or not it acts as a competent authority")
  void regimeUnknownButRequiredEitherWay() {
    Decision d = decide(RegimeCases.townHallCctvRegimeUnknown());

    assertThat(d).isRequired()
        .onGround("fr.lil.90.two-criteria").citing("LIL art. 90")
        .onGround("gdpr.35-3-c").onGround(GroundKind.STATUTORY_CASE).citing("RGPD art. 35(3)(c)");
    assertThat(governs(d, "police-justice")).isEqualTo(Truth.UNKNOWN);
    assertThat(governs(d, "gdpr")).isEqualTo(Truth.UNKNOWN);
    assertThat(d.regime()).isEmpty();
    assertThat(d.missingFacts()).isEmpty();
    assertThat(d.decisiveGrounds()).extracting(Ground::kind).doesNotContain(GroundKind.BELOW_THRESHOLD);
  }
}
