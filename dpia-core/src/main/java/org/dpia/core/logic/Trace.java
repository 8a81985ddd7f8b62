package org.dpia.core.logic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dpia.core.law.Citation;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;

/**
 * The explanation of one evaluation, as a tree: each node is a rule, a combinator or a fact, with
 * the truth it came to. Rules carry their citations and validity; facts their id and whether they
 * were stated, assumed or presumed. A trace is an immutable value.
 *
 * <p>A trace made by {@link Condition#evaluate} knows its truth at once (from the untraced
 * evaluation) and builds its {@linkplain #children() children} on first access only, so that an
 * explanation whose trace nobody reads costs little more than the outcome. The facts read
 * ({@link #facts()}, {@link #unknownFactTexts()}, {@link #presumedFacts()}) are found without
 * building the nodes below. Either way the tree is the same value, safe to share between threads.
 */
public final class Trace {

  /** What kind of step a node records. */
  public enum Kind {
    /** A cited rule that was in force and evaluated. */
    RULE,
    /** A cited rule that was not in force on the date; it counts as false. */
    NOT_IN_FORCE,
    /** A fact read from the input. */
    FACT,
    /** A fact the law presumes when the input does not settle it (the burden of proof is on the controller). */
    PRESUMED,
    /** All of the children must hold. */
    ALL,
    /** At least one child must hold. */
    ANY,
    /** At least a number of the children must hold. */
    AT_LEAST,
    /** The child must not hold. */
    NOT,
    /** The first child holds unless the second (an exception) does. */
    UNLESS,
    /** A value given by the caller as a conclusion, or assumed, rather than derived from facts. */
    ASSERTED,
    /** A constant. */
    CONSTANT
  }

  private final Kind kind;
  private final String id;
  private final Text text;
  private final Truth truth;
  /** The citations; null until read, for a rule node made from a rule (they depend on the date). */
  private List<Citation> citations;
  private final DateRange validity;
  /** The sub-steps; null until built, for a node made from a condition (then source is set). */
  private List<Trace> children;
  /** The condition whose steps in {@link #context} are the children; null for a node built with its children. */
  private final Condition<?> source;
  private final Context<?> context;
  /** What gives the children, for a combination built on demand; null otherwise. */
  private final Supplier<List<Trace>> steps;

  private Trace(Kind kind, String id, Text text, Truth truth, List<Citation> citations, DateRange validity,
      List<Trace> children) {
    this.kind = Objects.requireNonNull(kind);
    this.id = Objects.requireNonNull(id);
    this.text = Objects.requireNonNull(text);
    this.truth = Objects.requireNonNull(truth);
    this.citations = List.copyOf(citations);
    this.validity = validity;
    this.children = List.copyOf(children);
    this.source = null;
    this.context = null;
    this.steps = null;
  }

  private Trace(Kind kind, String label, Truth truth, Supplier<List<Trace>> steps) {
    this.kind = Objects.requireNonNull(kind);
    this.id = "";
    this.text = Text.of(label);
    this.truth = Objects.requireNonNull(truth);
    this.citations = List.of();
    this.validity = null;
    this.source = null;
    this.context = null;
    this.steps = Objects.requireNonNull(steps);
  }

  /** A node whose children are the steps of the condition in the context, built on first access. */
  private <T> Trace(Kind kind, String id, Text text, Truth truth, List<Citation> citations, DateRange validity,
      Condition<T> source, Context<T> context) {
    this.kind = kind;
    this.id = id;
    this.text = text;
    this.truth = truth;
    this.citations = citations;
    this.validity = validity;
    this.source = source;
    this.context = context;
    this.steps = null;
  }

  /** A combinator node whose children are the traces of the condition's parts in the context, built when read. */
  static <T> Trace lazy(Kind kind, Text label, Truth truth, Condition<T> source, Context<T> context) {
    return new Trace(kind, "", label, truth, List.of(), null, source, context);
  }

  /** A rule node, in force, over the trace of its condition, built when read. */
  static <T> Trace lazyRule(Rule<T> rule, Truth truth, Context<T> context) {
    return new Trace(Kind.RULE, rule.id(), rule.text(), truth, null, rule.validity(), rule, context);
  }

