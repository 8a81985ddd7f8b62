package org.dpia.core.model;

import org.dpia.core.logic.Truth;
import org.dpia.core.time.DateRange;

/**
 * A specific legal framework under which a processing is carried out, when a law names it: an
 * experiment authorised by statute, a processing created by decree. Rulebooks define the
 * frameworks their law knows; an application describes others with {@link CustomLegalFramework}.
 *
 * <p>A framework says when it is in force and whether the law that sets it up was adopted with a
 * general data protection impact assessment: GDPR art. 35(10) dispenses with a DPIA only for
 * processing whose legal basis regulates it and was so assessed, and only while that law is in
 * force.
 */
public interface LegalFramework extends Vocabulary {

  /** The days on which the framework is in force; always, unless it says otherwise. */
  default DateRange validity() {
    return DateRange.always();
  }

  /**
   * Whether the law that sets up this framework regulates the processing and was adopted with a
   * general impact assessment covering data protection; unknown unless the framework says so.
   */
  default Truth generalImpactAssessment() {
    return Truth.UNKNOWN;
  }
}
