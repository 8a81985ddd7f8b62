package org.dpia.core.decision.spi;

import java.util.Objects;
import java.util.Optional;
import org.dpia.core.decision.Effect;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.logic.Rule;
import org.dpia.core.text.Text;

/**
 * A rule placed in a {@link Precedence}: the rule, what it does to the DPIA duty when it holds, the
 * kind of ground it gives, and an optional remark shown with the ground.
 *
 * @param <T> what the rule is evaluated against
 */
public final class Provision<T> {
  private final Rule<T> rule;
  private final Effect effect;
  private final GroundKind kind;
  private final Text remark;

  private Provision(Rule<T> rule, Effect effect, GroundKind kind, Text remark) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.effect = Objects.requireNonNull(effect, "effect");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.remark = remark;
  }

  /** A rule that makes a DPIA mandatory when it holds. */
  public static <T> Provision<T> requires(GroundKind kind, Rule<T> rule) {
    return new Provision<>(rule, Effect.REQUIRES, kind, null);
  }

  /** A rule that makes a DPIA not mandatory when it holds. */
  public static <T> Provision<T> dispenses(GroundKind kind, Rule<T> rule) {
    return new Provision<>(rule, Effect.DISPENSES, kind, null);
  }

  /** This provision with a remark shown beside its ground, in several languages. */
  public Provision<T> withRemark(Text text) {
    return new Provision<>(rule, effect, kind, Objects.requireNonNull(text, "text"));
  }

  /** This provision with a remark in English shown beside its ground. */
  public Provision<T> withRemark(String text) {
    return withRemark(Text.of(text));
  }

  /** The rule. */
  public Rule<T> rule() {
    return rule;
  }

  /** What it does when it holds. */
  public Effect effect() {
    return effect;
  }

  /** The kind of ground it gives. */
  public GroundKind kind() {
    return kind;
  }

  /** The remark shown with its ground, if any. */
  public Optional<Text> remark() {
    return Optional.ofNullable(remark);
  }
}
