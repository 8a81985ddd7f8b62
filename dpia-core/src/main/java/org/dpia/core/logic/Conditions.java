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

  private static <T> boolean anyPresumable(Set<Fact<T>> facts) {
    for (Fact<T> f : facts) {
      if (f.presumption().isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static final Text ALL = Text.of("all of");
  private static final Text ANY = Text.of("any of");
  private static final Text NOT = Text.of("not");
  private static final Text UNLESS = Text.of("unless");
  private static final Text STATED_OR = Text.of("derived from the facts, or stated");

  /** What a fact of a trace is, as {@link #visitFacts(List, Context, boolean, FactVisitor)} reports it. */
  @FunctionalInterface
  public interface FactVisitor {
    /** A fact node: its kind (fact, presumed or asserted), id, description and truth. */
    void fact(Trace.Kind kind, String id, Text text, Truth truth);
  }

  /**
   * The steps of a condition's trace in the context, one level down: what {@link Trace#children()}
   * of the node {@code evaluate} made for it holds.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static List<Trace> steps(Condition<?> source, Context<?> context) {
    Condition c = source;
    Context ctx = context;
    if (c instanceof Rule<?> r) {
      return List.of(r.condition.evaluate(ctx));
    } else if (c instanceof AllNode<?> a) {
      return evaluateAll((List) a.parts, ctx);
    } else if (c instanceof AnyNode<?> a) {
      return evaluateAll((List) a.parts, ctx);
    } else if (c instanceof AtLeastNode<?> a) {
      return evaluateAll((List) a.parts, ctx);
    } else if (c instanceof NotNode<?> n) {
      return List.of(n.condition.evaluate(ctx));
    } else if (c instanceof UnlessNode<?> u) {
      return List.of(u.main.evaluate(ctx), u.exception.evaluate(ctx));
    } else if (c instanceof StatedOrNode<?> s) {
      return List.of(s.derived.evaluate(ctx), Trace.fact(s.conclusion.id(), s.conclusion.text(), Truth.UNKNOWN, false));
    }
    throw new IllegalStateException("a " + source.getClass().getSimpleName() + " has no steps");
  }

  /**
   * Visits the fact nodes the trace of this condition in the context holds, in the order of
   * {@link Trace#nodes()}, without building the trace. With {@code presumedOnly}, parts that read no
   * presumed fact are skipped.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static void visitSteps(Condition<?> source, Context<?> context, FactVisitor visitor, boolean presumedOnly) {
    Condition c = source;
    Context ctx = context;
    if (c instanceof Rule<?> r) {
      visitFacts(r.condition, ctx, visitor, presumedOnly);
    } else if (c instanceof StatedOrNode<?> s) {
      // made lazily only when neither stated nor derived: the derivation, then the conclusion to ask
      visitFacts(s.derived, ctx, visitor, presumedOnly);
      visitor.fact(Trace.Kind.FACT, s.conclusion.id(), s.conclusion.text(), Truth.UNKNOWN);
    } else {
      for (Object part : c.operands()) {
        visitFacts((Condition) part, ctx, visitor, presumedOnly);
      }
    }
  }

  /**
   * Visits the fact nodes that the traces of these conditions in the context hold, in the order of
   * their {@link Trace#nodes()}, one condition after the other, without building any trace: how an
   * engine finds the facts an explanation read (unknown, presumed) without building its trace. With
   * {@code presumedOnly}, conditions that read no fact the law presumes are skipped.
   */
  public static <T> void visitFacts(List<? extends Condition<T>> conditions, Context<T> context, boolean presumedOnly,
      FactVisitor visitor) {
    for (int i = 0; i < conditions.size(); i++) {
      visitFacts(conditions.get(i), context, visitor, presumedOnly);
    }
  }

  /** Visits the fact nodes of {@code condition.evaluate(context)}, in order, without building it. */
  private static <T> void visitFacts(Condition<T> condition, Context<T> context, FactVisitor visitor, boolean presumedOnly) {
    if (presumedOnly && !presumable(condition)) {
      return;
    }
    if (condition instanceof FactNode<T> f) {
      f.visit(context, visitor);
    } else if (condition instanceof Rule<T> r) {
      if (r.inForceOn(context.date())) {
        visitFacts(r.condition, context, visitor, presumedOnly);
      }
    } else if (condition instanceof StatedOrNode<T> s) {
      Truth stated = context.read(s.conclusion);
      if (stated.isKnown()) {
        visitor.fact(Trace.Kind.ASSERTED, s.conclusion.id(), s.conclusion.text(), stated);
        return;
      }
      visitFacts(s.derived, context, visitor, presumedOnly);
      if (!s.derived.truth(context).isKnown()) {
        visitor.fact(Trace.Kind.FACT, s.conclusion.id(), s.conclusion.text(), Truth.UNKNOWN);
      }
    } else {
      for (Condition<T> part : condition.operands()) {
        visitFacts(part, context, visitor, presumedOnly);
      }
    }
  }

  /** Whether a condition reads a fact the law presumes (known when the condition is built). */
  private static boolean presumable(Condition<?> condition) {
    if (condition instanceof Rule<?> r) {
      return r.presumable;
    } else if (condition instanceof FactNode<?> f) {
      return f.fact.presumption().isPresent();
    } else if (condition instanceof ConstantNode<?>) {
      return false;
    } else if (condition instanceof AllNode<?> a) {
      return a.presumable;
    } else if (condition instanceof AnyNode<?> a) {
      return a.presumable;
    } else if (condition instanceof AtLeastNode<?> a) {
      return a.presumable;
    } else if (condition instanceof NotNode<?> n) {
      return presumable(n.condition);
    } else if (condition instanceof UnlessNode<?> u) {
      return u.presumable;
    }
    return ((StatedOrNode<?>) condition).presumable;
  }

  /**
   * Whether the condition is a conclusion stated by the caller or assumed in the context, rather
   * than derived from the facts: a rule whose condition is {@link #statedOr(Fact, Condition)} with
   * its conclusion known. What the rule's trace records as {@link Trace.Kind#ASSERTED}.
   */
  public static <T> boolean asserted(Condition<T> condition, Context<T> context) {
    Condition<T> c = condition;
    if (c instanceof Rule<T> r) {
      if (!r.inForceOn(context.date())) {
        return false;
      }
      c = r.condition;
    }
    return c instanceof StatedOrNode<T> s && context.read(s.conclusion).isKnown();
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
      Truth assumed = context.assumptions().get(fact.id());
      if (assumed != null) {
        return Trace.fact(fact.id(), fact.text(), assumed, true);
      }
      Truth stated = fact.read(context.input(), context.date());
      if (stated == Truth.UNKNOWN && fact.presumption().isPresent()) {
        return Trace.presumed(fact.id(), fact.text(), fact.presumption().get());
      }
      return Trace.fact(fact.id(), fact.text(), stated, false);
    }

    /** What {@link #evaluate} records, told to the visitor instead. */
    void visit(Context<T> context, FactVisitor visitor) {
      Truth assumed = context.assumptions().get(fact.id());
      if (assumed != null) {
        visitor.fact(Trace.Kind.ASSERTED, fact.id(), fact.text(), assumed);
        return;
      }
      Truth stated = fact.read(context.input(), context.date());
      if (stated == Truth.UNKNOWN && fact.presumption().isPresent()) {
        visitor.fact(Trace.Kind.PRESUMED, fact.id(), fact.text(), fact.presumption().get());
      } else {
        visitor.fact(Trace.Kind.FACT, fact.id(), fact.text(), stated);
      }
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

    final boolean presumable;

    AllNode(List<Condition<T>> parts) {
      this.parts = parts;
      this.facts = factsOf(parts);
      this.presumable = anyPresumable(facts);
    }

    @Override
    public Trace evaluate(Context<T> context) {
      return Trace.lazy(Trace.Kind.ALL, ALL, truth(context), this, context);
    }

    @Override
    public Truth truth(Context<T> context) {
      Truth truth = Truth.TRUE;
      for (int i = 0; i < parts.size(); i++) {
        truth = truth.and(parts.get(i).truth(context));
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

    final boolean presumable;

    AnyNode(List<Condition<T>> parts) {
      this.parts = parts;
      this.facts = factsOf(parts);
      this.presumable = anyPresumable(facts);
    }

    @Override
    public Trace evaluate(Context<T> context) {
      return Trace.lazy(Trace.Kind.ANY, ANY, truth(context), this, context);
    }

    @Override
    public Truth truth(Context<T> context) {
      Truth truth = Truth.FALSE;
      for (int i = 0; i < parts.size(); i++) {
        truth = truth.or(parts.get(i).truth(context));
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
    private final Text label;
    private final Set<Fact<T>> facts;
    final boolean presumable;

    AtLeastNode(int n, List<Condition<T>> parts) {
      this.n = n;
      this.parts = parts;
      this.label = Text.of("at least " + n + " of " + parts.size());
      this.facts = factsOf(parts);
      this.presumable = anyPresumable(facts);
    }

    @Override
    public Trace evaluate(Context<T> context) {
      return Trace.lazy(Trace.Kind.AT_LEAST, label, truth(context), this, context);
    }

    @Override
    public Truth truth(Context<T> context) {
      int known = 0;
      int possible = 0;
      for (int i = 0; i < parts.size(); i++) {
        Truth t = parts.get(i).truth(context);
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
      return Trace.lazy(Trace.Kind.NOT, NOT, truth(context), this, context);
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

    final boolean presumable;

    UnlessNode(Condition<T> main, Condition<T> exception) {
      this.main = main;
      this.exception = exception;
      this.facts = factsOf(List.of(main, exception));
      this.presumable = anyPresumable(facts);
    }

    @Override
    public Trace evaluate(Context<T> context) {
      return Trace.lazy(Trace.Kind.UNLESS, UNLESS, truth(context), this, context);
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
    final boolean presumable;
    /** The conclusion's words when assumed and when asserted by the caller, made once. */
    private final Text assumedLabel;
    private final Text assertedLabel;

    StatedOrNode(Fact<T> conclusion, Condition<T> derived) {
      this.conclusion = conclusion;
      this.derived = derived;
      Set<Fact<T>> all = new LinkedHashSet<>();
      all.add(conclusion);
      all.addAll(derived.facts());
      this.facts = Collections.unmodifiableSet(all);
      this.presumable = anyPresumable(facts);
      this.assumedLabel = label(conclusion.text(), " (assumed)", " (supposé)");
      this.assertedLabel = label(conclusion.text(), " (asserted by the caller)", " (déclaré par l'utilisateur)");
    }

    private static Text label(Text text, String english, String french) {
      Text label = Text.of(text.english() + english);
      for (String language : text.languages()) {
        label = label.with(language, text.in(language).get() + french);
      }
      return label;
    }

    @Override
    public Trace evaluate(Context<T> context) {
      Truth stated = context.read(conclusion);
      if (stated.isKnown()) {
        boolean assumed = context.assumptions().containsKey(conclusion.id());
        return Trace.asserted(conclusion.id(), assumed ? assumedLabel : assertedLabel, stated);
      }
      Truth derivedTruth = derived.truth(context);
      if (derivedTruth.isKnown()) {
        return derived.evaluate(context);
      }
      return Trace.lazy(Trace.Kind.ANY, STATED_OR, Truth.UNKNOWN, this, context);
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
