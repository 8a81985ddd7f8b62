package org.dpia.core.decision.spi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;

/** Closes answers under a jurisdiction's implications, or finds that they contradict each other. */
final class Answers {
  private Answers() {}

  /** What closing a set of answers came to. */
  sealed interface Closure permits Closed, Contradiction {}

  /** The answers with everything they imply. */
  record Closed(Map<String, Truth> answers) implements Closure {}

  /** The answers contradict each other, for the reason given. */
  record Contradiction(String reason) implements Closure {}

  /**
   * The answers with everything they imply added, or why they contradict each other or what the
   * description states ({@code stated} reads a fact from the description alone, unknown where it
   * says nothing). Only answers imply: what they imply spreads through the facts left unknown and
   * stops at what the description states, which it must not contradict.
   */
  static Closure close(List<Implication> implications, Map<String, Truth> answers,
      Function<Fact<ProcessingOperation>, Truth> stated) {
    if (answers.isEmpty()) {
      return new Closed(Map.of());
    }
    Map<String, Truth> closed = new HashMap<>(answers);
    closed.values().removeIf(t -> t == Truth.UNKNOWN);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Implication i : implications) {
        String premise = i.premise().id();
        String consequence = i.consequence().id();
        if (closed.get(premise) == Truth.TRUE) {
          Truth given = given(closed, i.consequence(), stated);
          if (given == Truth.FALSE) {
            return contradiction(premise, Truth.TRUE, consequence, Truth.TRUE, answers);
          }
          if (given == Truth.UNKNOWN) {
            closed.put(consequence, Truth.TRUE);
            changed = true;
          }
        }
        if (closed.get(consequence) == Truth.FALSE) {
          Truth given = given(closed, i.premise(), stated);
          if (given == Truth.TRUE) {
            return contradiction(consequence, Truth.FALSE, premise, Truth.FALSE, answers);
          }
          if (given == Truth.UNKNOWN) {
            closed.put(premise, Truth.FALSE);
            changed = true;
          }
        }
      }
    }
    return new Closed(Map.copyOf(closed));
  }

  private static Truth given(Map<String, Truth> closed, Fact<ProcessingOperation> fact,
      Function<Fact<ProcessingOperation>, Truth> stated) {
    Truth answered = closed.get(fact.id());
    return answered != null ? answered : stated.apply(fact);
  }

  private static Contradiction contradiction(String if_, Truth is, String then, Truth value, Map<String, Truth> given) {
    return new Contradiction("contradictory answers: '" + if_ + "' is " + is + ", which makes '" + then + "' " + value
        + ", but it was answered or described as " + value.not() + " (given: " + given + ")");
  }
}
