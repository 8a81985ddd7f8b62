package org.dpia.core.criteria;

import org.dpia.core.text.Text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RiskCriterion and CriterionFinding: the nine WP248 criteria")
class CriterionFindingTest {

  @Test
  @DisplayName("the nine criteria are numbered 1 to 9 in WP248's order")
  void numbering() {
    assertThat(Arrays.stream(RiskCriterion.values()).mapToInt(RiskCriterion::number)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(RiskCriterion.LARGE_SCALE.number()).isEqualTo(5);
    assertThat(RiskCriterion.LARGE_SCALE.label()).isEqualTo("data processed on a large scale");
  }

  @Test
  @DisplayName("a finding is met as its trace says, and says whether the caller asserted it")
  void finding() {
    Trace derivedTrace = Trace.constant("230 000 residents filmed", Truth.TRUE);
    CriterionFinding derived = CriterionFinding.derived(RiskCriterion.LARGE_SCALE, derivedTrace);
    CriterionFinding asserted = CriterionFinding.asserted(RiskCriterion.LARGE_SCALE,
        Trace.asserted("criterion.5", Text.of("large scale"), Truth.FALSE));

    assertThat(derived.met()).isEqualTo(Truth.TRUE);
    assertThat(derived.isAsserted()).isFalse();
    assertThat(derived.trace()).isSameAs(derivedTrace);
    assertThat(derived).hasToString("5. data processed on a large scale: TRUE");
    assertThat(asserted.met()).isEqualTo(Truth.FALSE);
    assertThat(asserted.isAsserted()).isTrue();
    assertThat(asserted).hasToString("5. data processed on a large scale: FALSE (asserted)");
    assertThat(derived).isEqualTo(CriterionFinding.derived(RiskCriterion.LARGE_SCALE, derivedTrace))
        .hasSameHashCodeAs(CriterionFinding.derived(RiskCriterion.LARGE_SCALE, derivedTrace))
        .isNotEqualTo(CriterionFinding.asserted(RiskCriterion.LARGE_SCALE, derivedTrace));
  }
}
