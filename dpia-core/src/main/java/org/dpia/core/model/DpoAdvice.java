package org.dpia.core.model;

/** Whether the controller sought its data protection officer's advice when carrying out a DPIA. */
public enum DpoAdvice {
  /** The DPO's advice was sought. */
  SOUGHT,
  /** A DPO was designated, and their advice was not sought. */
  NOT_SOUGHT,
  /** No DPO was designated: there was no one whose advice the law requires to be sought. */
  NO_DPO_DESIGNATED,
  /** Not stated. */
  UNKNOWN
}
