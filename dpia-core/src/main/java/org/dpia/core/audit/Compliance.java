package org.dpia.core.audit;

/** Whether the DPIA duty was met over a segment of an audit. */
public enum Compliance {
  /**
   * A DPIA covering this version was in place and met every requirement the rulebook declares; the
   * duty was met (also on days when whether a DPIA was required is undetermined: it was met either way).
   */
  MET,
  /** A DPIA was required and the duty was not met; see the segment's {@link Finding findings}. */
  BREACHED,
  /** No DPIA was required. */
  NOT_REQUIRED,
  /**
   * The facts do not settle whether a DPIA was required, whether one covered this version, or
   * whether it met a requirement; the segment's findings say which point is open.
   */
  UNDETERMINED;

  /** Why the duty was not met, or the point on which it is not known to be met. */
  public enum BreachReason {
    /** No DPIA was ever carried out for this processing by that day. */
    NO_DPIA,
    /** A DPIA covering this version was carried out, but only after the duty arose. */
    LATE,
    /** The DPIAs carried out were for earlier versions, or for another scope, and do not cover this one. */
    DOES_NOT_COVER_VERSION,
    /** The DPIA lacks a part the law requires it to contain (the finding names which). */
    LACKS_CONTENT,
    /** The data protection officer's advice was not sought when the DPIA was carried out. */
    DPO_NOT_CONSULTED,
    /** The DPIA found a high residual risk and the supervisory authority was not consulted before processing. */
    PRIOR_CONSULTATION_MISSING,
    /** The processing changed in a way that altered its risk, and the DPIA was not reviewed since. */
    NOT_REVIEWED_AFTER_CHANGE,
    /** The covering DPIA's review date had passed without a review. */
    REVIEW_OVERDUE
  }
}
