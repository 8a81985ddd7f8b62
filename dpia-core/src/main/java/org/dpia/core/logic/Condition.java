package org.dpia.core.logic;

/**
 * Something that is true, false or unknown of an input on a date, and explains why with a
 * {@link Trace}. Build conditions from {@link Fact facts} with {@link Conditions}; a {@link Rule} is
 * a condition with a citation and a validity.
 *
 * @param <T> what the condition is evaluated against
 */
@FunctionalInterface
public interface Condition<T> {

  /** Evaluates this condition; the returned trace carries the truth and its reasons. */
  Trace evaluate(Context<T> context);

  /**
   * The truth alone, without building the trace: the same as {@code evaluate(context).truth()},
   * faster. Used where only the outcome matters (ranking missing facts, timelines).
   */
  default Truth truth(Context<T> context) {
    return evaluate(context).truth();
  }

  /** Shorthand for {@code Conditions.all(this, other)}. */
  default Condition<T> and(Condition<T> other) {
    return Conditions.all(this, other);
  }

  /** Shorthand for {@code Conditions.any(this, other)}. */
  default Condition<T> or(Condition<T> other) {
    return Conditions.any(this, other);
  }
}
