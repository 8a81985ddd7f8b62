package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;

import org.dpia.rules.fr.lil.TitleIII;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPurpose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * When it is unknown which regime governs, the regimes still exclude each other: a criminal-law
 * purpose falls under police-justice if the controller is a competent authority and under the
 * GDPR otherwise. If every regime that may govern gives the same answer, the answer is definite.
 */
class RegimeCaseSplitTest {

  /** A public body (competent authority or not: unknown) processing health data on a large scale for crime prevention. */
  static org.dpia.core.model.ProcessingOperation.Builder localAuthorityHealthData() {
    return Fixtures.gdpr()
        .controller(Controller.of("Établissement public", StandardControllerKind.PUBLIC_BODY))
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
        .assertCriterion(RiskCriterion.LARGE_SCALE, true);
  }

  @Test
  @DisplayName("required under both regimes that may govern: REQUIRED, though the regime is unknown")
  void requiredWhicheverRegime() {
    Decision d = FRANCE.decide(localAuthorityHealthData().build(), TODAY);

    assertThat(d.regimes()).containsEntry(TitleIII.REGIME, Truth.UNKNOWN).containsEntry(Gdpr.REGIME, Truth.UNKNOWN);
    assertThat(d.outcome()).isEqualTo(Outcome.REQUIRED);
    assertThat(d.decisiveGrounds()).extracting(g -> g.ruleId()).contains("gdpr.35-3-b", "fr.lil.90.sensitive-data");
    assertThat(d.missingFacts()).isEmpty();
  }

  @Test
  @DisplayName("required under one regime and not under the other: UNDETERMINED, asking whether the controller is a competent authority")
  void differsByRegime() {
    // CNIL mandatory list item 10 (profiling with external data) binds under the GDPR only;
    // under police-justice one criterion (evaluation) is below the threshold
    Decision d = FRANCE.decide(localAuthorityHealthData()
        .dataCategories(DataCategory.IDENTIFICATION)
        .assertCriterion(RiskCriterion.LARGE_SCALE, false)
        .profiling(true)
        .externalSources(true)
        .build(), TODAY);

    assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(d.missingFacts()).extracting(m -> m.factId()).contains("controller.competent-authority");
  }
}
