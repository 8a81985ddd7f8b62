package org.dpia.core.decision.spi;

import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Regime;

/**
 * What an {@link AdviceRule} may ask of a decision being explained: its outcome, what each regime
 * came to, the kinds of ground it rests on and the criteria met.
 */
public interface Evaluation {

  /** The decision's outcome. */
  Outcome outcome();

  /**
   * Whether the regime governs the processing (or may, when no regime is known to) and its
   * precedence came to the outcome.
   */
  boolean governs(Regime regime, Outcome outcome);

  /** Whether a ground of this kind held and was relevant to the outcome. */
  boolean decidedOn(GroundKind kind);

  /** How many risk criteria are known to be met. */
  int criteriaMet();
}
