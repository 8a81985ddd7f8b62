package org.dpia.core.logic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dpia.core.text.Text;

/**
 * The combinators that build conditions from facts and other conditions. Every combinator follows
 * Kleene's logic, so an unknown fact yields a known result whenever the result is the same however
 * the fact turns out.
 */
public final class Conditions {
  private Conditions() {}

  /** Holds when the fact does (read from the input, assumed in the context, or presumed by the law). */
  public static <T> Condition<T> fact(Fact<T> fact) {
    return new FactNode<>(Objects.requireNonNull(fact, "fact"));
  }

  /** A condition that is always the given truth, with the reason in words. */
  public static <T> Condition<T> constant(Truth truth, String reason) {
    return new ConstantNode<>(Objects.requireNonNull(truth, "truth"), Objects.requireNonNull(reason, "reason"));
  }

  /**
   * A judgement the law leaves to whoever applies it, with no rule to derive it ("large scale" has
   * no number): unknown, unless the conclusion is stated (see {@link #statedOr(Fact, Condition)}).
   */
  public static <T> Condition<T> judgement(String reason) {
    return new ConstantNode<>(Truth.UNKNOWN, Objects.requireNonNull(reason, "reason"));
  }

  /** Holds when every condition holds: false if one is false, unknown if none is false but one is unknown. */
  @SafeVarargs
  public static <T> Condition<T> all(Condition<T>... conditions) {
    return all(List.of(conditions));
  }

  /** Holds when every condition of the list holds. An empty list holds. */
  public static <T> Condition<T> all(List<? extends Condition<T>> conditions) {
    return new AllNode<>(List.copyOf(conditions));
  }

  /** Holds when at least one condition holds: true if one is true, unknown if none is true but one is unknown. */
  @SafeVarargs
  public static <T> Condition<T> any(Condition<T>... conditions) {
    return any(List.of(conditions));
  }

  /** Holds when at least one condition of the list holds. An empty list does not hold. */
  public static <T> Condition<T> any(List<? extends Condition<T>> conditions) {
    return new AnyNode<>(List.copyOf(conditions));
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
    return new AtLeastNode<>(n, List.copyOf(conditions));
  }

  /** Holds when the condition does not. */
  public static <T> Condition<T> not(Condition<T> condition) {
    return new NotNode<>(Objects.requireNonNull(condition, "condition"));
  }

  /**
   * Holds when the main condition holds and the exception does not: the exception takes precedence.
   * The trace keeps both, so a reader sees the exception that was (or might be) met.
   */
  public static <T> Condition<T> unless(Condition<T> main, Condition<T> exception) {
    return new UnlessNode<>(Objects.requireNonNull(main, "main"), Objects.requireNonNull(exception, "exception"));
  }

  /**
   * A conclusion that may be stated or derived: when the conclusion fact is known (stated by the
   * caller or assumed), it decides; otherwise the derivation does. When neither settles it, the
   * conclusion fact itself is reported as unknown, so that it can be asked directly.
   */
  public static <T> Condition<T> statedOr(Fact<T> conclusion, Condition<T> derived) {
    return new StatedOrNode<>(Objects.requireNonNull(conclusion, "conclusion"), Objects.requireNonNull(derived, "derived"));
  }

  /**
   * What a condition is made of, folded bottom-up: how a tool compiles the law's structure into
   * another form (a decision diagram, a formula, a drawing) without evaluating it. Each method
   * receives the already folded parts.
   *
   * @param <T> what the conditions are evaluated against
   * @param <R> what a condition is folded into
   */
  public interface Folder<T, R> {
    /** A fact, read as it is. */
    R fact(Fact<T> fact);

    /** A constant truth (a judgement the law leaves open is {@link Truth#UNKNOWN}). */
    R constant(Truth truth);

    /** All of the parts (an empty list holds). */
    R all(List<R> parts);

    /** Any of the parts (an empty list does not hold). */
    R any(List<R> parts);

    /** At least {@code n} of the parts. */
    R atLeast(int n, List<R> parts);

    /** The negation of the part. */
    R not(R part);

    /** The main part, unless the exception holds. */
    R unless(R main, R exception);

    /** The conclusion when it is stated or assumed, the derivation otherwise. */
    R statedOr(Fact<T> conclusion, R derived);

    /** A rule: its condition, folded, where the rule is in force (see {@link Rule#validity()}). */
    R rule(Rule<T> rule, R condition);
  }

