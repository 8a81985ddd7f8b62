package org.dpia.core.decision;

import java.util.List;
import org.dpia.core.logic.Truth;
import org.dpia.core.text.Text;
import org.immutables.value.Value;

/**
 * A fact the law leaves to the controller to establish — an exception it must invoke, such as a law
 * adopted with its own impact assessment (GDPR art. 35(10)) — which the description does not state
 * and which the decision therefore reads as not established. It is listed because establishing it
 * would change the outcome: the decision is definite on what was stated, and says on what it rests.
 */
@Value.Immutable
public abstract class Presumption {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  Presumption() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Presumption}. */
  public static class Builder extends ImmutablePresumption.Builder {
    /** An empty builder, the same as {@link Presumption#builder()}. */
    public Builder() {}
  }

  /** The fact's stable id, as read by the rules; answer it by this id to establish it. */
  public abstract String factId();

  /** The fact in plain words, in every language it is written in. */
  public abstract Text description();

  /** The value the decision read for it, the law's presumption ({@link Truth#FALSE} for an exception not invoked). */
  public abstract Truth presumed();

  /**
   * The outcome if the controller established the opposite — together with the presumptions
   * {@link #alongWith()} names, if any — all else unchanged.
   */
  public abstract Outcome ifEstablished();

  /**
   * The ids of the other presumed facts that must be established with this one to change the
   * outcome (the conditions of one exception, such as a start before a date and a formality);
   * empty when establishing this one alone changes it.
   */
  public abstract List<String> alongWith();

  /** Whether establishing this fact alone changes the outcome. */
  @Value.Derived
  public boolean changesAlone() {
    return alongWith().isEmpty();
  }

  /** The answer that establishes it: the opposite of the presumption. */
  @Value.Derived
  public Truth established() {
    return presumed().not();
  }

  @Value.Check
  void check() {
    if (!presumed().isKnown()) {
      throw new IllegalArgumentException("a presumption is true or false, not unknown: " + factId());
    }
  }

  @Override
  public String toString() {
    return factId() + " (presumed " + presumed() + "; if established otherwise"
        + (alongWith().isEmpty() ? "" : " with " + alongWith()) + ": " + ifEstablished() + ")";
  }
}
