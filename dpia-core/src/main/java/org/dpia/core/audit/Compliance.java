package org.dpia.core.audit;

/** Whether the DPIA duty was met over a segment of an audit. */
public enum Compliance {
  /** A DPIA was required and one covering this version was completed before the segment began. */
  MET,
  /** A DPIA was required and none covering this version was in place; see the {@link BreachReason}. */
  BREACHED,
  /** No DPIA was required. */
  NOT_REQUIRED,
  /** The facts do not settle whether a DPIA was required, or whether a DPIA covered this version. */
  UNDETERMINED;

  /** Why a required DPIA was not in place. */
  public enum BreachReason {
    /** No DPIA was ever carried out for this processing by that day. */
    NO_DPIA,
    /** A DPIA covering this version was carried out, but only after the duty arose. */
    LATE,
    /** The DPIAs carried out were for earlier versions and do not cover this one's change. */
    DOES_NOT_COVER_VERSION,
    /** The covering DPIA's review date had passed without a new one. */
    REVIEW_OVERDUE
  }
}
