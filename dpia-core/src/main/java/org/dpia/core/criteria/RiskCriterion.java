package org.dpia.core.criteria;

import org.dpia.core.text.Text;

/**
 * The nine criteria of processing likely to result in a high risk, from the WP29 Guidelines on
 * Data Protection Impact Assessment (WP248 rev.01, adopted 4 April 2017, revised 4 October 2017,
 * endorsed by the EDPB on 25 May 2018), in their order there. How each is judged from the facts is
 * a rulebook's business; this type only names them.
 */
public enum RiskCriterion {
  /** 1. Evaluation or scoring, including profiling and predicting. */
  EVALUATION_OR_SCORING(1, "evaluation or scoring, including profiling and predicting", "évaluation ou notation, y compris le profilage et la prédiction"),
  /** 2. Automated decision-making with legal or similar significant effect. */
  AUTOMATED_DECISION_WITH_SIGNIFICANT_EFFECT(2, "automated decision-making with legal or similar significant effect", "prise de décision automatisée avec effet juridique ou effet similaire significatif"),
  /** 3. Systematic monitoring, including of a publicly accessible area. */
  SYSTEMATIC_MONITORING(3, "systematic monitoring", "surveillance systématique"),
  /** 4. Sensitive data or data of a highly personal nature. */
  SENSITIVE_OR_HIGHLY_PERSONAL_DATA(4, "sensitive data or data of a highly personal nature", "données sensibles ou données à caractère hautement personnel"),
  /** 5. Data processed on a large scale. */
  LARGE_SCALE(5, "data processed on a large scale", "données traitées à grande échelle"),
  /** 6. Matching or combining datasets beyond the data subjects' reasonable expectations. */
  MATCHING_OR_COMBINING_DATASETS(6, "matching or combining datasets", "croisement ou combinaison d'ensembles de données"),
  /** 7. Data concerning vulnerable data subjects. */
  VULNERABLE_DATA_SUBJECTS(7, "data concerning vulnerable data subjects", "données concernant des personnes vulnérables"),
  /** 8. Innovative use or applying new technological or organisational solutions. */
  INNOVATIVE_USE_OF_TECHNOLOGY(8, "innovative use or application of new technological or organisational solutions", "usage innovant ou application de nouvelles solutions technologiques ou organisationnelles"),
  /** 9. The processing in itself prevents data subjects from exercising a right or using a service or a contract. */
  PREVENTS_EXERCISING_A_RIGHT_OR_USING_A_SERVICE(9, "prevents data subjects from exercising a right or using a service or a contract", "traitement qui empêche les personnes concernées d'exercer un droit ou de bénéficier d'un service ou d'un contrat");

  private final int number;
  private final Text text;

  RiskCriterion(int number, String english, String french) {
    this.number = number;
    this.text = Text.of(english, french);
  }

  /** Its number in WP248 (1 to 9). */
  public int number() {
    return number;
  }

  /** The criterion in WP248's words, in English. */
  public String label() {
    return text.english();
  }

  /** The criterion in English and French. */
  public Text text() {
    return text;
  }
}
