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
 * decree after the CNIL's opinion, carries a DPIA: the CNIL's opinion on the decree (délibération
 * n° 2023-068 du 15 juin 2023) notes that the ministry carried out, « comme le prévoit la loi »,
 * an abstract impact assessment of the experiment. Each use is authorised by the prefect, and the
 * controllers include the police and gendarmerie, fire services, municipal police and the internal
 * security services of the SNCF and the RATP, which are not competent authorities.
 *
 * <p>Reading: the law deems a DPIA of the experiment necessary, which is the Member State's word
 * that art. 35(10) reserves: a processing under the experiment is one for which a DPIA is
 * mandatory, above any art. 35(10) exception. That DPIA is the ministry's; whether each deployer
 * must also carry out its own follows from GDPR art. 35 or LIL art. 90 and is not decided here
 * (the paragraphs of art. 10 on deployments were not read). The experiment ran from the decree's
 * entry into force to 31 March 2025; its extension was struck down (Conseil constitutionnel,
 * décision n° 2025-878 DC).
 *
 * <p>Verification: dates checked; the DPIA is attested by the CNIL's opinion; the law's own wording
 * on it was not read, so not quoted.
 */
public final class Loi2023380 {
  private Loi2023380() {}

  /** The law. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("fr.loi-2023-380")
      .title("Loi n° 2023-380 du 19 mai 2023 relative aux jeux Olympiques et Paralympiques de 2024 et portant diverses autres dispositions")
      .shortTitles(Text.of("Act no. 2023-380", "Loi n° 2023-380"))
      .reference("JORFTEXT000047561974")
      .url("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047561974")
      .adoptedOn(LocalDate.of(2023, 5, 19))
      .publishedOn(LocalDate.of(2023, 5, 20))
      .language("fr")
      .verification(Verification.CHECKED)
      .verificationNote("Dates checked; the DPIA is attested by the CNIL's opinion (délib. n° 2023-068 du 15 juin 2023); the law's own wording on it not read, so not quoted.")
      .build();

  /** Décret n° 2023-828 du 28 août 2023, implementing art. 10; JORF 30 August 2023, in force the next day. */
  public static final LegalSource DECRET_2023_828 = LegalSource.builder()
      .id("fr.decret-2023-828")
      .title("Décret n° 2023-828 du 28 août 2023 relatif aux modalités de mise en œuvre des traitements algorithmiques sur les images collectées au moyen de systèmes de vidéoprotection et de caméras installées sur des aéronefs, pris en application de l'article 10 de la loi n° 2023-380 du 19 mai 2023 relative aux jeux Olympiques et Paralympiques de 2024 et portant diverses autres dispositions")
      .shortTitles(Text.of("Decree no. 2023-828", "Décret n° 2023-828"))
      .reference("JORFTEXT000048007135")
      .url("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048007135")
      .adoptedOn(LocalDate.of(2023, 8, 28))
      .publishedOn(LocalDate.of(2023, 8, 30))
      .language("fr")
      .verification(Verification.CHECKED)
      .verificationNote("Official title, date and entry into force checked on Légifrance.")
      .build();

  /** The CNIL's opinion on the draft decree, délibération n° 2023-068 du 15 juin 2023 (JORF 30 August 2023). */
  public static final LegalSource CNIL_OPINION_2023_068 = LegalSource.builder()
      .id("fr.cnil.2023-068")
      .title("Délibération n° 2023-068 du 15 juin 2023 portant avis sur un projet de décret relatif aux modalités de mise en œuvre des traitements algorithmiques prévus à l'article 10 de la loi n° 2023-380")
      .shortTitles(Text.of("CNIL deliberation no. 2023-068", "CNIL délib. n° 2023-068"))
      .reference("JORFTEXT000048007622")
      .url("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048007622")
      .adoptedOn(LocalDate.of(2023, 6, 15))
      .publishedOn(LocalDate.of(2023, 8, 30))
      .language("fr")
      .binding(false)
      .verification(Verification.CHECKED)
      .verificationNote("Date and the sentence on the ministry's impact assessment read on Légifrance.")
      .build();

  /** The CNIL's words on the ministry's impact assessment. */
  public static final Citation MINISTRY_ASSESSMENT = Citation.builder().source(CNIL_OPINION_2023_068)
      .wording("la CNIL relève que le ministère a réalisé, comme le prévoit la loi, une étude d'impact abstraite relative à la protection des données (AIPD)")
      .build();

  /** The reading shown with the ground. */
  public static final Text READING = Text.of(
      "the DPIA the law provides for is the ministry's impact assessment of the experiment; whether a deployer must add its own follows from GDPR art. 35 or LIL art. 90",
      "l'AIPD que prévoit la loi est l'analyse d'impact du ministère sur l'expérimentation ; celle de chaque responsable de traitement relève de l'article 35 du RGPD ou de l'article 90 de la loi Informatique et Libertés");

  /** Décret n° 2023-828 (published 30 August 2023) entered into force the next day. */
  public static final LocalDate EXPERIMENT_FROM = LocalDate.of(2023, 8, 31);

  /** The experiment ended on 31 March 2025 (its extension was struck down, décision n° 2025-878 DC). */
  public static final LocalDate EXPERIMENT_UNTIL = LocalDate.of(2025, 3, 31);

  /** The experiment's DPIA, imposed by the law. */
  public static final Rule<ProcessingOperation> ART_10 = Rule.named("fr.loi-2023-380.art-10",
          Text.of("Algorithmic video experiment of the 2024 Olympic Games law: DPIA imposed by the law",
              "Expérimentation de vidéo algorithmique de la loi sur les Jeux olympiques de 2024 : AIPD imposée par la loi"))
      .citing(Citation.of(SOURCE, "10"), Citation.of(DECRET_2023_828), MINISTRY_ASSESSMENT)
      .valid(DateRange.of(EXPERIMENT_FROM, EXPERIMENT_UNTIL))
      .when(all(
          Facts.framework(FrenchLegalFramework.OLYMPIC_GAMES_ALGORITHMIC_VIDEO_EXPERIMENT).holds(),
          Facts.VIDEO_ANALYSIS.holds()));
}
