package org.dpia.core.model;

/** The risk a DPIA found would remain if the controller took no further measure to mitigate it. */
public enum ResidualRisk {
  /** High: the law requires the supervisory authority to be consulted before processing. */
  HIGH,
  /** Not high. */
  NOT_HIGH,
  /** Not stated. */
  UNKNOWN
}
