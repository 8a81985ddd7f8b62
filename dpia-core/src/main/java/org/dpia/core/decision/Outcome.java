package org.dpia.core.decision;

import org.dpia.core.logic.Truth;

/** Whether a DPIA was mandatory. */
public enum Outcome {
  /** A DPIA was mandatory. */
  REQUIRED,
  /** No DPIA was mandatory; the grounds say why (outside scope, exempt, below the threshold, not in force). */
  NOT_REQUIRED,
  /** The facts given do not settle it; the missing facts say what would. */
  UNDETERMINED;

  /** REQUIRED for true, NOT_REQUIRED for false, UNDETERMINED for unknown. */
  public static Outcome of(Truth required) {
    switch (required) {
      case TRUE:
        return REQUIRED;
      case FALSE:
        return NOT_REQUIRED;
      default:
        return UNDETERMINED;
    }
  }

  /** The truth of "a DPIA is required". */
  public Truth asTruth() {
    switch (this) {
      case REQUIRED:
        return Truth.TRUE;
      case NOT_REQUIRED:
        return Truth.FALSE;
      default:
        return Truth.UNKNOWN;
    }
  }
}
