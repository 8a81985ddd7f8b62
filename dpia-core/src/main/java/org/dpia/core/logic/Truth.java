package org.dpia.core.logic;

import java.util.Objects;

/**
 * A truth value of Kleene's strong three-valued logic: {@link #TRUE}, {@link #FALSE} or
 * {@link #UNKNOWN}.
 *
 * <p>{@code UNKNOWN} means "could be either": a fact the caller did not give, or a conclusion that
 * depends on one. The operators give a known result whenever every way of filling in the unknowns
 * gives the same result: {@code FALSE.and(UNKNOWN)} is {@code FALSE}, {@code TRUE.or(UNKNOWN)} is
 * {@code TRUE}, and {@code UNKNOWN.not()} is {@code UNKNOWN}.
 */
public enum Truth {
  /** Known to hold. */
  TRUE,
  /** Known not to hold. */
  FALSE,
  /** Not known: it may hold or not. */
  UNKNOWN;

  /** The truth of a known boolean. */
  public static Truth of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /** Kleene conjunction: false if either is false, true if both are true, otherwise unknown. */
  public Truth and(Truth other) {
    Objects.requireNonNull(other, "other");
    if (this == FALSE || other == FALSE) {
      return FALSE;
    }
    return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
  }

  /** Kleene disjunction: true if either is true, false if both are false, otherwise unknown. */
  public Truth or(Truth other) {
    Objects.requireNonNull(other, "other");
    if (this == TRUE || other == TRUE) {
      return TRUE;
    }
    return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
  }

  /** Kleene negation: swaps true and false, keeps unknown. */
  public Truth not() {
    return switch (this) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
    };
  }

  /** Whether this is {@link #TRUE}. */
  public boolean isTrue() {
    return this == TRUE;
  }

  /** Whether this is {@link #FALSE}. */
  public boolean isFalse() {
    return this == FALSE;
  }

  /** Whether this is {@link #TRUE} or {@link #FALSE}. */
  public boolean isKnown() {
    return this != UNKNOWN;
  }
}