  /** A fact node: read from the input, or assumed (then recorded as {@link Kind#ASSERTED}). */
  public static Trace fact(String id, Text description, Truth truth, boolean assumed) {
    return new Trace(assumed ? Kind.ASSERTED : Kind.FACT, id, description, truth, List.of(), null, List.of());
  }

  /** A fact read as the law's presumption, the input not settling it. */
  public static Trace presumed(String id, Text description, Truth truth) {
    return new Trace(Kind.PRESUMED, id, description, truth, List.of(), null, List.of());
  }

  /** A combinator node over its children. */
  public static Trace combination(Kind kind, String label, Truth truth, List<Trace> children) {
    return new Trace(kind, "", Text.of(label), truth, List.of(), null, children);
  }

  /**
   * A combinator node whose children are given by {@code children} when first read (once, or more
   * than once if threads race; it must give equal lists): for a trace that is seldom read whole.
   */
  public static Trace combination(Kind kind, String label, Truth truth, Supplier<List<Trace>> children) {
    return new Trace(kind, label, truth, children);
  }

  /** A rule node: the rule's id, title, citations and validity over the trace of its condition. */
  public static Trace rule(String id, Text title, Truth truth, List<Citation> citations, DateRange validity, Trace body) {
    return new Trace(Kind.RULE, id, title, truth, citations, validity, List.of(body));
  }

  /** A rule that was not in force on the date of evaluation. */
  public static Trace notInForce(String id, Text title, List<Citation> citations, DateRange validity) {
    return new Trace(Kind.NOT_IN_FORCE, id, title, Truth.FALSE, citations, validity, List.of());
  }

  /** A conclusion given by the caller rather than derived (for example "large scale: yes"). */
  public static Trace asserted(String id, Text label, Truth truth) {
    return new Trace(Kind.ASSERTED, id, label, truth, List.of(), null, List.of());
  }

  /** A constant, with the reason it holds or not. */
  public static Trace constant(String label, Truth truth) {
    return new Trace(Kind.CONSTANT, "", Text.of(label), truth, List.of(), null, List.of());
  }

  /** The kind of step. */
  public Kind kind() {
    return kind;
  }

  /** The rule's or fact's id; empty for combinators. */
  public String id() {
    return id;
  }

  /** The rule's title, the fact's description or the combinator's name, in English. */
  public String label() {
    return text.english();
  }

  /** The rule's title or the fact's description, in every language it is written in. */
  public Text text() {
    return text;
  }

  /** The truth this step came to. */
  public Truth truth() {
    return truth;
  }

  /** The citations of a rule node (those that exist on the date of evaluation); empty for others. */
  public List<Citation> citations() {
    List<Citation> cited = citations;
    if (cited == null) {
      cited = ((Rule<?>) source).citationsOn(context.date());
      citations = cited;
    }
    return cited;
  }

  /** The validity of a rule node. */
  public Optional<DateRange> validity() {
    return Optional.ofNullable(validity);
  }

  /** The sub-steps. */
  public List<Trace> children() {
    List<Trace> built = children;
    if (built == null) {
      // racy but safe: every thread builds an equal, immutable list
      built = List.copyOf(steps != null ? steps.get() : Conditions.steps(source, context));
      children = built;
    }
    return built;
  }

  /** Every node of this tree, depth first, this one first. */
  public List<Trace> nodes() {
    List<Trace> all = new ArrayList<>();
    visit(all::add);
    return all;
  }

  private void visit(Consumer<Trace> visitor) {
    visitor.accept(this);
    for (Trace child : children()) {
      child.visit(visitor);
    }
  }

  private boolean isFact() {
    return kind == Kind.FACT || kind == Kind.PRESUMED || (kind == Kind.ASSERTED && !id.isEmpty());
  }