  /**
   * Folds a condition with the folder, bottom-up. A condition met again (a rule nested in several
   * others) is folded once: its result is kept in {@code memo}, which a caller may share between
   * the conditions of one law to fold each part once.
   */
  public static <T, R> R fold(Condition<T> condition, Folder<T, R> folder, Map<Condition<T>, R> memo) {
    R done = memo.get(condition);
    if (done != null) {
      return done;
    }
    R result;
    if (condition instanceof Rule<T> r) {
      result = folder.rule(r, fold(r.condition, folder, memo));
    } else if (condition instanceof FactNode<T> f) {
      result = folder.fact(f.fact);
    } else if (condition instanceof ConstantNode<T> c) {
      result = folder.constant(c.truth);
    } else if (condition instanceof AllNode<T> a) {
      result = folder.all(foldAll(a.parts, folder, memo));
    } else if (condition instanceof AnyNode<T> a) {
      result = folder.any(foldAll(a.parts, folder, memo));
    } else if (condition instanceof AtLeastNode<T> a) {
      result = folder.atLeast(a.n, foldAll(a.parts, folder, memo));
    } else if (condition instanceof NotNode<T> n) {
      result = folder.not(fold(n.condition, folder, memo));
    } else if (condition instanceof UnlessNode<T> u) {
      result = folder.unless(fold(u.main, folder, memo), fold(u.exception, folder, memo));
    } else {
      StatedOrNode<T> s = (StatedOrNode<T>) condition;
      result = folder.statedOr(s.conclusion, fold(s.derived, folder, memo));
    }
    memo.put(condition, result);
    return result;
  }

  private static <T, R> List<R> foldAll(List<Condition<T>> parts, Folder<T, R> folder, Map<Condition<T>, R> memo) {
    List<R> folded = new ArrayList<>(parts.size());
    for (Condition<T> part : parts) {
      folded.add(fold(part, folder, memo));
    }
    return folded;
  }

  private static <T> Set<Fact<T>> factsOf(List<? extends Condition<T>> parts) {
    Set<Fact<T>> facts = new LinkedHashSet<>();
    for (Condition<T> part : parts) {
      facts.addAll(part.facts());
    }
    return Collections.unmodifiableSet(facts);
  }

  private static <T> List<Trace> evaluateAll(List<Condition<T>> parts, Context<T> context) {
    List<Trace> traces = new ArrayList<>(parts.size());
    for (Condition<T> part : parts) {
      traces.add(part.evaluate(context));
    }
    return traces;
  }

  static Truth count(int known, int possible, int n) {
    return known >= n ? Truth.TRUE : possible < n ? Truth.FALSE : Truth.UNKNOWN;
  }

  /** A fact. */
  static final class FactNode<T> implements Condition<T> {
    final Fact<T> fact;
    private final Set<Fact<T>> facts;

    FactNode(Fact<T> fact) {
      this.fact = fact;
      this.facts = Set.of(fact);
    }

    @Override
    public Trace evaluate(Context<T> context) {
      boolean assumed = context.assumption(fact.id()).isPresent();
      Truth truth = context.read(fact);
      if (!assumed && context.presumes(fact)) {
        return Trace.presumed(fact.id(), fact.text(), truth);
      }
      return Trace.fact(fact.id(), fact.text(), truth, assumed);
    }

    @Override
    public Truth truth(Context<T> context) {
      return context.read(fact);
    }

    @Override
    public Set<Fact<T>> facts() {
      return facts;
    }

    @Override
    public List<Condition<T>> operands() {
      return List.of();
    }
  }

  /** A constant, or a judgement left open. */
  static final class ConstantNode<T> implements Condition<T> {
    final Truth truth;
    private final Trace trace;

    ConstantNode(Truth truth, String reason) {
      this.truth = truth;
      this.trace = Trace.constant(reason, truth);
    }

    @Override
    public Trace evaluate(Context<T> context) {
      return trace;
    }

    @Override
    public Truth truth(Context<T> context) {
      return truth;
    }

    @Override
    public Set<Fact<T>> facts() {
      return Set.of();
    }

    @Override
    public List<Condition<T>> operands() {
      return List.of();
    }
  }

  /** All of. */
  static final class AllNode<T> implements Condition<T> {
    final List<Condition<T>> parts;
    private final Set<Fact<T>> facts;

    AllNode(List<Condition<T>> parts) {
      this.parts = parts;
      this.facts = factsOf(parts);
    }

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

    @Override
    public Set<Fact<T>> facts() {
      return facts;
    }

    @Override
    public List<Condition<T>> operands() {
      return parts;
    }
  }

