package org.dpia.core.model;

/**
 * Categories of people whose data is processed, a closed vocabulary that says which are
 * vulnerable in the sense of GDPR recital 75 and WP248 rev.01 criterion 7 (an increased power
 * imbalance between them and the controller: children, employees, patients, the elderly, asylum
 * seekers, mentally ill persons…).
 */
public enum DataSubjectCategory {
  /** Members of the public at large: passers-by, residents, road users. */
  GENERAL_PUBLIC("the general public", false),
  /** Customers or prospects. */
  CUSTOMERS("customers or prospects", false),
  /** Users of a public service. */
  PUBLIC_SERVICE_USERS("users of a public service", false),
  /** Suppliers and their contacts. */
  SUPPLIERS("suppliers and their contacts", false),
  /** Members of an association or donors. */
  MEMBERS_OR_DONORS("members or donors", false),
  /** Applicants for or tenants of housing. */
  HOUSING_APPLICANTS_OR_TENANTS("housing applicants or tenants", false),
  /** Voters. */
  VOTERS("voters", false),
  /** Suspects, accused or convicted persons, victims and witnesses in criminal matters. */
  PERSONS_IN_CRIMINAL_PROCEEDINGS("persons involved in criminal matters", false),
  /** Employees and agents (WP248: vulnerable). */
  EMPLOYEES("employees", true),
  /** Children (GDPR recital 75: vulnerable). */
  CHILDREN("children", true),
  /** Pupils and students who are minors (vulnerable as children; named by the CNIL). */
  PUPILS("pupils", true),
  /** Patients (WP248: vulnerable). */
  PATIENTS("patients", true),
  /** Elderly persons (WP248: vulnerable). */
  ELDERLY_PERSONS("elderly persons", true),
  /** Asylum seekers (WP248: vulnerable). */
  ASYLUM_SEEKERS("asylum seekers", true),
  /** Mentally ill persons (WP248: vulnerable). */
  MENTALLY_ILL_PERSONS("mentally ill persons", true),
  /** Other persons in a situation of power imbalance requiring special protection (WP248). */
  OTHER_VULNERABLE_PERSONS("other vulnerable persons", true);

  private final String label;
  private final boolean vulnerable;

  DataSubjectCategory(String label, boolean vulnerable) {
    this.label = label;
    this.vulnerable = vulnerable;
  }

  /** The category in plain English. */
  public String label() {
    return label;
  }

  /** Whether these people are vulnerable in the sense of WP248 criterion 7. */
  public boolean isVulnerable() {
    return vulnerable;
  }
}
