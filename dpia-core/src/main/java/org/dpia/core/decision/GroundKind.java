package org.dpia.core.decision;

/** The kinds of legal ground a decision rests on, common to every jurisdiction. */
public enum GroundKind {
  /** Outside the scope of data protection law (no personal data, household activity). */
  OUT_OF_SCOPE,
  /** No DPIA duty was in force on the date. */
  NOT_IN_FORCE,
  /** Which regime of data protection law applies. */
  REGIME,
  /** A statute or decree imposes a DPIA on this processing by name. */
  EXPLICIT_LEGAL_DUTY,
  /** An exception written in the law (e.g. GDPR art. 35(10)). */
  LEGAL_EXCEPTION,
  /** A transitional dispensation for processing in place before the duty applied. */
  TRANSITIONAL,
  /** A case the law itself lists as requiring a DPIA (e.g. GDPR art. 35(3)). */
  STATUTORY_CASE,
  /** An item of the supervisory authority's list of processing requiring a DPIA (GDPR art. 35(4)). */
  MANDATORY_LIST,
  /** An item of the supervisory authority's list of processing requiring none (GDPR art. 35(5)). */
  EXEMPT_LIST,
  /** The risk criteria met make a high risk likely (a presumption the controller may rebut with documented reasons). */
  CRITERIA_PRESUMPTION,
  /** Too few risk criteria are met to presume a high risk. */
  BELOW_THRESHOLD,
  /** The law names this kind of data or processing as a high-risk case (e.g. LIL art. 90, sensitive data). */
  HIGH_RISK_CASE,
  /** No rule in force requires a DPIA. */
  NO_DUTY
}
