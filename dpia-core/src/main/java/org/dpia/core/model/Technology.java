package org.dpia.core.model;

import org.dpia.core.logic.Truth;

/**
 * A technology a processing uses, with what it does to people: whether it observes, monitors or
 * records them, identifies them biometrically, or locates them. These are facts about the
 * technology, given by core's {@link StandardTechnology} values and declared by an application's
 * {@link CustomTechnology}; each is unknown unless said. Whether a technology is an innovative use
 * (WP248 criterion 8) is a legal qualification that changes over time: the rulebook makes it, with
 * its source, for the technologies it knows, and reads {@link #innovative()} for the others.
 */
public interface Technology extends Vocabulary {

  /** Whether it observes, monitors or records people (cameras, microphones, trackers, activity monitoring). */
  default Truth observesPeople() {
    return Truth.UNKNOWN;
  }

  /** Whether it processes biometric data to identify or authenticate people uniquely (GDPR art. 4(14), 9(1)). */
  default Truth identifiesBiometrically() {
    return Truth.UNKNOWN;
  }

  /** Whether it produces data on where people are (location data). */
  default Truth locatesPeople() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether its use is innovative, as declared by whoever describes it; core's technologies leave
   * it to the rulebook, which judges it with its sources and dates.
   */
  default Truth innovative() {
    return Truth.UNKNOWN;
  }
}
