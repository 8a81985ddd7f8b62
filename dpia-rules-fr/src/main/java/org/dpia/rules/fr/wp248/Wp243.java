package org.dpia.rules.fr.wp248;

import static org.dpia.core.logic.Conditions.all;

import java.time.LocalDate;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Condition;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.text.Text;
import org.dpia.rules.fr.Facts;

/**
 * The WP29 Guidelines on Data Protection Officers, WP243 rev.01 (adopted 13 December 2016,
 * revised 5 April 2017), which WP248 refers to for "large scale": the factors to weigh and examples
 * of processing that is, or is not, on a large scale. One example is encoded: the processing of
 * travel data of individuals using a city's public transport system (e.g. tracking via travel
 * cards) is large scale, read as a permanent processing of the general public over at least a
 * whole city.
 *
 * <p>Verification: checked (substance of the factors and examples).
 */
public final class Wp243 {
  private Wp243() {}

  /** The guidelines. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("eu.wp243")
      .title("Article 29 Working Party, Guidelines on Data Protection Officers ('DPOs'), WP243 rev.01")
      .shortTitle("WP243 rev.01")
      .adoptedOn(LocalDate.of(2017, 4, 5))
      .language("en")
      .binding(false)
      .verification(Verification.CHECKED)
      .verificationNote("Substance of the four factors of large scale and of the examples checked; not quoted.")
      .build();

  /** The examples of large-scale processing. */
  public static final Citation EXAMPLES = Citation.builder().source(SOURCE).item("examples of large-scale processing").build();

  /** The general public is among the data subjects. */
  public static final Fact<ProcessingOperation> GENERAL_PUBLIC = Fact.of("subjects.general-public",
      Text.of("the data subjects include the general public", "les personnes concernées comprennent le grand public"),
      op -> op.dataSubjects().contains(DataSubjectCategory.GENERAL_PUBLIC));

  /**
   * WP243's example of a city's public transport users, as a pattern: the general public, over at
   * least a whole city, permanently.
   */
  public static final Rule<ProcessingOperation> LIKE_A_CITY_TRANSPORT_NETWORK = Rule.named("large-scale.wp243.city-wide-public",
          Text.of("The general public of at least a whole city, permanently: large scale (WP243's example of a city's public transport users)",
              "Le grand public d'au moins une ville entière, de façon permanente : grande échelle (exemple des usagers des transports publics d'une ville, WP243)"))
      .citing(EXAMPLES)
      .when(all(GENERAL_PUBLIC.holds(), Facts.CITY_WIDE.holds(), Facts.PERMANENT.holds()));
}
