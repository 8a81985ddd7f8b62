package org.dpia.core.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.dpia.core.Fixtures;
import org.dpia.core.law.Citation;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;

/**
 * Random conditions over a few facts (some presumed by the law), random contexts to evaluate them
 * in, and a reference evaluator that builds the whole trace at once, as the library did before its
 * traces were built on demand: what {@link LazyTraceTest} and the property test compare against.
 */
public final class RandomConditions {
  private RandomConditions() {}

  /** The days a context may be on: before, inside and after the validity of some rules. */
  public static final List<LocalDate> DAYS =
      List.of(LocalDate.of(2017, 1, 1), LocalDate.of(2020, 6, 1), LocalDate.of(2026, 1, 1));

  private static final List<DateRange> VALIDITIES = List.of(DateRange.always(), DateRange.always(),
      DateRange.from(LocalDate.of(2018, 5, 25)), DateRange.until(LocalDate.of(2021, 12, 31)));

  /** Six facts read from a map of answers; two are exceptions the law presumes not established, one presumed true. */
  public static final List<Fact<Map<String, Truth>>> FACTS = List.of(
      Fixtures.fact("a"),
      Fixtures.fact("b"),
      Fixtures.fact("c"),
      Fact.presumed("p", Text.of("exception p", "exception p (fr)"), Truth.FALSE, (in, day) -> in.getOrDefault("p", Truth.UNKNOWN)),
      Fact.presumed("q", Text.of("exception q"), Truth.FALSE, (in, day) -> in.getOrDefault("q", Truth.UNKNOWN)),
      Fact.presumed("r", Text.of("rule r"), Truth.TRUE, (in, day) -> in.getOrDefault("r", Truth.UNKNOWN)));

  /** Two conclusions that may be stated or derived. */
  public static final List<Fact<Map<String, Truth>>> CONCLUSIONS = List.of(
      Fact.of("large", Text.of("on a large scale", "à grande échelle"), in -> in.getOrDefault("large", Truth.UNKNOWN)),
      Fixtures.fact("vulnerable"));

  /** A random condition of at most the given depth. */
  public static Condition<Map<String, Truth>> condition(Random random, int depth) {
    int choice = depth == 0 ? random.nextInt(2) : random.nextInt(10);
    switch (choice) {
      case 0:
        return FACTS.get(random.nextInt(FACTS.size())).holds();
      case 1:
        return random.nextInt(4) == 0
            ? Conditions.constant(Truth.values()[random.nextInt(3)], "a constant")
            : FACTS.get(random.nextInt(FACTS.size())).holds();
      case 2:
        return Conditions.all(parts(random, depth));
      case 3:
        return Conditions.any(parts(random, depth));
      case 4: {
        List<Condition<Map<String, Truth>>> parts = parts(random, depth);
        return Conditions.atLeast(random.nextInt(parts.size() + 2), parts);
      }
      case 5:
        return Conditions.not(condition(random, depth - 1));
      case 6:
        return Conditions.unless(condition(random, depth - 1), condition(random, depth - 1));
      case 7:
        return Conditions.statedOr(CONCLUSIONS.get(random.nextInt(CONCLUSIONS.size())), condition(random, depth - 1));
      default:
        return rule(random, depth);
    }
  }

  private static Condition<Map<String, Truth>> rule(Random random, int depth) {
    Citation always = Fixtures.article(String.valueOf(1 + random.nextInt(50)));
    Citation reworded = Citation.builder().from(Fixtures.article("35"))
        .validity(VALIDITIES.get(random.nextInt(VALIDITIES.size()))).build();
    return Rule.named("rule-" + random.nextInt(1000), Text.of("a rule", "une règle"))
        .citing(random.nextBoolean() ? List.of(always) : List.of(always, reworded))
        .valid(VALIDITIES.get(random.nextInt(VALIDITIES.size())))
        .when(condition(random, depth - 1));
  }

