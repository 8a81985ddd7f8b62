package org.dpia.rules.fr.eu;

import java.time.LocalDate;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.text.Text;

/**
 * CJEU, 11 December 2014, František Ryneš v Úřad pro ochranu osobních údajů, C-212/13
 * (ECLI:EU:C:2014:2428): the exception for a purely personal or household activity is construed
 * narrowly; a camera system installed by an individual on his family home that also monitors a
 * public space is not such an activity. The judgment interprets Directive 95/46/EC art. 3(2); its
 * application to GDPR art. 2(2)(c), which keeps the same exception, is the common reading (recital
 * 18 adds that the activity has no connection with a professional or commercial activity).
 *
 * <p>Verification: checked (EUR-Lex CELEX 62013CJ0212 and the Court's official summary, point 3:
 * « Operation of a camera system … which also monitors a public space — Not included »); its
 * transposition to the GDPR is a reading.
 */
public final class Rynes {
  private Rynes() {}

  /** The judgment. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("eu.cjeu.c-212-13")
      .title("CJUE, 11 décembre 2014, František Ryneš c. Úřad pro ochranu osobních údajů, C-212/13")
      .shortTitles(Text.of("CJEU C-212/13 Ryneš", "CJUE C-212/13 Ryneš"))
      .reference("ECLI:EU:C:2014:2428; CELEX 62013CJ0212")
      .url("https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:62013CJ0212")
      .adoptedOn(LocalDate.of(2014, 12, 11))
      .language("fr")
      .verification(Verification.CHECKED)
      .verificationNote("Read on EUR-Lex and in the Court's official summary (point 3). It interprets Directive 95/46/EC art. 3(2); applying it to GDPR art. 2(2)(c) is a reading.")
      .build();

  /** The holding: a camera that also monitors a public space is not a purely personal activity. */
  public static final Citation CAMERA_ON_PUBLIC_SPACE = Citation.builder().source(SOURCE).part(Text.of("point 3 of the summary", "point 3 du sommaire"))
      .wording("Operation of a camera system … installed by an individual on his family home … which also monitors a public space — Not included")
      .build();
}
