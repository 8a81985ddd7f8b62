package org.dpia.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.assertj.DpiaAssertions.assertThat;

import java.util.Map;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.logic.Truth;
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.UndeterminedCases;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Sources: CNIL délibération n° 2018-327, item 10 (profiling with data from external sources) and
 * the WP248 rev.01 two-criteria rule. A decision that the facts do not settle says so, names the
 * grounds that might decide and the facts that would settle it; answering them settles it.
 */
@DisplayName("Undetermined cases")
class UndeterminedCasesTest {

  static final Rulebook FRANCE = FrenchRulebook.create();

  final Case loyalty = UndeterminedCases.loyaltyProgramme();

  Decision decide(Map<String, Truth> answers) {
    return FRANCE.decide(loyalty.operation(), loyalty.date(), answers);
  }

  @Test
  @DisplayName("a loyalty programme's profiling with unknown data sources and scale is undetermined: item 10 or the two-criteria rule might apply")
  void undetermined() {
    Decision d = decide(Map.of());

    assertThat(d).isUndetermined().underRegime("gdpr").missing("external-sources").missing("criterion.large-scale")
        .withCriteriaMet(RiskCriterion.EVALUATION_OR_SCORING);
    assertThat(d.decisiveGrounds()).isEmpty();
    assertThat(d.grounds()).filteredOn(g -> g.ruleId().equals("fr.cnil.2018-327.item-10")).singleElement()
        .satisfies(g -> {
          assertThat(g.truth()).isEqualTo(Truth.UNKNOWN);
          assertThat(g.kind()).isEqualTo(GroundKind.MANDATORY_LIST);
          assertThat(g.citations()).extracting(Object::toString).contains("CNIL deliberation no. 2018-327, item 10");
        });
    assertThat(d.grounds()).extracting(Ground::ruleId).contains("gdpr.35-1.two-criteria", "gdpr.35-1.below-threshold");
  }

  @Test
  @DisplayName("once the profiles are known to use data from outside the chain, item 10 of the CNIL list requires a DPIA, whatever the scale")
  void externalSourcesSettleIt() {
    assertThat(decide(Map.of("external-sources", Truth.TRUE)))
        .isRequired().onGround("fr.cnil.2018-327.item-10").onGround(GroundKind.MANDATORY_LIST).citing("CNIL deliberation no. 2018-327, item 10");
  }

  @Test
  @DisplayName("with only the chain's own data, on a large scale, two WP248 criteria are met and a DPIA is presumed required")
  void largeScaleSettlesIt() {
    assertThat(decide(Map.of("external-sources", Truth.FALSE, "criterion.large-scale", Truth.TRUE)))
        .isRequired().onGround("gdpr.35-1.two-criteria").onGround(GroundKind.CRITERIA_PRESUMPTION).citing("GDPR art. 35(1)");
  }

  @Test
  @DisplayName("with only the chain's own data, not on a large scale, evaluation alone is below the threshold")
  void neitherHolds() {
    assertThat(decide(Map.of("external-sources", Truth.FALSE, "criterion.large-scale", Truth.FALSE)))
        .isNotRequired().onGround("gdpr.35-1.below-threshold").onGround(GroundKind.BELOW_THRESHOLD).citing("GDPR art. 35(1)")
        .advising("wp248.one-criterion");
  }
}
