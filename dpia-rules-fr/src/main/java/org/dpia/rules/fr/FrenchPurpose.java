package org.dpia.rules.fr;

import java.util.Optional;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.PurposeFamily;
import org.dpia.core.text.Text;

/** Purposes that French law names and core does not. */
public enum FrenchPurpose implements Purpose {
  /** Management of a commune's electoral roll under the texts that govern it (CNIL exempt list). */
  COMMUNE_ELECTORAL_ROLL("management of a commune's electoral roll", "la gestion du fichier électoral d'une commune"),
  /** Management of the activities of a comité d'entreprise or d'établissement (CNIL exempt list). */
  WORKS_COUNCIL_ACTIVITIES("management of works council (comité d'entreprise) activities",
      "la gestion des activités d'un comité d'entreprise ou d'établissement"),
  /** Examination of applications for, and management of, social housing (CNIL mandatory list). */
  SOCIAL_HOUSING("examination of applications for and management of social housing",
      "l'instruction des demandes et la gestion des logements sociaux"),
  /** A shared record of contractual breaches held for several organisations (CNIL mandatory list). */
  POOLED_CONTRACTUAL_BREACH_RECORDS("pooled records of contractual breaches",
      "la mutualisation de manquements contractuels constatés"),
  /** Preventing driving under the influence of alcohol or drugs with breathalysers (CNIL exempt list). */
  IMPAIRED_DRIVING_PREVENTION("prevention of driving under the influence", "la prévention de la conduite sous l'influence de l'alcool ou de stupéfiants"),
  /** A notary's practice and the drafting of notarial deeds (CNIL exempt list). */
  NOTARIAL_PRACTICE("a notary's practice", "l'exercice de l'activité notariale"),
  /** The activity of a registry of a commercial court (CNIL exempt list). */
  COMMERCIAL_COURT_REGISTRY("the activity of a commercial court registry", "l'activité d'un greffe de tribunal de commerce");

  private final Text text;

  FrenchPurpose(String english, String french) {
    this.text = Text.of(english, french);
  }

  @Override
  public String id() {
    return "FR_" + name();
  }

  @Override
  public String label() {
    return text.english();
  }

  @Override
  public Text text() {
    return text;
  }

  /** Every French purpose here is a professional or public one outside criminal law and State security. */
  @Override
  public Optional<PurposeFamily> family() {
    return OTHER;
  }

  private static final Optional<PurposeFamily> OTHER = Optional.of(PurposeFamily.OTHER);
}
