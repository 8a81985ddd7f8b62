package org.dpia.rules.fr;

import org.dpia.core.model.Purpose;

/** Purposes that French law names and core does not. */
public enum FrenchPurpose implements Purpose {
  /** Management of a commune's electoral roll under the texts that govern it (CNIL exempt list, item 3). */
  COMMUNE_ELECTORAL_ROLL("management of a commune's electoral roll"),
  /** Management of the activities of a comité d'entreprise or d'établissement (CNIL exempt list, item 4). */
  WORKS_COUNCIL_ACTIVITIES("management of works council (comité d'entreprise) activities"),
  /** Examination of applications for, and management of, social housing (CNIL mandatory list, item 12). */
  SOCIAL_HOUSING("examination of applications for and management of social housing");

  private final String label;

  FrenchPurpose(String label) {
    this.label = label;
  }

  @Override
  public String id() {
    return "FR_" + name();
  }

  @Override
  public String label() {
    return label;
  }
}
