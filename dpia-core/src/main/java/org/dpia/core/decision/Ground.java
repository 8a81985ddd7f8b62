package org.dpia.core.decision;

import java.util.List;
import java.util.Optional;
import org.dpia.core.law.Citation;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
import org.dpia.core.text.Text;
import org.immutables.value.Value;

/**
 * One legal ground of a decision: a rule that held (or, in an undetermined decision, might hold),
 * what it does to the DPIA duty, its citations and the trace of how it was found.
 */
@Value.Immutable
public abstract class Ground {

  /** Only the implementation Immutables generates extends it; {@link #builder()} makes one. */
  Ground() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Ground}. */
  public static class Builder extends ImmutableGround.Builder {
    /** An empty builder, the same as {@link Ground#builder()}. */
    public Builder() {}
  }

  /** The kind of ground. */
  public abstract GroundKind kind();

  /** What it does to the DPIA duty. */
  public abstract Effect effect();

  /** The id of the rule. */
  public abstract String ruleId();

  /** The rule's title, in every language it is written in. */
  public abstract Text title();

  /** The regime under which it applies, if any. */
  public abstract Optional<Regime> regime();

  /** TRUE if it held; UNKNOWN if it might hold (in an undetermined decision). */
  public abstract Truth truth();

  /** The provisions it encodes. */
  public abstract List<Citation> citations();

  /** How it was found. */
  public abstract Trace trace();

  /** A further remark the reader must see (e.g. that a presumption can be rebutted). */
  public abstract Optional<Text> remark();

  @Override
  public String toString() {
    return title() + " " + citations() + (truth() == Truth.TRUE ? "" : " (" + truth() + ")");
  }
}
