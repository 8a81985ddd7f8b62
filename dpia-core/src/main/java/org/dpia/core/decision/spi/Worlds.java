package org.dpia.core.decision.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpia.core.decision.Effect;
import org.dpia.core.decision.Regime;
import org.dpia.core.logic.Condition;
import org.dpia.core.logic.Conditions;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;

/**
 * Every way the unknown facts of a decision could turn out, compiled into binary decision diagrams,
 * to find exactly the facts on which the outcome still depends.
 *
 * <p>A <em>world</em> answers every unknown fact the rules read, true or false; a conclusion that
 * may be stated or derived (a WP248 criterion) is left to its derivation. A world is possible when
 * its answers respect the jurisdiction's implications (with what the description states) and are
 * not declared impossible together. In a world the outcome is what {@code decide} gives with those
 * answers: required, not required, or undetermined (where a judgement the law leaves open, or a
 * conflict of provisions, remains). Each condition is compiled to two diagrams, "true" and
 * "false" (both empty where it stays unknown), which follow Kleene's logic exactly in every world.
 *
 * <p>A fact is <em>missing</em> when (a) two possible worlds that differ only in its answer have
 * different outcomes, or (b) the outcomes possible with one answer are not those possible with the
 * other (an answer that implies others can rule an outcome out without changing any world alone).
 * A conclusion whose derivation is unsettled is missing when stating it, in worlds where it is
 * answered rather than derived, is missing in that sense.
 *
 * <p>How: the possible worlds and their outcomes become one reduced diagram with four values
 * (impossible, required, not required, open). A fact is missing by (a) exactly when some node of
 * it that is reached from the top has two branches that give different outcomes in a possible
 * world (a search over the pair of branches, shared between nodes); (b) is checked, for the facts
 * the diagram still tests, by the outcomes reachable with each answer. The diagrams are built
 * anew for each decision, as the facts the description states are constants in them.
 */
final class Worlds {

  private final Bdd bdd = new Bdd();
  private final Context<ProcessingOperation> context;
  private final Set<String> conclusions;
  private final Set<String> read;
  private final boolean conclusionsAnswered;
  private final Map<String, Integer> variables = new LinkedHashMap<>();
  private final List<String> names = new ArrayList<>();
  private final Map<Condition<ProcessingOperation>, int[]> memo = new IdentityHashMap<>();
  private final Folder folder = new Folder();

  private Worlds(Context<ProcessingOperation> context, Set<String> read, Set<String> conclusions, boolean conclusionsAnswered) {
    this.context = context;
    this.read = read;
    this.conclusions = conclusions;
    this.conclusionsAnswered = conclusionsAnswered;
  }

  /**
   * The missing facts among the candidates, each with a witness for rule (a) (answers for the other
   * facts under which its answer changes the outcome: the variables of one path, or an empty map
   * where only rule (b) holds), in the candidates' order.
   *
   * @param candidates the facts read as unknown, in the order met: listed first, in that order (the
   *     others the law reads follow, by id); a conclusion is considered only if it is one of them
   * @param read the ids of the facts the rules read
   * @param conclusions the ids of the facts that may be stated or derived
   */
  static Map<String, Witness> missing(Context<ProcessingOperation> context, List<String> candidates,
      Set<String> read, Set<String> conclusions, Map<Regime, Rule<ProcessingOperation>> regimes,
      Map<Regime, Precedence<ProcessingOperation>> precedences, Condition<ProcessingOperation> impossible,
      List<Implication> implications) {
    Map<String, Witness> found = new HashMap<>();
    boolean anyConclusion = false;
    for (String c : candidates) {
      anyConclusion |= conclusions.contains(c);
    }
    Set<String> asked = Set.copyOf(candidates);
    new Worlds(context, read, conclusions, false).search(asked, regimes, precedences, impossible, implications, found);
    if (anyConclusion) {
      new Worlds(context, read, conclusions, true).search(asked, regimes, precedences, impossible, implications, found);
    }
    Map<String, Witness> ordered = new LinkedHashMap<>();
    for (String c : candidates) {
      if (found.containsKey(c)) {
        ordered.put(c, found.remove(c));
      }
    }
    ordered.putAll(new java.util.TreeMap<>(found));
    return ordered;
  }

