package org.dpia.rules.fr.statutes;

import static org.dpia.core.logic.Conditions.all;

import java.time.LocalDate;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Rule;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;
import org.dpia.rules.fr.Facts;
import org.dpia.rules.fr.FrenchLegalFramework;

/**
 * Loi n° 2023-380 du 19 mai 2023 relative aux jeux Olympiques et Paralympiques de 2024, art. 10:
 * the experimental algorithmic processing of images from video protection systems and drones at
 * sporting, recreational or cultural events, without biometric identification, authorised by
 * decree after the CNIL's opinion, carries a DPIA (the CNIL's opinion on décret n° 2023-828 notes
 * the impact assessment « comme le prévoit la loi »). The experiment ran from the decree's entry
 * into force to 31 March 2025; its extension was struck down (Conseil constitutionnel, décision
 * n° 2025-878 DC).
 *
 * <p>Verification: dates checked; the DPIA is attested by the CNIL's opinion (délibération
 * n° 2023-068); the law's own wording on it was not read, so not quoted.
 */
public final class Loi2023380 {
  private Loi2023380() {}

  /** The law. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("fr.loi-2023-380")
      .title("Loi n° 2023-380 du 19 mai 2023 relative aux jeux Olympiques et Paralympiques de 2024 et portant diverses autres dispositions")
      .shortTitle("Loi n° 2023-380")
      .reference("JORFTEXT000047561974")
      .url("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047561974")
      .adoptedOn(LocalDate.of(2023, 5, 19))
      .language("fr")
      .verification(Verification.CHECKED)
      .verificationNote("Dates checked; the DPIA is attested by the CNIL's opinion (délib. n° 2023-068); the law's own wording on it not read, so not quoted.")
      .build();

  /** Décret n° 2023-828 du 28 août 2023, implementing art. 10; JORF 30 August 2023, in force the next day. */
  public static final LegalSource DECRET_2023_828 = LegalSource.builder()
      .id("fr.decret-2023-828")
      .title("Décret n° 2023-828 du 28 août 2023 relatif aux modalités de mise en œuvre des traitements algorithmiques prévus à l'article 10 de la loi n° 2023-380")
      .shortTitle("Décret n° 2023-828")
      .reference("JORFTEXT000048007135")
      .url("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048007135")
      .adoptedOn(LocalDate.of(2023, 8, 28))
      .publishedOn(LocalDate.of(2023, 8, 30))
      .language("fr")
      .verification(Verification.CHECKED)
      .verificationNote("Date and entry into force checked.")
      .build();

  /** Décret n° 2023-828 (published 30 August 2023) entered into force the next day. */
  public static final LocalDate EXPERIMENT_FROM = LocalDate.of(2023, 8, 31);

  /** The experiment ended on 31 March 2025 (its extension was struck down, décision n° 2025-878 DC). */
  public static final LocalDate EXPERIMENT_UNTIL = LocalDate.of(2025, 3, 31);

  /** The experiment's DPIA, imposed by the law. */
  public static final Rule<ProcessingOperation> ART_10 = Rule.named("fr.loi-2023-380.art-10",
          Text.of("Algorithmic video experiment of the 2024 Olympic Games law: DPIA imposed by the law",
              "Expérimentation de vidéo algorithmique de la loi sur les Jeux olympiques de 2024 : AIPD imposée par la loi"))
      .citing(Citation.of(SOURCE, "10"), Citation.of(DECRET_2023_828))
      .valid(DateRange.of(EXPERIMENT_FROM, EXPERIMENT_UNTIL))
      .when(all(
          Facts.framework(FrenchLegalFramework.OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT).holds(),
          Facts.VIDEO_ANALYSIS.holds()));
}
