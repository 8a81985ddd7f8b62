package org.dpia.core.logic;

import java.util.Set;

/**
 * Something that is true, false or unknown of an input on a date, and explains why with a
 * {@link Trace}. Conditions are built from {@link Fact facts} with the combinators of
 * {@link Conditions}; a {@link Rule} is a condition with a citation and a validity. The set of
 * conditions is closed: all the law's judgement lives in the facts' readers, and a condition is a
 * propositional structure over them, which lets the engine list the {@link #facts() facts it reads}
 * and reason over every way the unknown ones could be filled in.
 *
 * @param <T> what the condition is evaluated against
 */
public sealed interface Condition<T>
    permits Rule, Conditions.FactNode, Conditions.ConstantNode, Conditions.AllNode, Conditions.AnyNode,
        Conditions.AtLeastNode, Conditions.NotNode, Conditions.UnlessNode, Conditions.StatedOrNode {

  /** Evaluates this condition; the returned trace carries the truth and its reasons. */
  Trace evaluate(Context<T> context);

  /**
   * The truth alone, without building the trace: the same as {@code evaluate(context).truth()},
   * faster. Used where only the outcome matters (deciding, ranking missing facts, timelines).
   */
  Truth truth(Context<T> context);

  /** The facts this condition reads, each once, in the order they are met. */
  Set<Fact<T>> facts();

  /**
   * The conditions this one is made of, in order: the parts of a combination, the condition of a
   * rule, none for a fact or a constant. With {@link #facts()} it lets a tool walk the law's
   * structure (list the rules a condition nests, draw it, compile it).
   */
  java.util.List<Condition<T>> operands();

  /** Shorthand for {@code Conditions.all(this, other)}. */
  default Condition<T> and(Condition<T> other) {
    return Conditions.all(this, other);
  }

  /** Shorthand for {@code Conditions.any(this, other)}. */
  default Condition<T> or(Condition<T> other) {
    return Conditions.any(this, other);
  }
}
