package org.dpia.core.model;

import org.dpia.core.text.Text;

/**
 * Categories of people whose data is processed, a closed vocabulary that says which are
 * vulnerable in the sense of GDPR recital 75 and WP248 rev.01 criterion 7 (an increased power
 * imbalance between them and the controller: children, employees, patients, the elderly, asylum
 * seekers, mentally ill persons…).
 */
public enum DataSubjectCategory {
  /** Members of the public at large: passers-by, residents, road users. */
  GENERAL_PUBLIC("the general public", "le grand public", false),
  /** Customers or prospects. */
  CUSTOMERS("customers or prospects", "des clients ou prospects", false),
  /** Users of a public service. */
  PUBLIC_SERVICE_USERS("users of a public service", "des usagers d'un service public", false),
  /** Suppliers and their contacts. */
  SUPPLIERS("suppliers and their contacts", "des fournisseurs et leurs contacts", false),
  /** Members of an association or donors. */
  MEMBERS_OR_DONORS("members or donors", "des membres ou donateurs", false),
  /** Applicants for or tenants of housing. */
  HOUSING_APPLICANTS_OR_TENANTS("housing applicants or tenants", "des demandeurs de logement ou des locataires", false),
  /** Voters. */
  VOTERS("voters", "des électeurs", false),
  /** Suspects, accused or convicted persons, victims and witnesses in criminal matters. */
  PERSONS_IN_CRIMINAL_PROCEEDINGS("persons involved in criminal matters", "des personnes mises en cause, victimes ou témoins en matière pénale", false),
  /** Students of higher or adult education (adults). */
  STUDENTS("students", "des étudiants", false),
  /** Users of an online service, a platform, an application or a social network. */
  ONLINE_SERVICE_USERS("users of an online service", "des utilisateurs d'un service en ligne", false),
  /** Passengers and travellers (of an airport, a station, a transport service). */
  TRAVELLERS("passengers or travellers", "des passagers ou voyageurs", false),
  /** Parents or legal guardians. */
  PARENTS_OR_GUARDIANS("parents or guardians", "des parents ou représentants légaux", false),
  /** Employees and agents (WP248: vulnerable). */
  EMPLOYEES("employees", "des salariés ou agents", true),
  /** Children (GDPR recital 75: vulnerable). */
  CHILDREN("children", "des enfants", true),
  /** Pupils and students who are minors (vulnerable as children; named by the CNIL). */
  PUPILS("pupils", "des élèves", true),
  /** Patients (WP248: vulnerable). */
  PATIENTS("patients", "des patients", true),
  /** Elderly persons (WP248: vulnerable). */
  ELDERLY_PERSONS("elderly persons", "des personnes âgées", true),
  /** Asylum seekers (WP248: vulnerable). */
  ASYLUM_SEEKERS("asylum seekers", "des demandeurs d'asile", true),
  /** Mentally ill persons (WP248: vulnerable). */
  MENTALLY_ILL_PERSONS("mentally ill persons", "des personnes atteintes de troubles mentaux", true),
  /** Other persons in a situation of power imbalance requiring special protection (WP248). */
  OTHER_VULNERABLE_PERSONS("other vulnerable persons", "d'autres personnes vulnérables", true);

  private final Text text;
  private final boolean vulnerable;

  DataSubjectCategory(String english, String french, boolean vulnerable) {
    this.text = Text.of(english, french);
    this.vulnerable = vulnerable;
  }

  /** The category in plain English. */
  public String label() {
    return text.english();
  }

  /** The category in English and French. */
  public Text text() {
    return text;
  }

  /** Whether these people are vulnerable in the sense of WP248 criterion 7. */
  public boolean isVulnerable() {
    return vulnerable;
  }
}