  /** Any of. */
  static final class AnyNode<T> implements Condition<T> {
    final List<Condition<T>> parts;
    private final Set<Fact<T>> facts;

    AnyNode(List<Condition<T>> parts) {
      this.parts = parts;
      this.facts = factsOf(parts);
    }

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

    @Override
    public Set<Fact<T>> facts() {
      return facts;
    }

    @Override
    public List<Condition<T>> operands() {
      return parts;
    }
  }

  /** At least n of. */
  static final class AtLeastNode<T> implements Condition<T> {
    final int n;
    final List<Condition<T>> parts;
    private final String label;
    private final Set<Fact<T>> facts;

    AtLeastNode(int n, List<Condition<T>> parts) {
      this.n = n;
      this.parts = parts;
      this.label = "at least " + n + " of " + parts.size();
      this.facts = factsOf(parts);
    }

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

    @Override
    public Set<Fact<T>> facts() {
      return facts;
    }

    @Override
    public List<Condition<T>> operands() {
      return parts;
    }
  }

  /** Not. */
  static final class NotNode<T> implements Condition<T> {
    final Condition<T> condition;

    NotNode(Condition<T> condition) {
      this.condition = condition;
    }

    @Override
    public Trace evaluate(Context<T> context) {
      Trace inner = condition.evaluate(context);
      return Trace.combination(Trace.Kind.NOT, "not", inner.truth().not(), List.of(inner));
    }

    @Override
    public Truth truth(Context<T> context) {
      return condition.truth(context).not();
    }

    @Override
    public Set<Fact<T>> facts() {
      return condition.facts();
    }

    @Override
    public List<Condition<T>> operands() {
      return List.of(condition);
    }
  }

  /** Unless. */
  static final class UnlessNode<T> implements Condition<T> {
    final Condition<T> main;
    final Condition<T> exception;
    private final Set<Fact<T>> facts;

    UnlessNode(Condition<T> main, Condition<T> exception) {
      this.main = main;
      this.exception = exception;
      this.facts = factsOf(List.of(main, exception));
    }

    @Override
    public Trace evaluate(Context<T> context) {
      Trace m = main.evaluate(context);
      Trace e = exception.evaluate(context);
      return Trace.combination(Trace.Kind.UNLESS, "unless", m.truth().and(e.truth().not()), List.of(m, e));
    }

    @Override
    public Truth truth(Context<T> context) {
      return main.truth(context).and(exception.truth(context).not());
    }

    @Override
    public Set<Fact<T>> facts() {
      return facts;
    }

    @Override
    public List<Condition<T>> operands() {
      return List.of(main, exception);
    }
  }

  /** A conclusion stated, or derived. */
  static final class StatedOrNode<T> implements Condition<T> {
    final Fact<T> conclusion;
    final Condition<T> derived;
    private final Set<Fact<T>> facts;

    StatedOrNode(Fact<T> conclusion, Condition<T> derived) {
      this.conclusion = conclusion;
      this.derived = derived;
      Set<Fact<T>> all = new LinkedHashSet<>();
      all.add(conclusion);
      all.addAll(derived.facts());
      this.facts = Collections.unmodifiableSet(all);
    }

    @Override
    public Trace evaluate(Context<T> context) {
      Truth stated = context.read(conclusion);
      if (stated.isKnown()) {
        boolean assumed = context.assumption(conclusion.id()).isPresent();
        Text text = conclusion.text();
        Text label = Text.of(text.english() + (assumed ? " (assumed)" : " (asserted by the caller)"));
        for (String language : text.languages()) {
          label = label.with(language, text.in(language).get() + (assumed ? " (supposé)" : " (déclaré par l'utilisateur)"));
        }
        return Trace.asserted(conclusion.id(), label, stated);
      }
      Trace t = derived.evaluate(context);
      if (t.truth().isKnown()) {
        return t;
      }
      Trace ask = Trace.fact(conclusion.id(), conclusion.text(), Truth.UNKNOWN, false);
      return Trace.combination(Trace.Kind.ANY, "derived from the facts, or stated", Truth.UNKNOWN, List.of(t, ask));
    }

    @Override
    public Truth truth(Context<T> context) {
      Truth stated = context.read(conclusion);
      return stated.isKnown() ? stated : derived.truth(context);
    }

    @Override
    public Set<Fact<T>> facts() {
      return facts;
    }

    @Override
    public List<Condition<T>> operands() {
      return List.of(new FactNode<>(conclusion), derived);
    }
  }
}
