package org.dpia.core.model;

/** Purposes common to every jurisdiction. */
public enum StandardPurpose implements Purpose {
  /** Personnel administration: contracts, pay, careers, training. */
  HUMAN_RESOURCES_MANAGEMENT("human resources management"),
  /** Monitoring what employees do at work (activity, workstation, internet use). */
  EMPLOYEE_ACTIVITY_MONITORING("monitoring of employees' activity"),
  /** Recording of working hours. */
  WORKING_TIME_MANAGEMENT("management of working time"),
  /** Control of physical access to premises. */
  PHYSICAL_ACCESS_CONTROL("physical access control"),
  /** Relations with suppliers. */
  SUPPLIER_RELATIONSHIP_MANAGEMENT("supplier relationship management"),
  /** Relations with customers, billing, after-sales. */
  CUSTOMER_RELATIONSHIP_MANAGEMENT("customer relationship management"),
  /** Marketing and advertising, including newsletters. */
  MARKETING("marketing and advertising"),
  /** A non-profit body's management of its members and donors. */
  MEMBER_AND_DONOR_MANAGEMENT("management of members and donors"),
  /** Care of patients or residents: diagnosis, treatment, follow-up. */
  PATIENT_CARE("care of patients"),
  /** Building a health data warehouse or a registry. */
  HEALTH_DATA_WAREHOUSE_OR_REGISTRY("health data warehouse or registry"),
  /** Scientific research. */
  SCIENTIFIC_RESEARCH("scientific research"),
  /** Social or medico-social support of persons. */
  SOCIAL_SUPPORT("social or medico-social support"),
  /** Handling alerts and reports on social and health matters (e.g. children at risk). */
  SOCIAL_AND_HEALTH_ALERTS("handling of social and health alerts and reports"),
  /** Handling professional alerts (whistleblowing at work). */
  PROFESSIONAL_ALERTS("handling of professional alerts (whistleblowing)"),
  /** A shared record of contractual breaches held for several organisations. */
  POOLED_CONTRACTUAL_BREACH_RECORDS("pooled records of contractual breaches"),
  /** Assessing creditworthiness or fraud risk. */
  CREDIT_OR_FRAUD_SCORING("credit or fraud scoring"),
  /** School, after-school and early-childhood services. */
  SCHOOL_AND_CHILDHOOD_SERVICES("school, after-school and early-childhood services"),
  /** Preventing driving under the influence of alcohol or drugs (breathalysers). */
  IMPAIRED_DRIVING_PREVENTION("prevention of driving under the influence"),
  /** A lawyer's practice. */
  LEGAL_PRACTICE("a lawyer's practice"),
  /** A notary's practice and the drafting of notarial deeds. */
  NOTARIAL_PRACTICE("a notary's practice"),
  /** The activity of a registry of a commercial court. */
  COMMERCIAL_COURT_REGISTRY("the activity of a commercial court registry"),
  /** Protection of property and premises against theft or damage. */
  PROPERTY_PROTECTION("protection of property and premises"),
  /** Management of road or public-transport traffic. */
  TRAFFIC_MANAGEMENT("traffic management"),
  /** Security of sporting, recreational or cultural events. */
  EVENT_SECURITY("security of sporting, recreational or cultural events"),
  /** Prevention and detection of criminal offences. */
  CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION("prevention and detection of criminal offences"),
  /** Investigation and prosecution of criminal offences. */
  CRIMINAL_INVESTIGATION_AND_PROSECUTION("investigation and prosecution of criminal offences"),
  /** Execution of criminal penalties. */
  EXECUTION_OF_CRIMINAL_PENALTIES("execution of criminal penalties"),
  /** Safeguarding against and preventing threats to public security. */
  PUBLIC_SECURITY_THREAT_PREVENTION("safeguarding against and preventing threats to public security"),
  /** National security, State security and defence. */
  NATIONAL_SECURITY_AND_DEFENCE("national security and defence"),
  /** A natural person's purely personal or household activity. */
  PERSONAL_OR_HOUSEHOLD_ACTIVITY("a purely personal or household activity");

  private final String label;

  StandardPurpose(String label) {
    this.label = label;
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }
}
