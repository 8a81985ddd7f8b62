package org.dpia.core.model;

import org.dpia.core.logic.Truth;

/**
 * What kind of body the controller is. Core's kinds are in {@link StandardControllerKind}; a
 * rulebook may add its own (a French "greffier de tribunal de commerce", say).
 */
public interface ControllerKind extends Vocabulary {

  /**
   * Whether a controller of this kind is a natural person (only a natural person can process in a
   * purely personal or household activity, GDPR art. 2(2)(c)). Unknown by default.
   */
  default Truth naturalPerson() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether a controller of this kind acts in a professional, commercial or public capacity, and so
   * never in a purely personal or household activity (GDPR recital 18). Unknown by default.
   */
  default Truth professional() {
    return Truth.UNKNOWN;
  }
}
