package org.dpia.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpia.core.Fixtures;
import org.dpia.core.law.Citation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Regime and Advice: small values of a decision")
class RegimeAndAdviceTest {

  @Test
  @DisplayName("regimes are compared by id; advice by its id, text and citations")
  void regimesAndAdvice() {
    Citation art36 = Fixtures.article("36");
    assertThat(Regime.of("xx.gdpr", "Toy GDPR")).isEqualTo(Regime.of("xx.gdpr", "another name"))
        .hasSameHashCodeAs(Regime.of("xx.gdpr", "x")).isNotEqualTo(Regime.of("xx.police", "Toy GDPR"))
        .hasToString("Toy GDPR");
    Advice consult = Advice.of("xx.36.prior-consultation", "Consult the authority before processing", art36);
    assertThat(consult).isEqualTo(Advice.of("xx.36.prior-consultation", "Consult the authority before processing", art36))
        .isNotEqualTo(Advice.of("xx.36.prior-consultation", "Consult the authority before processing"))
        .hasToString("Consult the authority before processing [TDPA art. 36]");
    assertThat(consult.citations()).containsExactly(art36);
  }
}
