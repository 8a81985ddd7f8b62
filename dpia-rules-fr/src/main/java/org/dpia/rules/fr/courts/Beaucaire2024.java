package org.dpia.rules.fr.courts;

import java.time.LocalDate;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.text.Text;

/**
 * Conseil d'État, 30 April 2024, Commune de Beaucaire, n° 472864 (ECLI:FR:CECHR:2024:472864.20240430),
 * upholding the CNIL's formal notice MED-2023-006: a commune running video protection of public
 * roads under art. L. 251-2 of the Code de la sécurité intérieure is a competent authority in the
 * sense of LIL art. 87, so LIL Title III governs, and its 73-camera system, by its nature and
 * scale, required an impact assessment (LIL art. 90).
 *
 * <p>Read as: a local authority that pursues a criminal-law purpose does so as a competent
 * authority (it can pursue one only under the police powers the law gives it). A reading of the
 * judgment, which rules on video protection.
 *
 * <p>Verification: substance (the decision's summary and a machine translation of its reasons,
 * read in a public copy; the French original not read).
 */
public final class Beaucaire2024 {
  private Beaucaire2024() {}

  /** The judgment. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("fr.ce.2024-04-30.472864")
      .title("Conseil d'État, 30 avril 2024, Commune de Beaucaire, n° 472864")
      .shortTitles(Text.of("CE, 30 April 2024, no. 472864", "CE, 30 avril 2024, n° 472864"))
      .reference("ECLI:FR:CECHR:2024:472864.20240430")
      .url("https://www.legifrance.gouv.fr/ceta/id/CETATEXT000049496396")
      .adoptedOn(LocalDate.of(2024, 4, 30))
      .language("fr")
      .verification(Verification.SUBSTANCE)
      .verificationNote("Summary and machine translation of the reasons read in a public copy (gdprhub); the French text not read; the Légifrance address is the usual form of its identifier, not checked.")
      .build();

  /** The system, by its nature and scale (73 cameras on public roads), was likely to present a high risk. */
  public static final Citation NATURE_AND_SCALE = Citation.builder().source(SOURCE)
      .part(Text.of("73 cameras on public roads: a high risk by their nature and scale",
          "73 caméras sur la voie publique : un risque élevé par leur nature et leur ampleur")).build();

  /** The commune, running video protection of public roads, is a competent authority (LIL art. 87). */
  public static final Citation COMMUNE_IS_COMPETENT_AUTHORITY = Citation.builder().source(SOURCE)
      .part(Text.of("the commune as a competent authority (LIL art. 87)",
          "la commune, autorité compétente (LIL art. 87)")).build();
}
