package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;
import static org.dpia.rules.fr.Fixtures.TODAY;

import org.dpia.rules.fr.lil.TitleIII;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FixturesTest {

  @Test
  @DisplayName("the GDPR baseline is below the criteria threshold, under the GDPR")
  void gdprBaselineIsBelowThreshold() {
    Decision d = FRANCE.decide(Fixtures.gdpr().build(), TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(d.regime()).contains(Gdpr.REGIME);
    assertThat(d.decisiveGrounds()).extracting(g -> g.kind()).containsExactly(GroundKind.BELOW_THRESHOLD);
    assertThat(d.criteriaMet()).isEmpty();
  }

  @Test
  @DisplayName("the police baseline is below the criteria threshold, under the police-justice regime")
  void policeBaselineIsBelowThreshold() {
    Decision d = FRANCE.decide(Fixtures.police().build(), TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
    assertThat(d.regime()).contains(TitleIII.REGIME);
    assertThat(d.decisiveGrounds()).extracting(g -> g.kind()).containsExactly(GroundKind.BELOW_THRESHOLD);
  }
}
