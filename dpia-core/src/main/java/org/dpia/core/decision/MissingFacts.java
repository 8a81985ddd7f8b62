package org.dpia.core.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Truth;

/**
 * Finds which unknown facts matter to an undetermined outcome, and how much, by deciding again with
 * each fact assumed true and then false. A fact whose answer settles the outcome either way ranks
 * first; one that settles it one way next; one that changes nothing alone is kept last, and only if
 * it changes the outcome together with one other unknown fact (one answered either way). A fact
 * whose answer can change nothing is not listed.
 */
public final class MissingFacts {
  private MissingFacts() {}

  /**
   * Ranks the unknown facts.
   *
   * @param context the context of the undetermined decision
   * @param unknownFacts the ids of the facts read as unknown, with their descriptions, in the order met
   * @param decide the decision procedure, returning the outcome in a context
   */
  public static <T> List<MissingFact> rank(
      Context<T> context, Map<String, String> unknownFacts, Function<Context<T>, Outcome> decide) {
    List<MissingFact> facts = new ArrayList<>();
    for (Map.Entry<String, String> fact : unknownFacts.entrySet()) {
      Outcome ifTrue = decide.apply(context.assuming(fact.getKey(), Truth.TRUE));
      Outcome ifFalse = decide.apply(context.assuming(fact.getKey(), Truth.FALSE));
      MissingFact m = MissingFact.builder()
          .factId(fact.getKey())
          .description(fact.getValue())
          .ifTrue(ifTrue)
          .ifFalse(ifFalse)
          .build();
      if (m.decisiveness() > 0 || mattersWithAnother(context, fact.getKey(), unknownFacts.keySet(), decide)) {
        facts.add(m);
      }
    }
    facts.sort(Comparator.comparingInt(MissingFact::decisiveness).reversed());
    return facts;
  }

  private static <T> boolean mattersWithAnother(
      Context<T> context, String fact, java.util.Set<String> others, Function<Context<T>, Outcome> decide) {
    for (String other : others) {
      if (other.equals(fact)) {
        continue;
      }
      for (Truth value : new Truth[] {Truth.TRUE, Truth.FALSE}) {
        Context<T> given = context.assuming(other, value);
        if (decide.apply(given.assuming(fact, Truth.TRUE)) != decide.apply(given.assuming(fact, Truth.FALSE))) {
          return true;
        }
      }
    }
    return false;
  }
}