  private void search(Set<String> candidates, Map<Regime, Rule<ProcessingOperation>> regimes,
      Map<Regime, Precedence<ProcessingOperation>> precedences, Condition<ProcessingOperation> impossible,
      List<Implication> implications, Map<String, Witness> found) {
    int required = Bdd.FALSE;
    int dispensed = Bdd.TRUE;
    for (Map.Entry<Regime, Rule<ProcessingOperation>> r : regimes.entrySet()) {
      int[] applies = compile(r.getValue());
      if (applies[1] == Bdd.TRUE) {
        continue;
      }
      int[] outcome = outcome(precedences.get(r.getKey()));
      required = bdd.or(required, bdd.and(applies[0], outcome[0]));
      dispensed = bdd.and(dispensed, bdd.or(applies[1], outcome[1]));
    }
    // declared impossible by the answers: a description impossible in itself is not for this search to judge
    int impossibleWorlds = compile(impossible)[0];
    int possible = impossibleWorlds == Bdd.TRUE ? Bdd.TRUE : bdd.not(impossibleWorlds);
    for (Implication i : implied(implications)) {
      int premise = folder.fact(i.premise())[0];
      int consequence = folder.fact(i.consequence())[0];
      possible = bdd.and(possible, bdd.or(bdd.not(premise), consequence));
    }
    int world = bdd.outcomes(possible, required, dispensed);
    // every node reachable from the top, each with the node and branch it was first reached by
    int[] parent = new int[bdd.size()];
    java.util.Arrays.fill(parent, -1);
    parent[world] = world;
    List<Integer> queue = new ArrayList<>(List.of(world));
    for (int i = 0; i < queue.size(); i++) {
      int n = queue.get(i);
      if (bdd.isValue(n)) {
        continue;
      }
      for (int child : new int[] {bdd.low(n), bdd.high(n)}) {
        if (parent[child] < 0) {
          parent[child] = n;
          queue.add(child);
        }
      }
    }
    Map<Integer, Witness> byVariable = new HashMap<>();
    Map<Long, Boolean> differs = new HashMap<>();
    // rule (a): a node testing the fact whose two branches give different outcomes in some possible world
    for (int n : queue) {
      if (bdd.isValue(n)) {
        continue;
      }
      int v = bdd.variableOf(n);
      if (!byVariable.containsKey(v) && considered(names.get(v), candidates, found)
          && differ(bdd.low(n), bdd.high(n), differs)) {
        Map<Integer, Boolean> path = pathFromTop(n, world, parent);
        differingPath(bdd.low(n), bdd.high(n), differs, path);
        byVariable.put(v, witness(path, v, null));
      }
    }
    // rule (b), for the others the outcome still tests: the outcomes reachable with each answer differ
    for (int n : queue) {
      int v = bdd.isValue(n) ? -1 : bdd.variableOf(n);
      if (v < 0 || byVariable.containsKey(v) || !considered(names.get(v), candidates, found)) {
        continue;
      }
      int[] yes = new int[bdd.size()];
      int[] no = new int[bdd.size()];
      int ifYes = reach(world, v, true, yes);
      int ifNo = reach(world, v, false, no);
      if (ifYes != 0 && ifNo != 0 && ifYes != ifNo) {
        boolean answer = (ifYes & ~ifNo) != 0;
        int only = Integer.numberOfTrailingZeros(answer ? ifYes & ~ifNo : ifNo & ~ifYes) + Bdd.REQUIRED;
        Map<Integer, Boolean> path = new HashMap<>();
        pathTo(world, only, v, answer, answer ? yes : no, path);
        byVariable.put(v, witness(path, v, Truth.of(answer)));
      } else {
        byVariable.put(v, null);
      }
    }
    byVariable.forEach((v, w) -> {
      if (w != null) {
        found.put(names.get(v), w);
      }
    });
  }

  /** A fact no rule reads and the description does not state: never answered, so it is only passed through. */
  private boolean unanswerable(Fact<ProcessingOperation> fact) {
    return !read.contains(fact.id()) && !context.read(fact).isKnown();
  }

