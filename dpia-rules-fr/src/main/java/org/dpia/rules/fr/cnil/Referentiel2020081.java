package org.dpia.rules.fr.cnil;

import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.any;

import java.time.LocalDate;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Rule;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;
import org.dpia.rules.fr.Facts;
import org.dpia.rules.fr.authorities.EstonianLargeScale;

/**
 * CNIL délibération n° 2020-081 du 18 juin 2020 portant adoption d'un référentiel relatif aux
 * traitements de données à caractère personnel destinés à la gestion des cabinets médicaux et
 * paramédicaux (JORF 28 July 2020). As two concordant summaries report, a group practice sharing
 * an information system that receives more than 10,000 patients a year must designate a DPO and
 * carry out an AIPD: the CNIL's only French number on the scale of health data.
 *
 * <p>Encoded as a large-scale threshold for special-category and criminal-offence data: more than
 * 10,000 people. It is above the Estonian Inspectorate's 5,000 for the same kinds of data, so the
 * two sources agree above it; below it nothing is derived. The référentiel's own conditions (a
 * group practice, a shared information system) are not in the model: the number is applied to any
 * controller, a reading recorded in LEGAL-SOURCES.md. Its REQUIRED consequence for group practices
 * then follows from art. 35(3)(b).
 *
 * <p>Verification: number and date checked (three sources); the 10,000 threshold in substance
 * (two concordant third-party summaries; the official text not read).
 */
public final class Referentiel2020081 {
  private Referentiel2020081() {}

  /** In force from the day after its publication on 28 July 2020 (a reading). */
  public static final LocalDate IN_FORCE_FROM = LocalDate.of(2020, 7, 29);

  /** The référentiel. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("fr.cnil.2020-081")
      .title("Délibération n° 2020-081 du 18 juin 2020 portant adoption d'un référentiel relatif aux traitements de données à caractère personnel destinés à la gestion des cabinets médicaux et paramédicaux")
      .shortTitles(Text.of("CNIL deliberation no. 2020-081 (medical practices)", "CNIL délib. n° 2020-081 (cabinets médicaux)"))
      .adoptedOn(LocalDate.of(2020, 6, 18))
      .publishedOn(LocalDate.of(2020, 7, 28))
      .validity(DateRange.from(IN_FORCE_FROM))
      .language("fr")
      .binding(false)
      .verification(Verification.SUBSTANCE)
      .verificationNote("Number, date and publication checked (three sources); the threshold of more than 10,000 patients a year for group practices sharing an information system read in two concordant summaries, not in the official text.")
      .build();

  /** The threshold: more than 10,000 patients a year. */
  public static final Citation MORE_THAN_10000_PATIENTS = Citation.builder().source(SOURCE)
      .part(Text.of("group practices sharing an information system, more than 10,000 patients a year",
          "cabinets de groupe partageant un système d'information, plus de 10 000 patients par an"))
      .validity(DateRange.from(IN_FORCE_FROM)).build();

  /** Special-category or criminal-offence data of more than 10,000 people is large scale. */
  public static final Rule<ProcessingOperation> SENSITIVE_DATA_OF_MORE_THAN_10000 = Rule.named("large-scale.sensitive-data-10001-people",
          Text.of("Special-category or criminal-offence data of more than 10,000 people: large scale (CNIL, 10,000 patients a year; Estonian inspectorate, 5,000 people)",
              "Données sensibles ou d'infractions de plus de 10 000 personnes : grande échelle (CNIL, 10 000 patients par an ; autorité estonienne, 5 000 personnes)"))
      .citing(MORE_THAN_10000_PATIENTS, EstonianLargeScale.FIVE_THOUSAND_SPECIAL)
      .valid(DateRange.from(IN_FORCE_FROM))
      .when(all(any(Facts.SPECIAL_DATA.holds(), Facts.CRIMINAL_DATA.holds()), Facts.dataSubjectsAtLeast(10_001).holds()));
}
