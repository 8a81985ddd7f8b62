package org.dpia.assertj;

import org.dpia.core.decision.Decision;

/** Assertions on a {@link Decision}; obtain with {@link DpiaAssertions#assertThat(Decision)}. */
public class DecisionAssert extends AbstractDecisionAssert<DecisionAssert> {

  /** Assertions on the decision. */
  public DecisionAssert(Decision actual) {
    super(actual, DecisionAssert.class);
  }
}
