package org.dpia.core.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.core.Fixtures.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Regime;
import org.dpia.core.decision.spi.Implication;
import org.dpia.core.decision.spi.Jurisdiction;
import org.dpia.core.decision.spi.Precedence;
import org.dpia.core.decision.spi.Provision;
import org.dpia.core.logic.Condition;
import org.dpia.core.logic.Conditions;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.text.Text;

/**
 * The missing facts of an undetermined decision are exactly the facts on which its outcome still
 * depends, checked against brute force: random small laws (two regimes, ranked provisions of all,
 * any, at-least, not, unless, stated-or-derived conclusions, judgements, implications, facts that
 * split the regimes, combinations declared impossible) and random partial descriptions; every
 * world (every answer to every unknown fact) is decided with {@code decide}, and a fact is
 * expected missing when (a) two possible worlds differing only in its answer decide differently,
 * or (b) the outcomes possible with one answer differ from those possible with the other.
 */
public class ExactMissingFactsPropertiesTest {

  public static final LocalDate DAY = LocalDate.of(2024, 6, 1);
  public static final ProcessingOperation OP = ProcessingOperation.builder().name("op")
      .controller(Controller.of("ACME", StandardControllerKind.COMPANY)).build();
  static final int FACTS = 6;

  /** A random law over facts f0..f5 and one conclusion c, with what the description states of each. */
  public static final class RandomLaw {
    final Random random;
    final Map<String, Truth> stated = new HashMap<>();
    final List<Fact<ProcessingOperation>> facts = new ArrayList<>();
    final Fact<ProcessingOperation> conclusion;
    int rules;

    public RandomLaw(long seed) {
      random = new Random(seed);
      for (int i = 0; i < FACTS; i++) {
        String id = "f" + i;
        facts.add(Fact.of(id, Text.of("fact " + i), op -> stated.getOrDefault(id, Truth.UNKNOWN)));
        stated.put(id, pick(Truth.UNKNOWN, Truth.UNKNOWN, Truth.UNKNOWN, Truth.TRUE, Truth.FALSE));
      }
      conclusion = Fact.of("c", Text.of("the conclusion"), op -> stated.getOrDefault("c", Truth.UNKNOWN));
      stated.put("c", pick(Truth.UNKNOWN, Truth.UNKNOWN, Truth.UNKNOWN, Truth.TRUE, Truth.FALSE));
    }

    @SafeVarargs
    final <X> X pick(X... xs) {
      return xs[random.nextInt(xs.length)];
    }

    Condition<ProcessingOperation> condition(int depth) {
      int kind = depth == 0 ? random.nextInt(12) < 11 ? 0 : 1 : random.nextInt(9);
      switch (kind) {
        case 0:
          return facts.get(random.nextInt(FACTS)).holds();
        case 1:
          return random.nextBoolean() ? Conditions.judgement("left open") : Conditions.constant(pick(Truth.TRUE, Truth.FALSE), "constant");
        case 2:
          return Conditions.all(parts(depth));
        case 3:
          return Conditions.any(parts(depth));
        case 4: {
          List<Condition<ProcessingOperation>> parts = parts(depth);
          return Conditions.atLeast(random.nextInt(parts.size() + 1), parts);
        }
        case 5:
          return Conditions.not(condition(depth - 1));
        case 6:
          return Conditions.unless(condition(depth - 1), condition(depth - 1));
        case 7:
          return Conditions.statedOr(conclusion, condition(depth - 1));
        default:
          return facts.get(random.nextInt(FACTS)).holds();
      }
    }

    List<Condition<ProcessingOperation>> parts(int depth) {
      List<Condition<ProcessingOperation>> parts = new ArrayList<>();
      int n = 1 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        parts.add(condition(depth - 1));
      }
      return parts;
    }

    Rule<ProcessingOperation> rule() {
      return Rule.named("r" + rules++, "rule").citing(article("1")).when(condition(2));
    }

