package org.dpia.core.decision.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Outcome;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Truth;
import org.dpia.core.text.Text;

/**
 * Finds which unknown facts matter to an undetermined outcome, and how much, by deciding again with
 * each fact assumed true and then false. A fact whose answer settles the outcome either way ranks
 * first; one that settles it one way next; one that changes nothing alone is kept last, and only if
 * a filling-in of the other unknown facts is found under which its answer changes the outcome (its
 * {@link MissingFact#witness() witness}). A fact whose answer can change nothing is not listed. This
 * costs extra decisions, and only for undetermined outcomes.
 */
public final class MissingFacts {
  private MissingFacts() {}

  /**
   * Ranks the unknown facts.
   *
   * @param context the context of the undetermined decision
   * @param unknownFacts the ids of the facts read as unknown, with their descriptions, in the order met
   * @param procedure the decision procedure, returning the outcome in a context, or empty when the
   *     context's assumptions are impossible together (such a filling-in is skipped); it must depend
   *     only on the context's input, date and assumptions, as it is called once per set of assumptions
   */
  public static <T> List<MissingFact> rank(
      Context<T> context, Map<String, Text> unknownFacts, Function<Context<T>, Optional<Outcome>> procedure) {
    // the searches below meet the same assumptions again (A then B is B then A): each is decided once
    Map<Map<String, Truth>, Optional<Outcome>> decided = new HashMap<>();
    Function<Context<T>, Optional<Outcome>> decide = c -> decided.computeIfAbsent(c.assumptions(), a -> procedure.apply(c));
    List<MissingFact> facts = new ArrayList<>();
    for (Map.Entry<String, Text> fact : unknownFacts.entrySet()) {
      Outcome ifTrue = decide.apply(context.assuming(fact.getKey(), Truth.TRUE)).orElse(Outcome.UNDETERMINED);
      Outcome ifFalse = decide.apply(context.assuming(fact.getKey(), Truth.FALSE)).orElse(Outcome.UNDETERMINED);
      MissingFact.Builder m = MissingFact.builder()
          .factId(fact.getKey())
          .description(fact.getValue())
          .ifTrue(ifTrue)
          .ifFalse(ifFalse);
      if (ifTrue != Outcome.UNDETERMINED || ifFalse != Outcome.UNDETERMINED) {
        facts.add(m.build());
      } else {
        witness(context, fact.getKey(), unknownFacts.keySet(), decide).ifPresent(w -> facts.add(m.witness(w).build()));
      }
    }
    facts.sort(Comparator.comparingInt(MissingFact::decisiveness).reversed());
    return facts;
  }

  /**
   * Ranks facts already known to be missing (found exactly, see {@link Worlds}), with what each
   * answer alone gives. A fact that settles nothing alone keeps a witness: the answers on one path
   * of the diagram if they are enough for the decision procedure to see the change, else a whole
   * world, in which it always sees it. A fact missing only because one of its answers rules an
   * outcome out keeps, as witness, a world less what that answer implies ({@code implied} gives
   * the answers an answer implies) when the procedure sees the change there, and none otherwise.
   */
  static <T> List<MissingFact> rankExact(Context<T> context, Map<String, Text> unknownFacts,
      Map<String, Worlds.Witness> missing, Function<Map<String, Truth>, Map<String, Truth>> implied,
      Function<Context<T>, Optional<Outcome>> procedure) {
    Map<Map<String, Truth>, Optional<Outcome>> decided = new HashMap<>();
    Function<Context<T>, Optional<Outcome>> decide = c -> decided.computeIfAbsent(c.assumptions(), a -> procedure.apply(c));
    List<MissingFact> facts = new ArrayList<>(missing.size());
    missing.forEach((id, witness) -> {
      Outcome ifTrue = decide.apply(context.assuming(id, Truth.TRUE)).orElse(Outcome.UNDETERMINED);
      Outcome ifFalse = decide.apply(context.assuming(id, Truth.FALSE)).orElse(Outcome.UNDETERMINED);
      MissingFact.Builder m = MissingFact.builder().factId(id).description(unknownFacts.get(id)).ifTrue(ifTrue).ifFalse(ifFalse);
      if (ifTrue == Outcome.UNDETERMINED && ifFalse == Outcome.UNDETERMINED) {
        if (!witness.narrowsOnly()) {
          m.witness(changes(context, id, witness.path(), decide) ? witness.path() : witness.world());
        } else {
          // the world, less what the answer implies: given the answer it comes back, without it it stays open
          Map<String, Truth> given = new LinkedHashMap<>(witness.world());
          implied.apply(Map.of(id, witness.answer())).keySet().forEach(given::remove);
          if (changes(context, id, given, decide)) {
            m.witness(given);
          }
        }
      }
      facts.add(m.build());
    });
    facts.sort(Comparator.comparingInt(MissingFact::decisiveness).reversed());
    return facts;
  }

  private static <T> boolean changes(Context<T> context, String fact, Map<String, Truth> given,
      Function<Context<T>, Optional<Outcome>> decide) {
    Context<T> c = context.assumingAll(given);
    Optional<Outcome> yes = decide.apply(c.assuming(fact, Truth.TRUE));
    Optional<Outcome> no = decide.apply(c.assuming(fact, Truth.FALSE));
    return yes.isPresent() && no.isPresent() && yes.get() != no.get();
  }

  /**
   * Searches a filling-in of the other unknown facts under which this fact's answer changes the
   * outcome. Greedy: takes the other facts one by one, in the order the rules met them, and gives
   * each the value under which this fact's answer still might matter (the outcome is not settled
   * the same way for both answers), stopping as soon as the two answers give different outcomes.
   * A fact found this way can provably change the outcome, and the filling-in is its witness; one
   * not found is not listed. Knowing more never unsettles a settled outcome (Kleene logic is
   * monotone), so a value under which both answers give the same settled outcome is a dead end.
   */
  private static <T> Optional<Map<String, Truth>> witness(
      Context<T> context, String fact, Set<String> unknown, Function<Context<T>, Optional<Outcome>> decide) {
    Map<String, Truth> completion = new LinkedHashMap<>();
    for (String other : unknown) {
      if (other.equals(fact)) {
        continue;
      }
      Truth alive = null;
      for (Truth value : new Truth[] {Truth.TRUE, Truth.FALSE}) {
        completion.put(other, value);
        Context<T> given = context.assumingAll(completion);
        Optional<Outcome> yes = decide.apply(given.assuming(fact, Truth.TRUE));
        Optional<Outcome> no = decide.apply(given.assuming(fact, Truth.FALSE));
        if (yes.isPresent() && no.isPresent() && yes.get() != no.get()) {
          return Optional.of(Map.copyOf(completion));
        }
        if (alive == null && yes.isPresent() && no.isPresent() && yes.get() == Outcome.UNDETERMINED) {
          alive = value;
        }
      }
      if (alive == null) {
        return Optional.empty();
      }
      completion.put(other, alive);
    }
    return Optional.empty();
  }
}
