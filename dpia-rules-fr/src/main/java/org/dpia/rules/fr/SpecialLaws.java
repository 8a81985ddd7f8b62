package org.dpia.rules.fr;

import static org.dpia.core.logic.Conditions.all;

import java.time.LocalDate;
import java.util.List;
import org.dpia.core.law.Citation;
import org.dpia.core.law.Validity;
import org.dpia.core.logic.Rule;
import org.dpia.core.model.ProcessingOperation;

/**
 * French statutes that impose a DPIA on a processing by name. They rank above every exception,
 * since a Member State that deems a DPIA necessary overrides GDPR art. 35(10).
 */
public final class SpecialLaws {
  private SpecialLaws() {}

  /** Décret n° 2023-828 (published 30 August 2023) entered into force the next day. */
  public static final LocalDate OLYMPIC_EXPERIMENT_FROM = LocalDate.of(2023, 8, 31);

  /** The experiment ended on 31 March 2025 (its extension was struck down, décision n° 2025-878 DC). */
  public static final LocalDate OLYMPIC_EXPERIMENT_UNTIL = LocalDate.of(2025, 3, 31);

  /**
   * Loi n° 2023-380 du 19 mai 2023, art. 10: the experimental algorithmic processing of images from
   * video protection systems and drones at sporting, recreational or cultural events, without
   * biometric identification, authorised by decree after the CNIL's opinion, carries a DPIA
   * (the CNIL's opinion on décret n° 2023-828 notes the impact assessment « comme le prévoit la loi »).
   */
  public static final Rule<ProcessingOperation> OLYMPIC_VIDEO_EXPERIMENT = Rule.named("fr.loi-2023-380.art-10",
          "Algorithmic video experiment of the 2024 Olympic Games law: DPIA imposed by the law")
      .citing(Citation.of(Sources.LOI_2023_380, "10"), Citation.of(Sources.DECRET_2023_828))
      .valid(Validity.between(OLYMPIC_EXPERIMENT_FROM, OLYMPIC_EXPERIMENT_UNTIL))
      .when(all(
          Facts.framework(FrenchLegalFramework.OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT).holds(),
          Facts.VIDEO_ANALYSIS.holds()));

  /** Every explicit legal duty encoded. */
  public static final List<Rule<ProcessingOperation>> ALL = List.of(OLYMPIC_VIDEO_EXPERIMENT);
}
