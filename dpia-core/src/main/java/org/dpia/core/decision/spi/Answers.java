package org.dpia.core.decision.spi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dpia.core.logic.Truth;

/** Closes answers under a jurisdiction's implications, or finds that they contradict each other. */
final class Answers {
  private Answers() {}

  /** What closing a set of answers came to. */
  sealed interface Closure permits Closed, Contradiction {}

  /** The answers with everything they imply. */
  record Closed(Map<String, Truth> answers) implements Closure {}

  /** The answers contradict each other, for the reason given. */
  record Contradiction(String reason) implements Closure {}

  /** The answers with everything they imply added, or why they contradict each other. */
  static Closure close(List<Implication> implications, Map<String, Truth> answers) {
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
        Truth stated = closed.get(premise) == Truth.TRUE ? closed.get(consequence) : null;
        if (closed.get(premise) == Truth.TRUE) {
          if (stated == Truth.FALSE) {
            return contradiction(premise, Truth.TRUE, consequence, Truth.TRUE, answers);
          }
          changed |= closed.put(consequence, Truth.TRUE) == null;
        }
        if (closed.get(consequence) == Truth.FALSE) {
          Truth premiseStated = closed.get(premise);
          if (premiseStated == Truth.TRUE) {
            return contradiction(consequence, Truth.FALSE, premise, Truth.FALSE, answers);
          }
          changed |= closed.put(premise, Truth.FALSE) == null;
        }
      }
    }
    return new Closed(Map.copyOf(closed));
  }

  private static Contradiction contradiction(String if_, Truth is, String then, Truth value, Map<String, Truth> given) {
    return new Contradiction("contradictory answers: '" + if_ + "' is " + is + ", which makes '" + then + "' " + value
        + ", but it was answered " + value.not() + " (given: " + given + ")");
  }
}
