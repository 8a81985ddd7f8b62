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
    return switch (required) {
      case TRUE -> REQUIRED;
      case FALSE -> NOT_REQUIRED;
      case UNKNOWN -> UNDETERMINED;
    };
  }

  /** The truth of "a DPIA is required". */
  public Truth asTruth() {
    return switch (this) {
      case REQUIRED -> Truth.TRUE;
      case NOT_REQUIRED -> Truth.FALSE;
      case UNDETERMINED -> Truth.UNKNOWN;
    };
  }
}
