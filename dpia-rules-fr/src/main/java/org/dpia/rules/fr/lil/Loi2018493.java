package org.dpia.rules.fr.lil;

import static org.dpia.core.logic.Conditions.constant;

import java.time.LocalDate;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;
import org.dpia.rules.fr.Facts;
import org.dpia.rules.fr.eu.Directive2016680;
import org.dpia.rules.fr.wp248.Wp248;

/**
 * Loi n° 2018-493 du 20 juin 2018 relative à la protection des données personnelles, which first
 * transposed Directive 2016/680 in a chapter XIII of the LIL in its former numbering, with a DPIA
 * provision worded like today's art. 90, until the rewritten LIL took effect on 1 June 2019.
 * Before it, French law imposed no DPIA in the police-justice regime.
 *
 * <p>Verification: one source. The article number of the DPIA provision (believed 70-4) and the
 * day it took effect were not confirmed: no article is cited, and the day after publication is
 * taken (code civil art. 1), a reading.
 */
public final class Loi2018493 {
  private Loi2018493() {}

  /** The law. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("fr.loi-2018-493")
      .title("Loi n° 2018-493 du 20 juin 2018 relative à la protection des données personnelles")
      .shortTitles(Text.of("Act no. 2018-493", "Loi n° 2018-493"))
      .reference("JORFTEXT000037085952")
      .url("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037085952")
      .adoptedOn(LocalDate.of(2018, 6, 20))
      .publishedOn(LocalDate.of(2018, 6, 21))
      .language("fr")
      .verification(Verification.ONE_SOURCE)
      .verificationNote("Chapter XIII confirmed; the DPIA article's number (believed 70-4) and first day not confirmed, so no article is cited.")
      .build();

  /** The law as a whole. */
  public static final Citation WHOLE = Citation.of(SOURCE);

  /**
   * The Sénat's debate of 21 March 2018 on the bill: the Government's description of the DPIA it
   * required (amendement n° 103, Mme Nicole Belloubet, garde des sceaux), which supports the reading
   * of « notamment » as naming sensitive data as a case of high risk.
   */
  public static final LegalSource SENATE_DEBATE = LegalSource.builder()
      .id("fr.senat.2018-03-21")
      .title("Sénat, compte rendu intégral de la séance du 21 mars 2018, projet de loi relatif à la protection des données personnelles (amendement n° 103 du Gouvernement)")
      .shortTitles(Text.of("French Senate, sitting of 21 March 2018", "Sénat, séance du 21 mars 2018"))
      .url("https://www.senat.fr/seances/s201803/s20180321/s20180321015.html")
      .publishedOn(LocalDate.of(2018, 3, 21))
      .language("fr")
      .binding(false)
      .verification(Verification.CHECKED)
      .verificationNote("Read on senat.fr: the minister's words, not statutory text.")
      .build();

  /** The Government's words in the Sénat. */
  public static final Citation SENSITIVE_DATA_IN_THE_DEBATE = Citation.builder().source(SENATE_DEBATE)
      .wording("Le projet de loi exige ainsi la réalisation d'une analyse d'impact dès lors que le traitement est susceptible "
          + "de créer un risque élevé pour les droits et libertés des personnes physiques, notamment chaque fois qu'il porte sur "
          + "des données sensibles.")
      .build();

  /**
   * The first day of the 2018 transposition. Loi n° 2018-493 was published on 21 June 2018 and
   * sets no other date for these provisions as far as verified, so it applies from the next day
   * (code civil art. 1). To be confirmed on Légifrance.
   */
  public static final LocalDate TRANSPOSED_FROM = LocalDate.of(2018, 6, 22);

  /** The days of the former chapter XIII: 22 June 2018 to 31 May 2019. */
  public static final DateRange CHAPTER_XIII = DateRange.of(TRANSPOSED_FROM, Lil.REWRITE.minusDays(1));

  /** The former chapter XIII, cited only while it stood. */
  public static final Citation FORMER_CHAPTER_XIII = Citation.builder().source(SOURCE).part(Text.of("former LIL chapter XIII", "ancien chapitre XIII de la LIL"))
      .validity(CHAPTER_XIII).build();

  /** Before the directive was transposed, French law imposed no DPIA in the police-justice regime. */
  public static final Rule<ProcessingOperation> NOT_YET_TRANSPOSED = Rule.named("fr.police-justice.not-yet-transposed",
          Text.of("Directive 2016/680 was not yet transposed: French law imposed no DPIA in the police-justice regime",
              "La directive 2016/680 n'était pas encore transposée : le droit français n'imposait pas d'AIPD dans le régime « police-justice »"))
      .citing(Directive2016680.ART_27, WHOLE)
      .valid(DateRange.until(TRANSPOSED_FROM.minusDays(1)))
      .when(constant(Truth.TRUE, "the date is before the 2018 transposition took effect"));

  /** Sensitive data: high risk, as under today's art. 90 (former chapter XIII). */
  public static final Rule<ProcessingOperation> SENSITIVE_DATA = Rule.named("fr.loi-2018-493.sensitive-data",
          Text.of("Sensitive data: high risk (former LIL chapter XIII, Act no. 2018-493)",
              "Données sensibles : risque élevé (ancien chapitre XIII de la loi Informatique et Libertés, loi n° 2018-493)"))
      .citing(FORMER_CHAPTER_XIII, Directive2016680.ART_27, SENSITIVE_DATA_IN_THE_DEBATE)
      .valid(CHAPTER_XIII)
      .when(Facts.SPECIAL_DATA.holds());

  /** Two or more WP248 criteria: high risk (former chapter XIII). */
  public static final Rule<ProcessingOperation> TWO_CRITERIA = Rule.named("fr.loi-2018-493.two-criteria",
          Text.of("Two or more WP248 criteria met: high risk (former LIL chapter XIII, Act no. 2018-493)",
              "Au moins deux critères WP248 remplis : risque élevé (ancien chapitre XIII de la loi Informatique et Libertés, loi n° 2018-493)"))
      .citing(FORMER_CHAPTER_XIII, Directive2016680.ART_27, Wp248.TWO_CRITERIA_RULE)
      .valid(CHAPTER_XIII)
      .when(Wp248.atLeastTwo());

  /** The reading shown with the sensitive-data ground. */
  public static final Text SENSITIVE_DATA_READING = Text.of(
      "the law names sensitive data as a reason of high risk (« notamment »), and the Government told the Sénat it required a DPIA "
          + "« notamment chaque fois qu'il porte sur des données sensibles »: read as making a DPIA required",
      "la loi cite les données sensibles comme une raison du risque élevé (« notamment »), et le Gouvernement a indiqué au Sénat "
          + "qu'elle exigeait une AIPD « notamment chaque fois qu'il porte sur des données sensibles » : lu comme rendant l'AIPD obligatoire");
}
