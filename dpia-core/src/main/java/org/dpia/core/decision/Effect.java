package org.dpia.core.decision;

/** What a rule does to the DPIA duty when it holds. */
public enum Effect {
  /** It makes a DPIA mandatory. */
  REQUIRES,
  /** It makes a DPIA not mandatory. */
  DISPENSES;

  /** The outcome this effect leads to. */
  public Outcome outcome() {
    return this == REQUIRES ? Outcome.REQUIRED : Outcome.NOT_REQUIRED;
  }
}
