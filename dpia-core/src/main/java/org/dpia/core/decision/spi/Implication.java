package org.dpia.core.decision.spi;

import java.util.Objects;
import org.dpia.core.logic.Fact;
import org.dpia.core.model.ProcessingOperation;

/**
 * That one fact implies another, so that answers given by fact id stay consistent: health data is
 * a special category of data, so answering "health data: yes" makes "special categories: yes", and
 * "special categories: no" makes "health data: no". Declared by a rulebook to its
 * {@link Jurisdiction}; contradictory answers are refused.
 *
 * @param premise the fact that implies
 * @param consequence the fact implied
 */
public record Implication(Fact<ProcessingOperation> premise, Fact<ProcessingOperation> consequence) {

  /** Checks that both facts are given. */
  public Implication {
    Objects.requireNonNull(premise, "premise");
    Objects.requireNonNull(consequence, "consequence");
  }

  /** That the premise implies the consequence. */
  public static Implication of(Fact<ProcessingOperation> premise, Fact<ProcessingOperation> consequence) {
    return new Implication(premise, consequence);
  }
}
