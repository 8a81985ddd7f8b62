package org.dpia.core.decision.spi;

import java.util.List;
import java.util.Objects;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.Outcome;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Trace;
import org.dpia.core.text.Text;

/**
 * What a {@link Precedence} came to for one regime: the outcome, the grounds it rests on (the
 * provisions that held in the deciding rank, or, when undetermined, those that might), any conflict
 * between provisions of equal rank, and the trace of every rank.
 */
public final class Resolution {
  private final Outcome outcome;
  private final List<Ground> grounds;
  private final List<Text> conflicts;
  private final Trace trace;
  /** The rules whose traces the trace holds, in its order: the provisions of every rank read, then the fallback if it decided. */
  final List<? extends Rule<?>> evaluated;

  Resolution(Outcome outcome, List<Ground> grounds, List<Text> conflicts, Trace trace, List<? extends Rule<?>> evaluated) {
    this.outcome = Objects.requireNonNull(outcome);
    this.grounds = List.copyOf(grounds);
    this.conflicts = List.copyOf(conflicts);
    this.trace = Objects.requireNonNull(trace);
    this.evaluated = evaluated;
  }

  /** The outcome. */
  public Outcome outcome() {
    return outcome;
  }

  /** The grounds, deciding rank first. */
  public List<Ground> grounds() {
    return grounds;
  }

  /** Conflicts between provisions of equal rank with opposite effects, in words; empty when none. */
  public List<Text> conflicts() {
    return conflicts;
  }

  /** The trace of every rank evaluated. */
  public Trace trace() {
    return trace;
  }
}
