package org.dpia.rules.fr.authorities;

import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Rule;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.text.Text;
import org.dpia.rules.fr.Facts;

/**
 * The Estonian Data Protection Inspectorate (Andmekaitse Inspektsioon) guidance on "large scale":
 * processing « could be considered of large scale » when it includes special categories or
 * criminal-offence data of 5,000 or more people, personal data of high risk of 10,000 or more, or
 * other personal data of 50,000 or more. Neither the GDPR, the EDPB nor the CNIL gives a number;
 * this is the only published set of thresholds found (WP243 lists the factors without numbers).
 *
 * <p>Read as persuasive, not French law: only its highest tier is applied, and only one way —
 * personal data of 50,000 people or more is large scale, whatever its kind, since every tier of
 * the guidance is below that number. Below it, the number is shown in the question and the
 * conclusion is asked.
 *
 * <p>Verification: checked in substance (three concordant reproductions: staraudit.org,
 * eurocloud.org, eurocloud.at); the Inspectorate's own page and the guidance's date were not
 * found, so no date is recorded.
 */
public final class EstonianLargeScale {
  private EstonianLargeScale() {}

  /** The guidance. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("ee.aki.large-scale")
      .title("Andmekaitse Inspektsioon (Estonian Data Protection Inspectorate), guidance on the definition of \"large scale\" processing")
      .shortTitles(Text.of("Estonian DPI, large scale", "Inspection estonienne, grande échelle"))
      .url("https://staraudit.org/en/news/article/the-estonian-data-protection-authority-issued-guidance-on-the-definition-of-large-scale-processing")
      .language("en")
      .binding(false)
      .verification(Verification.SUBSTANCE)
      .verificationNote("Numbers read in three concordant reproductions; the Inspectorate's page and the date of the guidance not found. Another Member State's authority: persuasive, not French law.")
      .build();

  /** The highest tier: other personal data of 50,000 people or more. */
  public static final Citation FIFTY_THOUSAND = Citation.builder().source(SOURCE).part(Text.of("other personal data of 50,000+ people", "autres données à caractère personnel d'au moins 50 000 personnes"))
      .wording("other personal data of 50 000+ people").build();

  /** The tier for special categories and criminal-offence data: 5,000 people or more. */
  public static final Citation FIVE_THOUSAND_SPECIAL = Citation.builder().source(SOURCE)
      .part(Text.of("special categories or criminal-offence data of 5,000+ people",
          "catégories particulières de données ou données relatives aux infractions d'au moins 5 000 personnes"))
      .wording("special categories of personal data or personal data relating to criminal offences of 5000+ people").build();

  /** Personal data of 50,000 people or more is large scale, whatever its kind. */
  public static final Rule<ProcessingOperation> FIFTY_THOUSAND_PEOPLE = Rule.named("large-scale.50000-people",
          Text.of("Personal data of 50,000 people or more: large scale (the highest threshold a supervisory authority has published)",
              "Données de 50 000 personnes ou plus : grande échelle (le seuil le plus élevé publié par une autorité de contrôle)"))
      .citing(FIFTY_THOUSAND)
      .when(Facts.dataSubjectsAtLeast(50_000).holds());
}
