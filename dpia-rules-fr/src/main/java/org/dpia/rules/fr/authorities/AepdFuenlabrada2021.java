package org.dpia.rules.fr.authorities;

import java.time.LocalDate;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;

/**
 * Agencia Española de Protección de Datos, E/02666/2020 (resolution published 24 March 2021),
 * Fuenlabrada municipality: drone recording of road traffic is systematic observation of a
 * publicly accessible area on a large scale, using an innovative technology (drones), and so
 * required a prior impact assessment. The only authority's finding read that drones are an
 * innovative use (WP248 criterion 8). Drones are taken as innovative from the earliest day of the
 * use it judged: the municipality's letter of 3 January 2020 already described the flights.
 *
 * <p>Verification: substance (the decision's summary and a machine translation, read in a public
 * copy); another Member State's authority: persuasive, not French law.
 */
public final class AepdFuenlabrada2021 {
  private AepdFuenlabrada2021() {}

  /** The day the resolution was published. */
  public static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 24);

  /** The earliest day of the drone use the resolution judged (the municipality's letter of 3 January 2020). */
  public static final LocalDate USE_JUDGED_FROM = LocalDate.of(2020, 1, 3);

  /** The resolution. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("es.aepd.e-02666-2020")
      .title("Agencia Española de Protección de Datos, expediente E/02666/2020 (Ayuntamiento de Fuenlabrada, drones)")
      .shortTitle("AEPD E/02666/2020")
      .url("https://gdprhub.eu/index.php?title=AEPD_(Spain)_-_E/02666/2020")
      .publishedOn(PUBLISHED)
      .language("es")
      .binding(false)
      .verification(Verification.SUBSTANCE)
      .verificationNote("Summary and machine translation read in a public copy; the Spanish text not read. Another Member State's authority: persuasive.")
      .build();

  /** Drones as an innovative technology. */
  public static final Citation DRONES_INNOVATIVE = Citation.builder().source(SOURCE).part(Text.of("drones as an innovative technology", "les drones, technologie innovante"))
      .validity(DateRange.from(USE_JUDGED_FROM)).build();
}
