package org.dpia.rules.fr;

import org.dpia.core.model.LegalFramework;
import org.dpia.core.text.Text;

/** French legal frameworks under which a processing may be carried out, when a law names it. */
public enum FrenchLegalFramework implements LegalFramework {
  /**
   * The experiment of algorithmic processing of images from video protection systems and drones at
   * sporting, recreational or cultural events, loi n° 2023-380 du 19 mai 2023, art. 10, until
   * 31 March 2025.
   */
  OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT(
      "the algorithmic video experiment of art. 10 of loi n° 2023-380 (Olympic Games law)",
      "l'expérimentation de vidéo algorithmique prévue à l'article 10 de la loi n° 2023-380 (loi sur les Jeux olympiques)");

  private final Text text;

  FrenchLegalFramework(String english, String french) {
    this.text = Text.of(english, french);
  }

  @Override
  public String id() {
    return "FR_" + name();
  }

  @Override
  public String label() {
    return text.english();
  }

  @Override
  public Text text() {
    return text;
  }
}
