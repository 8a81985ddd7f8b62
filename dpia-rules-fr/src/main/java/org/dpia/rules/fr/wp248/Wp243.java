package org.dpia.rules.fr.wp248;

import static org.dpia.core.logic.Conditions.all;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Condition;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Scale;
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
  public static final Citation EXAMPLES = Citation.builder().source(SOURCE).part(Text.of("examples of large-scale processing", "exemples de traitements à grande échelle")).build();

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

  /**
   * What a description says of its scale, in words, to show beside the question "is it on a large
   * scale?": the number of people, their share of the population, the extent, the permanence and
   * the volume; empty when it says nothing.
   */
  public static Optional<Text> scaleAsStated(ProcessingOperation op) {
    Scale s = op.scale();
    List<String> en = new ArrayList<>();
    List<String> fr = new ArrayList<>();
    s.dataSubjects().ifPresent(n -> {
      en.add(Facts.grouped(n, ",") + " people");
      fr.add(Facts.grouped(n, " ") + " personnes");
    });
    s.shareOfPopulation().ifPresent(x -> {
      en.add(String.format(Locale.ENGLISH, "%s %% of the population", trim(100 * x)));
      fr.add(String.format(Locale.FRENCH, "%s %% de la population", trim(100 * x).replace('.', ',')));
    });
    s.geographicExtent().ifPresent(g -> {
      en.add(g.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " extent");
      fr.add("étendue : " + switch (g) {
        case SINGLE_SITE -> "un seul site";
        case LOCAL -> "locale";
        case CITY -> "une ville";
        case REGIONAL -> "régionale";
        case NATIONAL -> "nationale";
        case INTERNATIONAL -> "internationale";
      });
    });
    s.permanence().ifPresent(p -> {
      en.add(p.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      fr.add(switch (p) {
        case ONE_OFF -> "ponctuel";
        case TEMPORARY -> "temporaire";
        case PERIODIC -> "périodique";
        case PERMANENT -> "permanent";
      });
    });
    s.volume().ifPresent(v -> {
      en.add(v.name().toLowerCase(Locale.ROOT) + " volume of data");
      fr.add("volume de données " + switch (v) {
        case LIMITED -> "limité";
        case MODERATE -> "modéré";
        case EXTENSIVE -> "important";
      });
    });
    if (en.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Text.of("The description says: " + String.join("; ", en) + ".",
        "La description indique : " + String.join(" ; ", fr) + "."));
  }

  private static String trim(double percent) {
    String s = String.format(Locale.ROOT, "%.2f", percent);
    return s.replaceAll("\\.?0+$", "");
  }
}