    Precedence<ProcessingOperation> precedence() {
      Precedence.Builder<ProcessingOperation> b = Precedence.builder();
      int ranks = 1 + random.nextInt(3);
      for (int r = 0; r < ranks; r++) {
        List<Provision<ProcessingOperation>> provisions = new ArrayList<>();
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
          provisions.add(random.nextBoolean() ? Provision.requires(GroundKind.MANDATORY_LIST, rule())
              : Provision.dispenses(GroundKind.EXEMPT_LIST, rule()));
        }
        b.rank("rank " + r, "random", provisions);
      }
      return b.otherwise(random.nextBoolean() ? Provision.requires(GroundKind.CRITERIA_PRESUMPTION, rule())
          : Provision.dispenses(GroundKind.NO_DUTY, rule()));
    }

    public Jurisdiction build() {
      Jurisdiction.Builder b = Jurisdiction.builder("random", "1", Text.of("Random law"));
      b.regime(Regime.of("one", Text.of("One"), article("1")), rule(), precedence());
      if (random.nextBoolean()) {
        b.regime(Regime.of("two", Text.of("Two"), article("2")), rule(), precedence());
      }
      if (random.nextInt(3) == 0) {
        b.splitOn(List.of(facts.get(0), facts.get(1)), Conditions.all(Conditions.not(facts.get(0).holds()), Conditions.not(facts.get(1).holds())));
      }
      List<Implication> implications = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        int p = random.nextInt(FACTS);
        int q = random.nextInt(FACTS);
        if (p != q) {
          implications.add(Implication.of(facts.get(p), facts.get(q)));
        }
      }
      return b.implications(implications).build();
    }
  }

  /** The outcome decided with these answers, or empty if they contradict the law or the description. */
  static Optional<Outcome> world(Jurisdiction law, Map<String, Truth> answers) {
    try {
      return Optional.of(law.decide(OP, DAY, answers).outcome());
    } catch (IllegalArgumentException impossible) {
      return Optional.empty();
    }
  }

  /** Every complete assignment of the facts, each decided. */
  static Map<Map<String, Truth>, Optional<Outcome>> worlds(Jurisdiction law, List<String> facts) {
    Map<Map<String, Truth>, Optional<Outcome>> worlds = new LinkedHashMap<>();
    for (int mask = 0; mask < (1 << facts.size()); mask++) {
      Map<String, Truth> answers = new LinkedHashMap<>();
      for (int i = 0; i < facts.size(); i++) {
        answers.put(facts.get(i), Truth.of((mask & (1 << i)) != 0));
      }
      worlds.put(answers, world(law, answers));
    }
    return worlds;
  }

  /** Whether the fact is missing among these worlds, by rule (a) or rule (b). */
  static boolean missing(String fact, Map<Map<String, Truth>, Optional<Outcome>> worlds) {
    Set<Outcome> ifYes = EnumSet.noneOf(Outcome.class);
    Set<Outcome> ifNo = EnumSet.noneOf(Outcome.class);
    for (Map.Entry<Map<String, Truth>, Optional<Outcome>> w : worlds.entrySet()) {
      if (w.getValue().isEmpty()) {
        continue;
      }
      (w.getKey().get(fact) == Truth.TRUE ? ifYes : ifNo).add(w.getValue().get());
      if (w.getKey().get(fact) == Truth.TRUE) {
        Map<String, Truth> flipped = new HashMap<>(w.getKey());
        flipped.put(fact, Truth.FALSE);
        Optional<Outcome> other = worlds.get(flipped);
        if (other.isPresent() && other.get() != w.getValue().get()) {
          return true;
        }
      }
    }
    return !ifYes.isEmpty() && !ifNo.isEmpty() && !ifYes.equals(ifNo);
  }

  @Property(tries = 500)
  @Label("the missing facts are exactly those on which the outcome depends, checked world by world")
  void missing_facts_are_exact(@ForAll long seed) {
    Statistics.label("undetermined").collect(check(seed));
  }

  /**
   * Checks the missing facts of the random law drawn from the seed against brute force; whether
   * its decision was undetermined (else there is nothing missing to check).
   */
  public static boolean check(long seed) {
    RandomLaw random = new RandomLaw(seed);
    Jurisdiction law = random.build();
    Decision d = law.decide(OP, DAY);
    Set<String> listed = new TreeSet<>();
    d.missingFacts().forEach(m -> listed.add(m.factId()));
    if (d.outcome() != Outcome.UNDETERMINED) {
      assertThat(listed).as("a settled outcome lacks nothing (seed %d)", seed).isEmpty();
      return false;
    }
    Set<String> unknown = new LinkedHashSet<>();
    for (String id : law.factIds()) {
      if (!id.equals("c") && random.stated.get(id) == Truth.UNKNOWN) {
        unknown.add(id);
      }
    }
    Set<String> expected = new TreeSet<>();
    Map<Map<String, Truth>, Optional<Outcome>> derived = worlds(law, new ArrayList<>(unknown));
    for (String f : unknown) {
      if (missing(f, derived)) {
        expected.add(f);
      }
    }
    boolean conclusionAsked = law.factIds().contains("c") && random.stated.get("c") == Truth.UNKNOWN
        && d.trace().unknownFactTexts().containsKey("c");
    if (conclusionAsked) {
      List<String> withConclusion = new ArrayList<>(unknown);
      withConclusion.add("c");
      if (missing("c", worlds(law, withConclusion))) {
        expected.add("c");
      }
    }
    assertThat(listed).as("missing facts of a law with seed %d", seed).isEqualTo(expected);
    for (MissingFact m : d.missingFacts()) {
      // what each answer alone gives is what deciding with that answer gives
      assertThat(m.ifTrue()).as("%s if true (seed %d)", m.factId(), seed)
          .isEqualTo(world(law, Map.of(m.factId(), Truth.TRUE)).orElse(Outcome.UNDETERMINED));
      assertThat(m.ifFalse()).as("%s if false (seed %d)", m.factId(), seed)
          .isEqualTo(world(law, Map.of(m.factId(), Truth.FALSE)).orElse(Outcome.UNDETERMINED));
      if (m.decisiveness() == 0 && !m.witness().isEmpty()) {
        Map<String, Truth> yes = new HashMap<>(m.witness());
        yes.put(m.factId(), Truth.TRUE);
        Map<String, Truth> no = new HashMap<>(m.witness());
        no.put(m.factId(), Truth.FALSE);
        assertThat(world(law, yes)).as("the witness of %s (seed %d)", m, seed).isNotEqualTo(world(law, no));
      }
    }
    return true;
  }
}