  private static List<Condition<Map<String, Truth>>> parts(Random random, int depth) {
    int n = random.nextInt(4);
    List<Condition<Map<String, Truth>>> parts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parts.add(condition(random, depth - 1));
    }
    return parts;
  }

  /** A random context: some facts answered in the input, some assumed, on one of {@link #DAYS}. */
  public static Context<Map<String, Truth>> context(Random random) {
    Map<String, Truth> input = new HashMap<>();
    Map<String, Truth> assumed = new LinkedHashMap<>();
    List<Fact<Map<String, Truth>>> all = new ArrayList<>(FACTS);
    all.addAll(CONCLUSIONS);
    for (Fact<Map<String, Truth>> f : all) {
      int r = random.nextInt(6);
      if (r < 2) {
        input.put(f.id(), Truth.values()[random.nextInt(3)]);
      } else if (r == 2) {
        assumed.put(f.id(), random.nextBoolean() ? Truth.TRUE : Truth.FALSE);
      }
    }
    return Context.of(Map.copyOf(input), DAYS.get(random.nextInt(DAYS.size()))).assumingAll(assumed);
  }

  /**
   * The trace of the condition in the context, built whole, as {@code evaluate} built it when
   * every node was made at once: the reference the on-demand trace must equal.
   */
  public static Trace reference(Condition<Map<String, Truth>> condition, Context<Map<String, Truth>> context) {
    Conditions.Folder<Map<String, Truth>, Function<Context<Map<String, Truth>>, Trace>> folder = new Conditions.Folder<>() {
      @Override
      public Function<Context<Map<String, Truth>>, Trace> fact(Fact<Map<String, Truth>> fact) {
        return c -> {
          boolean assumed = c.assumption(fact.id()).isPresent();
          Truth truth = c.read(fact);
          return !assumed && c.presumes(fact) ? Trace.presumed(fact.id(), fact.text(), truth)
              : Trace.fact(fact.id(), fact.text(), truth, assumed);
        };
      }

      @Override
      public Function<Context<Map<String, Truth>>, Trace> constant(Truth truth) {
        return c -> Trace.constant("a constant", truth);
      }

      @Override
      public Function<Context<Map<String, Truth>>, Trace> all(List<Function<Context<Map<String, Truth>>, Trace>> parts) {
        return c -> {
          List<Trace> traces = each(parts, c);
          Truth t = Truth.TRUE;
          for (Trace p : traces) {
            t = t.and(p.truth());
          }
          return Trace.combination(Trace.Kind.ALL, "all of", t, traces);
        };
      }

      @Override
      public Function<Context<Map<String, Truth>>, Trace> any(List<Function<Context<Map<String, Truth>>, Trace>> parts) {
        return c -> {
          List<Trace> traces = each(parts, c);
          Truth t = Truth.FALSE;
          for (Trace p : traces) {
            t = t.or(p.truth());
          }
          return Trace.combination(Trace.Kind.ANY, "any of", t, traces);
        };
      }

      @Override
      public Function<Context<Map<String, Truth>>, Trace> atLeast(int n, List<Function<Context<Map<String, Truth>>, Trace>> parts) {
        return c -> {
          List<Trace> traces = each(parts, c);
          int known = 0;
          int possible = 0;
          for (Trace p : traces) {
            known += p.truth() == Truth.TRUE ? 1 : 0;
            possible += p.truth() != Truth.FALSE ? 1 : 0;
          }
          Truth t = known >= n ? Truth.TRUE : possible < n ? Truth.FALSE : Truth.UNKNOWN;
          return Trace.combination(Trace.Kind.AT_LEAST, "at least " + n + " of " + parts.size(), t, traces);
        };
      }

      @Override
      public Function<Context<Map<String, Truth>>, Trace> not(Function<Context<Map<String, Truth>>, Trace> part) {
        return c -> {
          Trace inner = part.apply(c);
          return Trace.combination(Trace.Kind.NOT, "not", inner.truth().not(), List.of(inner));
        };
      }

      @Override
      public Function<Context<Map<String, Truth>>, Trace> unless(Function<Context<Map<String, Truth>>, Trace> main,
          Function<Context<Map<String, Truth>>, Trace> exception) {
        return c -> {
          Trace m = main.apply(c);
          Trace e = exception.apply(c);
          return Trace.combination(Trace.Kind.UNLESS, "unless", m.truth().and(e.truth().not()), List.of(m, e));
        };
      }

      @Override
      public Function<Context<Map<String, Truth>>, Trace> statedOr(Fact<Map<String, Truth>> conclusion,
          Function<Context<Map<String, Truth>>, Trace> derived) {
        return c -> {
          Truth stated = c.read(conclusion);
          if (stated.isKnown()) {
            boolean assumed = c.assumption(conclusion.id()).isPresent();
            Text text = conclusion.text();
            Text label = Text.of(text.english() + (assumed ? " (assumed)" : " (asserted by the caller)"));
            for (String language : text.languages()) {
              label = label.with(language, text.in(language).get() + (assumed ? " (supposé)" : " (déclaré par l'utilisateur)"));
            }
            return Trace.asserted(conclusion.id(), label, stated);
          }
          Trace t = derived.apply(c);
          if (t.truth().isKnown()) {
            return t;
          }
          Trace ask = Trace.fact(conclusion.id(), conclusion.text(), Truth.UNKNOWN, false);
          return Trace.combination(Trace.Kind.ANY, "derived from the facts, or stated", Truth.UNKNOWN, List.of(t, ask));
        };
      }

      @Override
      public Function<Context<Map<String, Truth>>, Trace> rule(Rule<Map<String, Truth>> rule,
          Function<Context<Map<String, Truth>>, Trace> condition) {
        return c -> {
          List<Citation> cited = new ArrayList<>();
          for (Citation citation : rule.citations()) {
            if (citation.inForceOn(c.date())) {
              cited.add(citation);
            }
          }
          if (!rule.inForceOn(c.date())) {
            return Trace.notInForce(rule.id(), rule.text(), cited, rule.validity());
          }
          Trace body = condition.apply(c);
          return Trace.rule(rule.id(), rule.text(), body.truth(), cited, rule.validity(), body);
        };
      }
    };
    return Conditions.fold(condition, folder, new IdentityHashMap<>()).apply(context);
  }

  private static List<Trace> each(List<Function<Context<Map<String, Truth>>, Trace>> parts, Context<Map<String, Truth>> c) {
    List<Trace> traces = new ArrayList<>(parts.size());
    for (Function<Context<Map<String, Truth>>, Trace> p : parts) {
      traces.add(p.apply(c));
    }
    return traces;
  }

  /** The facts of a trace found by walking every node, as the library did: id to truth, first met. */
  public static Map<String, Truth> factsByWalking(Trace trace) {
    Map<String, Truth> facts = new LinkedHashMap<>();
    for (Trace t : trace.nodes()) {
      boolean fact = t.kind() == Trace.Kind.FACT || t.kind() == Trace.Kind.PRESUMED
          || (t.kind() == Trace.Kind.ASSERTED && !t.id().isEmpty());
      if (fact) {
        facts.putIfAbsent(t.id(), t.truth());
      }
    }
    return facts;
  }

  /** The facts of a kind in a trace, found by walking every node: id to description, first met. */
  public static Map<String, Text> factsByWalking(Trace trace, Trace.Kind kind, boolean unknownOnly) {
    Map<String, Text> facts = new LinkedHashMap<>();
    for (Trace t : trace.nodes()) {
      if (t.kind() == kind && (!unknownOnly || t.truth() == Truth.UNKNOWN)) {
        facts.putIfAbsent(t.id(), t.text());
      }
    }
    return facts;
  }
}
