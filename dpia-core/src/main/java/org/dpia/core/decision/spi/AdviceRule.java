package org.dpia.core.decision.spi;

import java.util.Objects;
import java.util.function.Predicate;
import org.dpia.core.decision.Advice;

/**
 * A piece of advice and when a decision gives it: "consult the supervisory authority" when a DPIA is
 * required under the GDPR, "document why" when the decision rests on a rebuttable presumption.
 * Declared by a rulebook to its {@link Jurisdiction}, in the order the advice is to be read.
 *
 * @param advice the advice, with its texts and citations
 * @param when whether a decision gives it
 */
public record AdviceRule(Advice advice, Predicate<Evaluation> when) {

  /** Checks that both parts are given. */
  public AdviceRule {
    Objects.requireNonNull(advice, "advice");
    Objects.requireNonNull(when, "when");
  }

  /** The advice, given when the condition holds of the decision. */
  public static AdviceRule of(Advice advice, Predicate<Evaluation> when) {
    return new AdviceRule(advice, when);
  }
}