  /**
   * Visits the facts of this tree in the order of {@link #nodes()}, without building nodes not yet
   * built: below such a node the condition is walked in its context instead. With
   * {@code presumedOnly}, parts that read no presumed fact are skipped.
   */
  private void visitFacts(Conditions.FactVisitor visitor, boolean presumedOnly) {
    if (isFact()) {
      visitor.fact(kind, id, text, truth);
      return;
    }
    List<Trace> built = children;
    if (built == null && steps == null) {
      Conditions.visitSteps(source, context, visitor, presumedOnly);
      return;
    }
    for (Trace child : children()) {
      child.visitFacts(visitor, presumedOnly);
    }
  }

  /** The facts read in this tree (stated, assumed or presumed), each once, by id, with their truth. */
  public Map<String, Truth> facts() {
    Map<String, Truth> facts = new LinkedHashMap<>();
    visitFacts((kind, id, text, truth) -> facts.putIfAbsent(id, truth), false);
    return facts;
  }

  /** The ids of the facts that were read as unknown, in the order first met. */
  public List<String> unknownFacts() {
    return List.copyOf(unknownFactTexts().keySet());
  }

  /** The facts that were read as unknown, id to description in English, in the order first met. */
  public Map<String, String> unknownFactDescriptions() {
    Map<String, String> unknown = new LinkedHashMap<>();
    unknownFactTexts().forEach((id, text) -> unknown.put(id, text.english()));
    return unknown;
  }

  /** The facts that were read as unknown, id to description, in the order first met. */
  public Map<String, Text> unknownFactTexts() {
    Map<String, Text> unknown = new LinkedHashMap<>();
    visitFacts((kind, id, text, truth) -> {
      if (kind == Kind.FACT && truth == Truth.UNKNOWN) {
        unknown.putIfAbsent(id, text);
      }
    }, false);
    return unknown;
  }

  /** The facts read as the law's presumption, id to description, in the order first met. */
  public Map<String, Text> presumedFacts() {
    Map<String, Text> presumed = new LinkedHashMap<>();
    visitFacts((kind, id, text, truth) -> {
      if (kind == Kind.PRESUMED) {
        presumed.putIfAbsent(id, text);
      }
    }, true);
    return presumed;
  }

  /** The rule nodes of this tree (in force or not), depth first. */
  public List<Trace> rules() {
    List<Trace> rules = new ArrayList<>();
    visit(t -> {
      if (t.kind == Kind.RULE || t.kind == Kind.NOT_IN_FORCE) {
        rules.add(t);
      }
    });
    return rules;
  }

  /** The first node of the rule with this id, if the rule was reached. */
  public Optional<Trace> find(String ruleId) {
    for (Trace t : nodes()) {
      if (t.id.equals(ruleId) && (t.kind == Kind.RULE || t.kind == Kind.NOT_IN_FORCE)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Whether this tree reads the fact with this id. */
  public boolean reads(String factId) {
    return facts().containsKey(factId);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Trace)) {
      return false;
    }
    Trace t = (Trace) o;
    return kind == t.kind
        && id.equals(t.id)
        && text.equals(t.text)
        && truth == t.truth
        && citations().equals(t.citations())
        && Objects.equals(validity, t.validity)
        && children().equals(t.children());
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id, text, truth, citations(), validity, children());
  }

  /** The tree as indented text, one step a line, for logs and debugging. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    render(s, 0);
    return s.toString();
  }

  private void render(StringBuilder s, int depth) {
    s.append("  ".repeat(depth)).append('[').append(truth).append("] ");
    String label = text.english();
    switch (kind) {
      case RULE -> s.append(label).append(" (").append(id).append(citations().isEmpty() ? "" : "; " + citations()).append(')');
      case NOT_IN_FORCE -> s.append(label).append(" (").append(id).append(") not in force: ").append(validity);
      case FACT -> s.append("fact ").append(id).append(": ").append(label);
      case PRESUMED -> s.append("presumed ").append(id).append(": ").append(label);
      case ASSERTED -> s.append("asserted ").append(id).append(": ").append(label);
      default -> s.append(label);
    }
    s.append('\n');
    for (Trace child : children()) {
      child.render(s, depth + 1);
    }
  }
}