  /**
   * The implications that constrain answers, as answers are closed ({@link Answers}): between two
   * facts that are answered or stated, not both stated, directly or through facts never answered
   * (which an answer's implication passes through).
   */
  private List<Implication> implied(List<Implication> implications) {
    Map<String, List<Fact<ProcessingOperation>>> next = new HashMap<>();
    for (Implication i : implications) {
      next.computeIfAbsent(i.premise().id(), k -> new ArrayList<>()).add(i.consequence());
    }
    List<Implication> implied = new ArrayList<>();
    Set<String> starts = new java.util.HashSet<>();
    for (Implication i : implications) {
      Fact<ProcessingOperation> from = i.premise();
      if (unanswerable(from) || !starts.add(from.id())) {
        continue;
      }
      boolean stated = context.read(from).isKnown();
      List<Fact<ProcessingOperation>> stack = new ArrayList<>(next.get(from.id()));
      Set<String> seen = new java.util.HashSet<>();
      while (!stack.isEmpty()) {
        Fact<ProcessingOperation> to = stack.remove(stack.size() - 1);
        if (!seen.add(to.id())) {
          continue;
        }
        if (unanswerable(to)) {
          stack.addAll(next.getOrDefault(to.id(), List.of()));
        } else if (!(stated && context.read(to).isKnown())) {
          implied.add(Implication.of(from, to));
        }
      }
    }
    return implied;
  }

  /** The answers on the path by which a node was first reached from the top. */
  private Map<Integer, Boolean> pathFromTop(int n, int top, int[] parent) {
    Map<Integer, Boolean> path = new HashMap<>();
    while (n != top) {
      int p = parent[n];
      path.put(bdd.variableOf(p), bdd.high(p) == n);
      n = p;
    }
    return path;
  }

  /**
   * Whether the fact is to be judged in this search: not yet found, of this search's kind, and, for
   * a conclusion, one whose derivation was left unsettled (one of the candidates).
   */
  private boolean considered(String id, Set<String> candidates, Map<String, Witness> found) {
    boolean conclusion = conclusions.contains(id);
    return !found.containsKey(id) && conclusion == conclusionsAnswered
        && (!conclusion || candidates.contains(id));
  }

  /** Whether some possible world gives the two diagrams different outcomes. */
  private boolean differ(int a, int b, Map<Long, Boolean> memo) {
    if (a == b || a == Bdd.IMPOSSIBLE || b == Bdd.IMPOSSIBLE) {
      return false;
    }
    if (bdd.isValue(a) && bdd.isValue(b)) {
      return true;
    }
    long key = ((long) a << 32) | b;
    Boolean done = memo.get(key);
    if (done != null) {
      return done;
    }
    int v = Math.min(bdd.isValue(a) ? Integer.MAX_VALUE : bdd.variableOf(a), bdd.isValue(b) ? Integer.MAX_VALUE : bdd.variableOf(b));
    boolean result = differ(cofactor(a, v, false), cofactor(b, v, false), memo)
        || differ(cofactor(a, v, true), cofactor(b, v, true), memo);
    memo.put(key, result);
    return result;
  }

  /** The answers of one possible world in which the two diagrams differ, added to {@code path}. */
  private void differingPath(int a, int b, Map<Long, Boolean> memo, Map<Integer, Boolean> path) {
    while (!(bdd.isValue(a) && bdd.isValue(b))) {
      int v = Math.min(bdd.isValue(a) ? Integer.MAX_VALUE : bdd.variableOf(a), bdd.isValue(b) ? Integer.MAX_VALUE : bdd.variableOf(b));
      boolean value = !differ(cofactor(a, v, false), cofactor(b, v, false), memo);
      path.put(v, value);
      a = cofactor(a, v, value);
      b = cofactor(b, v, value);
    }
  }

  private int cofactor(int a, int v, boolean value) {
    return bdd.isValue(a) || bdd.variableOf(a) != v ? a : value ? bdd.high(a) : bdd.low(a);
  }

  /** The outcomes reachable from a node with the variable answered so, as bits (required, not required, open). */
  private int reach(int n, int v, boolean value, int[] memo) {
    if (bdd.isValue(n)) {
      return n == Bdd.IMPOSSIBLE ? 0 : 1 << (n - Bdd.REQUIRED);
    }
    if (memo[n] != 0) {
      return memo[n] - 1;
    }
    int bits = bdd.variableOf(n) == v ? reach(value ? bdd.high(n) : bdd.low(n), v, value, memo)
        : reach(bdd.low(n), v, value, memo) | reach(bdd.high(n), v, value, memo);
    memo[n] = bits + 1;
    return bits;
  }

