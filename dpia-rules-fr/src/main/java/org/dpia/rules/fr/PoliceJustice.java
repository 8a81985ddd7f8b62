package org.dpia.rules.fr;

import static org.dpia.core.logic.Conditions.constant;
import static org.dpia.core.logic.Conditions.not;

import java.time.LocalDate;
import org.dpia.core.law.Citation;
import org.dpia.core.law.Validity;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;

/**
 * The DPIA in the police-justice regime: Directive (EU) 2016/680 art. 27, transposed first by loi
 * n° 2018-493 du 20 juin 2018 (former LIL chapter XIII), then by LIL art. 90 as rewritten by
 * ordonnance n° 2018-1125, in force from 1 June 2019.
 *
 * <p>Art. 90 requires a DPIA where the processing is likely to result in a high risk, « notamment
 * parce qu'il porte sur des données mentionnées au I de l'article 6 » (the sensitive data): that
 * case is encoded as a high-risk case named by the law. Otherwise high risk is judged, as the CNIL
 * does, with the nine WP248 criteria. The CNIL's lists (GDPR art. 35(4) and (5)) do not apply in
 * this regime.
 */
public final class PoliceJustice {
  private PoliceJustice() {}

  /**
   * The first day of the 2018 transposition. Loi n° 2018-493 was published on 21 June 2018 and
   * sets no other date for these provisions as far as verified, so it applies from the next day
   * (code civil art. 1). To be confirmed on Légifrance.
   */
  public static final LocalDate TRANSPOSED_FROM = LocalDate.of(2018, 6, 22);

  static final String ART_90_FR =
      "Si le traitement est susceptible d'engendrer un risque élevé pour les droits et les libertés des personnes "
          + "physiques, notamment parce qu'il porte sur des données mentionnées au I de l'article 6, le responsable de "
          + "traitement effectue une analyse d'impact relative à la protection des données à caractère personnel.";

  static final Citation ART_90 = Citation.builder().source(Sources.LIL).article("90").wording(ART_90_FR).build();
  static final Citation ART_6_I = Citation.builder().source(Sources.LIL).article("6").paragraph("I").build();
  static final Citation DIRECTIVE_27 = Citation.of(Sources.DIRECTIVE_2016_680, "27");
  static final Citation DIRECTIVE_28 = Citation.of(Sources.DIRECTIVE_2016_680, "28");
  static final Citation LOI_2018 = Citation.of(Sources.LOI_2018_493);

  static final Validity CHAPTER_XIII = Validity.between(TRANSPOSED_FROM, Gdpr.LIL_REWRITE.minusDays(1));
  static final Validity TITLE_III = Validity.from(Gdpr.LIL_REWRITE);

  /** Before the directive was transposed, French law imposed no DPIA in this regime. */
  public static final Rule<ProcessingOperation> NOT_YET_TRANSPOSED = Rule.named("fr.police-justice.not-yet-transposed",
          "Directive 2016/680 was not yet transposed: French law imposed no DPIA in the police-justice regime")
      .citing(DIRECTIVE_27, LOI_2018)
      .valid(Validity.until(TRANSPOSED_FROM.minusDays(1)))
      .when(constant(Truth.TRUE, "the date is before the 2018 transposition took effect"));

  /** LIL art. 90 (from 1 June 2019): sensitive data (art. 6 I) named as a reason of high risk. */
  public static final Rule<ProcessingOperation> ART_90_SENSITIVE_DATA = Rule.named("fr.lil.90.sensitive-data",
          "Sensitive data (LIL art. 6 I): high risk named by LIL art. 90")
      .citing(ART_90, ART_6_I, DIRECTIVE_27)
      .valid(TITLE_III)
      .when(Facts.SPECIAL_DATA.holds());

  /** The same case under the 2018 transposition (former chapter XIII), 22 June 2018 to 31 May 2019. */
  public static final Rule<ProcessingOperation> CHAPTER_XIII_SENSITIVE_DATA = Rule.named("fr.loi-2018-493.sensitive-data",
          "Sensitive data: high risk (former LIL chapter XIII, loi n° 2018-493)")
      .citing(LOI_2018, DIRECTIVE_27)
      .valid(CHAPTER_XIII)
      .when(Facts.SPECIAL_DATA.holds());

  /** LIL art. 90: high risk judged with the WP248 criteria, two or more met. */
  public static final Rule<ProcessingOperation> ART_90_TWO_CRITERIA = Rule.named("fr.lil.90.two-criteria",
          "Two or more WP248 criteria met: high risk under LIL art. 90")
      .citing(ART_90, DIRECTIVE_27, Sources.wp248("two-criteria rule"))
      .valid(TITLE_III)
      .when(Criteria.atLeastTwo());

  /** The same under the 2018 transposition. */
  public static final Rule<ProcessingOperation> CHAPTER_XIII_TWO_CRITERIA = Rule.named("fr.loi-2018-493.two-criteria",
          "Two or more WP248 criteria met: high risk (former LIL chapter XIII, loi n° 2018-493)")
      .citing(LOI_2018, DIRECTIVE_27, Sources.wp248("two-criteria rule"))
      .valid(CHAPTER_XIII)
      .when(Criteria.atLeastTwo());

  /** Fewer than two criteria: no high risk presumed (sensitive data is caught by a higher rank). */
  public static final Rule<ProcessingOperation> BELOW_THRESHOLD = Rule.named("fr.police-justice.below-threshold",
          "Fewer than two WP248 criteria met: no high risk presumed")
      .citing(ART_90, DIRECTIVE_27, Sources.wp248("two-criteria rule"))
      .valid(Validity.from(TRANSPOSED_FROM))
      .when(not(Criteria.atLeastTwo()));
}
