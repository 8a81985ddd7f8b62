package org.dpia.core.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The combinators that build conditions from facts and other conditions. Every combinator follows
 * Kleene's logic, so an unknown fact yields a known result whenever the result is the same however
 * the fact turns out.
 */
public final class Conditions {
  private Conditions() {}

  /** Holds when the fact does (read from the input, or assumed in the context). */
  public static <T> Condition<T> fact(Fact<T> fact) {
    Objects.requireNonNull(fact, "fact");
    return new Condition<>() {
      @Override
      public Trace evaluate(Context<T> context) {
        boolean assumed = context.assumption(fact.id()).isPresent();
        return Trace.fact(fact.id(), fact.description(), context.read(fact), assumed);
      }

      @Override
      public Truth truth(Context<T> context) {
        return context.read(fact);
      }
    };
  }

  /** A condition that is always the given truth, with the reason in words. */
  public static <T> Condition<T> constant(Truth truth, String reason) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(reason, "reason");
    Trace trace = Trace.constant(reason, truth);
    return new Condition<>() {
      @Override
      public Trace evaluate(Context<T> context) {
        return trace;
      }

      @Override
      public Truth truth(Context<T> context) {
        return truth;
      }
    };
  }

  /** Holds when every condition holds: false if one is false, unknown if none is false but one is unknown. */
  @SafeVarargs
  public static <T> Condition<T> all(Condition<T>... conditions) {
    return all(List.of(conditions));
  }

  /** Holds when every condition of the list holds. An empty list holds. */
  public static <T> Condition<T> all(List<? extends Condition<T>> conditions) {
    List<Condition<T>> parts = List.copyOf(conditions);
    return new Condition<>() {
      @Override
      public Trace evaluate(Context<T> context) {
        List<Trace> traces = evaluateAll(parts, context);
        Truth truth = Truth.TRUE;
        for (Trace t : traces) {
          truth = truth.and(t.truth());
        }
        return Trace.combination(Trace.Kind.ALL, "all of", truth, traces);
      }

      @Override
      public Truth truth(Context<T> context) {
        Truth truth = Truth.TRUE;
        for (Condition<T> part : parts) {
          truth = truth.and(part.truth(context));
          if (truth == Truth.FALSE) {
            return truth;
          }
        }
        return truth;
      }
    };
  }

  /** Holds when at least one condition holds: true if one is true, unknown if none is true but one is unknown. */
  @SafeVarargs
  public static <T> Condition<T> any(Condition<T>... conditions) {
    return any(List.of(conditions));
  }

  /** Holds when at least one condition of the list holds. An empty list does not hold. */
  public static <T> Condition<T> any(List<? extends Condition<T>> conditions) {
    List<Condition<T>> parts = List.copyOf(conditions);
    return new Condition<>() {
      @Override
      public Trace evaluate(Context<T> context) {
        List<Trace> traces = evaluateAll(parts, context);
        Truth truth = Truth.FALSE;
        for (Trace t : traces) {
          truth = truth.or(t.truth());
        }
        return Trace.combination(Trace.Kind.ANY, "any of", truth, traces);
      }

      @Override
      public Truth truth(Context<T> context) {
        Truth truth = Truth.FALSE;
        for (Condition<T> part : parts) {
          truth = truth.or(part.truth(context));
          if (truth == Truth.TRUE) {
            return truth;
          }
        }
        return truth;
      }
    };
  }

  /**
   * Holds when at least {@code n} of the conditions hold: true when {@code n} are known true, false
   * when even counting every unknown as true fewer than {@code n} could hold, otherwise unknown.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static <T> Condition<T> atLeast(int n, List<? extends Condition<T>> conditions) {
    if (n < 0) {
      throw new IllegalArgumentException("at least n needs n >= 0, was " + n);
    }
    List<Condition<T>> parts = List.copyOf(conditions);
    String label = "at least " + n + " of " + parts.size();
    return new Condition<>() {
      @Override
      public Trace evaluate(Context<T> context) {
        List<Trace> traces = evaluateAll(parts, context);
        int known = 0;
        int possible = 0;
        for (Trace t : traces) {
          if (t.truth() == Truth.TRUE) {
            known++;
          }
          if (t.truth() != Truth.FALSE) {
            possible++;
          }
        }
        return Trace.combination(Trace.Kind.AT_LEAST, label, count(known, possible, n), traces);
      }

      @Override
      public Truth truth(Context<T> context) {
        int known = 0;
        int possible = 0;
        for (Condition<T> part : parts) {
          Truth t = part.truth(context);
          if (t == Truth.TRUE) {
            known++;
          }
          if (t != Truth.FALSE) {
            possible++;
          }
        }
        return count(known, possible, n);
      }
    };
  }

  private static Truth count(int known, int possible, int n) {
    return known >= n ? Truth.TRUE : possible < n ? Truth.FALSE : Truth.UNKNOWN;
  }

  /** Holds when the condition does not. */
  public static <T> Condition<T> not(Condition<T> condition) {
    Objects.requireNonNull(condition, "condition");
    return new Condition<>() {
      @Override
      public Trace evaluate(Context<T> context) {
        Trace inner = condition.evaluate(context);
        return Trace.combination(Trace.Kind.NOT, "not", inner.truth().not(), List.of(inner));
      }

      @Override
      public Truth truth(Context<T> context) {
        return condition.truth(context).not();
      }
    };
  }

  /**
   * Holds when the main condition holds and the exception does not: the exception takes precedence.
   * The trace keeps both, so a reader sees the exception that was (or might be) met.
   */
  public static <T> Condition<T> unless(Condition<T> main, Condition<T> exception) {
    Objects.requireNonNull(main, "main");
    Objects.requireNonNull(exception, "exception");
    return new Condition<>() {
      @Override
      public Trace evaluate(Context<T> context) {
        Trace m = main.evaluate(context);
        Trace e = exception.evaluate(context);
        return Trace.combination(
            Trace.Kind.UNLESS, "unless", m.truth().and(e.truth().not()), List.of(m, e));
      }

      @Override
      public Truth truth(Context<T> context) {
        return main.truth(context).and(exception.truth(context).not());
      }
    };
  }

  private static <T> List<Trace> evaluateAll(List<Condition<T>> parts, Context<T> context) {
    List<Trace> traces = new ArrayList<>(parts.size());
    for (Condition<T> part : parts) {
      traces.add(part.evaluate(context));
    }
    return traces;
  }
}