  /** The answers on one path to the outcome, with the variable answered so. */
  private void pathTo(int n, int outcome, int v, boolean value, int[] memo, Map<Integer, Boolean> path) {
    int bit = 1 << (outcome - Bdd.REQUIRED);
    while (!bdd.isValue(n)) {
      int w = bdd.variableOf(n);
      boolean branch = w == v ? value : (reach(bdd.high(n), v, value, memo) & bit) != 0;
      path.put(w, branch);
      n = branch ? bdd.high(n) : bdd.low(n);
    }
  }

  private Witness witness(Map<Integer, Boolean> path, int v, Truth answer) {
    Map<String, Truth> onPath = new LinkedHashMap<>();
    Map<String, Truth> world = new LinkedHashMap<>();
    for (int variable = 0; variable < names.size(); variable++) {
      if (variable == v) {
        continue;
      }
      Boolean value = path.get(variable);
      if (value != null) {
        onPath.put(names.get(variable), Truth.of(value));
      }
      // off the path any value will do: every world through the path is a witness
      world.put(names.get(variable), Truth.of(value != null && value));
    }
    return answer == null ? new Witness(onPath, world, null) : new Witness(Map.of(), world, answer);
  }

  /**
   * Answers for the other facts under which a fact's answer changes the outcome: the few on one
   * path of the diagram, and a whole world extending them (in which Kleene's logic is exact). For
   * a fact missing by rule (b) alone, no path, but a world in which the fact's {@code answer} gives
   * an outcome the other answer never gives.
   */
  record Witness(Map<String, Truth> path, Map<String, Truth> world, Truth answer) {
    /** Whether the fact is missing by rule (b) alone: its answer changes no world by itself. */
    boolean narrowsOnly() {
      return answer != null;
    }
  }

  /** The ids of the conclusions that may be stated or derived, in these rules. */
  static Set<String> conclusions(List<Rule<ProcessingOperation>> rules) {
    Set<String> ids = new java.util.HashSet<>();
    Conditions.Folder<ProcessingOperation, Boolean> collect = new Conditions.Folder<>() {
      @Override
      public Boolean fact(Fact<ProcessingOperation> fact) {
        return true;
      }

      @Override
      public Boolean constant(Truth truth) {
        return true;
      }

      @Override
      public Boolean all(List<Boolean> parts) {
        return true;
      }

      @Override
      public Boolean any(List<Boolean> parts) {
        return true;
      }

      @Override
      public Boolean atLeast(int n, List<Boolean> parts) {
        return true;
      }

      @Override
      public Boolean not(Boolean part) {
        return true;
      }

      @Override
      public Boolean unless(Boolean main, Boolean exception) {
        return true;
      }

      @Override
      public Boolean statedOr(Fact<ProcessingOperation> conclusion, Boolean derived) {
        ids.add(conclusion.id());
        return true;
      }

      @Override
      public Boolean rule(Rule<ProcessingOperation> rule, Boolean condition) {
        return true;
      }
    };
    Map<Condition<ProcessingOperation>, Boolean> memo = new IdentityHashMap<>();
    rules.forEach(r -> Conditions.fold(r, collect, memo));
    return Set.copyOf(ids);
  }

  /**
   * A precedence's outcome in every world, as {required, not required}, ranks read as
   * {@link Precedence#outcome} reads them: the first rank in which a provision holds decides,
   * unless a provision of the opposite effect there or above might hold.
   */
  private int[] outcome(Precedence<ProcessingOperation> precedence) {
    int required = Bdd.FALSE;
    int dispensed = Bdd.FALSE;
    int undecided = Bdd.TRUE;
    int mayRequire = Bdd.FALSE;
    int mayDispense = Bdd.FALSE;
    for (Precedence.Rank<ProcessingOperation> rank : precedence.ranks()) {
      int requires = Bdd.FALSE;
      int dispenses = Bdd.FALSE;
      for (Provision<ProcessingOperation> p : rank.provisions()) {
        int[] t = compile(p.rule());
        int unknown = bdd.and(bdd.not(t[0]), bdd.not(t[1]));
        if (p.effect() == Effect.REQUIRES) {
          requires = bdd.or(requires, t[0]);
          mayRequire = bdd.or(mayRequire, unknown);
        } else {
          dispenses = bdd.or(dispenses, t[0]);
          mayDispense = bdd.or(mayDispense, unknown);
        }
      }
      required = bdd.or(required, bdd.and(undecided, bdd.and(requires, bdd.and(bdd.not(dispenses), bdd.not(mayDispense)))));
      dispensed = bdd.or(dispensed, bdd.and(undecided, bdd.and(dispenses, bdd.and(bdd.not(requires), bdd.not(mayRequire)))));
      undecided = bdd.and(undecided, bdd.not(bdd.or(requires, dispenses)));
    }
    if (precedence.fallback().effect() == Effect.REQUIRES) {
      required = bdd.or(required, bdd.and(undecided, bdd.not(mayDispense)));
    } else {
      dispensed = bdd.or(dispensed, bdd.and(undecided, bdd.not(mayRequire)));
    }
    return new int[] {required, dispensed};
  }

