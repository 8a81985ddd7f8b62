package org.dpia.rules.fr;

import org.dpia.core.model.LegalFramework;

/** French legal frameworks that impose a DPIA on a processing by name. */
public enum FrenchLegalFramework implements LegalFramework {
  /**
   * The experiment of algorithmic processing of images from video protection systems and drones at
   * sporting, recreational or cultural events, loi n° 2023-380 du 19 mai 2023, art. 10, until
   * 31 March 2025.
   */
  OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT(
      "the algorithmic video experiment of art. 10 of loi n° 2023-380 (Olympic Games law)");

  private final String label;

  FrenchLegalFramework(String label) {
    this.label = label;
  }

  @Override
  public String id() {
    return "FR_" + name();
  }

  @Override
  public String label() {
    return label;
  }
}
