package org.dpia.rules.fr;

import java.time.LocalDate;
import org.dpia.core.model.LegalFramework;
import org.dpia.core.time.DateRange;
import org.dpia.core.text.Text;

/** French legal frameworks under which a processing may be carried out, when a law names it. */
public enum FrenchLegalFramework implements LegalFramework {
  /**
   * The experiment of algorithmic processing of images from video protection systems and drones at
   * sporting, recreational or cultural events, loi n° 2023-380 du 19 mai 2023, art. 10, until
   * 31 March 2025.
   */
  OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT(
      "the algorithmic video experiment of art. 10 of Act no. 2023-380 (Olympic Games Act)",
      "l'expérimentation de vidéo algorithmique prévue à l'article 10 de la loi n° 2023-380 (loi sur les Jeux olympiques)",
      // the experiment's period: décret n° 2023-828 in force on 31 August 2023, end on 31 March 2025
      // (the same days as Loi2023380.EXPERIMENT_FROM and EXPERIMENT_UNTIL, checked by a test)
      DateRange.of(LocalDate.of(2023, 8, 31), LocalDate.of(2025, 3, 31)));

  private final Text text;
  private final DateRange validity;

  FrenchLegalFramework(String english, String french, DateRange validity) {
    this.text = Text.of(english, french);
    this.validity = validity;
  }

  /** The days the framework is in force. */
  @Override
  public DateRange validity() {
    return validity;
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