  private int[] compile(Condition<ProcessingOperation> condition) {
    return Conditions.fold(condition, folder, memo);
  }

  private int variable(String id) {
    Integer v = variables.get(id);
    if (v == null) {
      v = bdd.newVariable();
      variables.put(id, v);
      names.add(id);
    }
    return bdd.variable(v);
  }

  private static final int[] TRUE = {Bdd.TRUE, Bdd.FALSE};
  private static final int[] FALSE = {Bdd.FALSE, Bdd.TRUE};
  private static final int[] UNKNOWN = {Bdd.FALSE, Bdd.FALSE};

  private static int[] known(Truth t) {
    return t == Truth.TRUE ? TRUE : t == Truth.FALSE ? FALSE : UNKNOWN;
  }

  /** Conditions as {true in these worlds, false in these worlds}, in Kleene's logic. */
  private final class Folder implements Conditions.Folder<ProcessingOperation, int[]> {
    @Override
    public int[] fact(Fact<ProcessingOperation> fact) {
      Truth value = context.read(fact);
      if (value.isKnown()) {
        return known(value);
      }
      if ((conclusions.contains(fact.id()) && !conclusionsAnswered) || !read.contains(fact.id())) {
        // left to its derivation, or never answered: unknown in every world
        return UNKNOWN;
      }
      int v = variable(fact.id());
      return new int[] {v, bdd.not(v)};
    }

    @Override
    public int[] constant(Truth truth) {
      return known(truth);
    }

    @Override
    public int[] all(List<int[]> parts) {
      int t = Bdd.TRUE;
      int f = Bdd.FALSE;
      for (int[] p : parts) {
        t = bdd.and(t, p[0]);
        f = bdd.or(f, p[1]);
      }
      return new int[] {t, f};
    }

    @Override
    public int[] any(List<int[]> parts) {
      int t = Bdd.FALSE;
      int f = Bdd.TRUE;
      for (int[] p : parts) {
        t = bdd.or(t, p[0]);
        f = bdd.and(f, p[1]);
      }
      return new int[] {t, f};
    }

    @Override
    public int[] atLeast(int n, List<int[]> parts) {
      List<Integer> holds = new ArrayList<>(parts.size());
      List<Integer> mayHold = new ArrayList<>(parts.size());
      for (int[] p : parts) {
        holds.add(p[0]);
        mayHold.add(bdd.not(p[1]));
      }
      return new int[] {count(n, holds), bdd.not(count(n, mayHold))};
    }

    /** At least n of the functions hold: counted part by part, keeping each count reached. */
    private int count(int n, List<Integer> functions) {
      if (n == 0) {
        return Bdd.TRUE;
      }
      // reached[k]: at least k of the functions seen so far hold
      int[] reached = new int[n + 1];
      reached[0] = Bdd.TRUE;
      for (int f : functions) {
        for (int k = n; k >= 1; k--) {
          reached[k] = bdd.or(reached[k], bdd.and(reached[k - 1], f));
        }
      }
      return reached[n];
    }

    @Override
    public int[] not(int[] part) {
      return new int[] {part[1], part[0]};
    }

    @Override
    public int[] unless(int[] main, int[] exception) {
      return new int[] {bdd.and(main[0], exception[1]), bdd.or(main[1], exception[0])};
    }

    @Override
    public int[] statedOr(Fact<ProcessingOperation> conclusion, int[] derived) {
      Truth stated = context.read(conclusion);
      if (stated.isKnown()) {
        return known(stated);
      }
      if (!conclusionsAnswered) {
        return derived;
      }
      int v = variable(conclusion.id());
      return new int[] {v, bdd.not(v)};
    }

    @Override
    public int[] rule(Rule<ProcessingOperation> rule, int[] condition) {
      return rule.inForceOn(context.date()) ? condition : FALSE;
    }
  }
}
