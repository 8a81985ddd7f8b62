package org.dpia.rules.fr.cnil;

import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.not;

import java.time.LocalDate;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;

/**
 * CNIL délibération n° 2018-326 du 11 octobre 2018 portant adoption de lignes directrices sur les
 * analyses d'impact relatives à la protection des données (AIPD) prévues par le RGPD (JORF
 * 6 November 2018, texte n° 81): the French official source for two positions of the CNIL.
 *
 * <ul>
 *   <li>The two-criteria rule: in principle (« en principe »), a processing meeting at least two
 *       of the WP248 criteria requires a DPIA; a controller who concludes otherwise documents why.
 *       Cited beside the presumption (GDPR art. 35(1) read with WP248, and LIL art. 90).
 *   <li>Processing in place before 25 May 2018: no immediate DPIA for processing that had gone
 *       through a formality with the CNIL, or that was dispensed from any formality (« ou qui
 *       étaient dispensés de formalité », as two concordant summaries report), and was not
 *       substantially modified; a DPIA within three years. The February 2018 communiqué
 *       ({@link Transition2018}) did not name dispensed processing: the tolerance is extended to
 *       it from this deliberation's entry into force.
 * </ul>
 *
 * <p>The deliberation's visas cite the GDPR (arts. 35 and 36) and LIL art. 11 only; no source read
 * extends the tolerance to processing under the police-justice regime, and it is not applied there
 * (a reading, recorded in LEGAL-SOURCES.md).
 *
 * <p>Verification: checked (identity: Légifrance JORFTEXT000037559518; NOR CNIL1829637X, two
 * reproductions); its two positions in substance, from two concordant summaries, not quoted.
 */
public final class Guidelines2018326 {
  private Guidelines2018326() {}

  /** In force from the day after its publication on 6 November 2018. */
  public static final LocalDate IN_FORCE_FROM = LocalDate.of(2018, 11, 7);

  /** The deliberation. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("fr.cnil.2018-326")
      .title("Délibération n° 2018-326 du 11 octobre 2018 portant adoption de lignes directrices sur les analyses d'impact relatives à la protection des données (AIPD) prévues par le règlement général sur la protection des données (RGPD)")
      .shortTitles(Text.of("CNIL deliberation no. 2018-326", "CNIL délib. n° 2018-326"))
      .reference("NOR CNIL1829637X; JORF 6 novembre 2018, texte n° 81; JORFTEXT000037559518")
      .url("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037559518")
      .adoptedOn(LocalDate.of(2018, 10, 11))
      .publishedOn(LocalDate.of(2018, 11, 6))
      .validity(DateRange.from(IN_FORCE_FROM))
      .language("fr")
      .verification(Verification.CHECKED)
      .verificationNote("Identity checked on Légifrance (opening) and two reproductions; the two-criteria rule « en principe » and the tolerance for processing dispensed from formality read in two concordant summaries, not in the official paragraphs: substance, not quoted.")
      .build();

  /** The two-criteria rule, « en principe », in substance. */
  public static final Citation TWO_CRITERIA = Citation.builder().source(SOURCE).part(Text.of("two-criteria rule", "règle des deux critères"))
      .verification(Verification.SUBSTANCE).validity(DateRange.from(IN_FORCE_FROM)).build();

  /** Processing in place before 25 May 2018, in substance. */
  public static final Citation PRE_2018_PROCESSING = Citation.builder().source(SOURCE).part(Text.of("processing in place before 25 May 2018", "traitements mis en œuvre avant le 25 mai 2018"))
      .verification(Verification.SUBSTANCE).validity(DateRange.from(IN_FORCE_FROM)).build();

  /**
   * Before 25 May 2018 the processing was dispensed from any formality with the CNIL; the
   * controller's to establish, read as not established unless stated.
   */
  public static final Fact<ProcessingOperation> DISPENSED_FROM_FORMALITY = Fact.presumed("dispensed-from-formality",
      Text.of("before 25 May 2018 the processing was dispensed from any formality with the CNIL",
          "avant le 25 mai 2018, le traitement était dispensé de toute formalité auprès de la CNIL"),
      Truth.FALSE, (op, date) -> op.dispensedFromFormality());

  /**
   * The tolerance extended to processing dispensed from formality before 25 May 2018, not
   * substantially modified: no DPIA until the end of the three years (25 May 2021 inclusive).
   */
  public static final Rule<ProcessingOperation> TOLERANCE_FOR_DISPENSED = Rule.named("fr.cnil.2018-326.pre-2018-dispensed",
          Text.of("Processing dispensed from formality before 25 May 2018 and not substantially modified: DPIA due within three years (CNIL)",
              "Traitement dispensé de formalité avant le 25 mai 2018 et non substantiellement modifié : AIPD à réaliser dans un délai de trois ans (CNIL)"))
      .citing(PRE_2018_PROCESSING)
      .valid(DateRange.of(IN_FORCE_FROM, Transition2018.TOLERANCE_LAST_DAY))
      .when(all(Transition2018.STARTED_BEFORE_GDPR.holds(), DISPENSED_FROM_FORMALITY.holds(),
          not(Transition2018.SUBSTANTIALLY_MODIFIED.holds())));
}
