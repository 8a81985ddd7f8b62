package org.dpia.rules.fr.lil;

import java.time.LocalDate;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;

/**
 * Loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés (LIL), as
 * rewritten by ordonnance n° 2018-1125 du 12 décembre 2018 with effect from 1 June 2019 (décret
 * n° 2019-536 du 29 mai 2019): Title II completes the GDPR (art. 62, 63), Title III transposes the
 * police-justice directive ({@link TitleIII}), Title IV covers State security ({@link TitleIV}).
 * Before 1 June 2019 the police-justice provisions stood in the former chapter XIII
 * ({@link Loi2018493}).
 *
 * <p>Verification: checked (LEGITEXT000006068624; art. 90 quoted).
 */
public final class Lil {
  private Lil() {}

  /** The law, in its consolidated version. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("fr.lil")
      .title("Loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés")
      .shortTitle("LIL")
      .reference("LEGITEXT000006068624")
      .url("https://www.legifrance.gouv.fr/loda/id/LEGITEXT000006068624/")
      .adoptedOn(LocalDate.of(1978, 1, 6))
      .language("fr")
      .verification(Verification.CHECKED)
      .verificationNote("Consolidated text on Légifrance; art. 90 quoted; arts. 62, 63, 87 in substance.")
      .build();

  /** Ordonnance n° 2018-1125 du 12 décembre 2018, which rewrote the LIL with effect from 1 June 2019. */
  public static final LegalSource ORDONNANCE_2018_1125 = LegalSource.builder()
      .id("fr.ordonnance-2018-1125")
      .title("Ordonnance n° 2018-1125 du 12 décembre 2018 (réécriture de la loi Informatique et Libertés)")
      .shortTitles(Text.of("Ordinance no. 2018-1125", "Ord. n° 2018-1125"))
      .reference("JORFTEXT000037800506")
      .url("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037800506")
      .adoptedOn(LocalDate.of(2018, 12, 12))
      .language("fr")
      .verification(Verification.CHECKED)
      .verificationNote("Entry into force of the rewritten LIL on 1 June 2019 (art. 29) checked.")
      .build();

  /** Décret n° 2019-536 du 29 mai 2019, with which the rewritten LIL entered into force on 1 June 2019. */
  public static final LegalSource DECRET_2019_536 = LegalSource.builder()
      .id("fr.decret-2019-536")
      .title("Décret n° 2019-536 du 29 mai 2019 pris pour l'application de la loi n° 78-17 du 6 janvier 1978")
      .shortTitles(Text.of("Decree no. 2019-536", "Décret n° 2019-536"))
      .reference("JORFTEXT000038528420")
      .adoptedOn(LocalDate.of(2019, 5, 29))
      .language("fr")
      .verification(Verification.CHECKED)
      .verificationNote("Date checked; its art. 130 (sensitive data deemed likely to result in a high risk, Title III) read in one third-party reproduction.")
      .build();

  /** The rewritten LIL (Titles II and III) is in force from 1 June 2019 (ord. n° 2018-1125, art. 29; décret n° 2019-536). */
  public static final LocalDate REWRITE = LocalDate.of(2019, 6, 1);

  /**
   * An article of the LIL in its numbering from 1 June 2019: cited only from that day, since before
   * it the number named another provision or none.
   */
  public static Citation article(String article) {
    return Citation.builder().source(SOURCE).article(article).validity(DateRange.from(REWRITE)).build();
  }

  /** The LIL as a whole. */
  public static final Citation WHOLE = Citation.of(SOURCE);
}
