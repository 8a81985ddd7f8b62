package org.dpia.core.model;

import java.util.Optional;
import org.dpia.core.text.Text;

/** Purposes common to every jurisdiction. */
public enum StandardPurpose implements Purpose {
  /** Personnel administration: contracts, pay, careers, training. */
  HUMAN_RESOURCES_MANAGEMENT("human resources management", "la gestion des ressources humaines", PurposeFamily.HUMAN_RESOURCES),
  /** Monitoring what employees do at work (activity, workstation, internet use). */
  EMPLOYEE_ACTIVITY_MONITORING("monitoring of employees' activity", "la surveillance de l'activité des employés", PurposeFamily.EMPLOYEE_MONITORING),
  /** Recording of working hours. */
  WORKING_TIME_MANAGEMENT("management of working time", "la gestion du temps de travail", PurposeFamily.HUMAN_RESOURCES),
  /** Control of physical access to premises. */
  PHYSICAL_ACCESS_CONTROL("physical access control", "le contrôle d'accès physique", PurposeFamily.OTHER),
  /** Relations with suppliers. */
  SUPPLIER_RELATIONSHIP_MANAGEMENT("supplier relationship management", "la gestion de la relation fournisseurs", PurposeFamily.OTHER),
  /** Relations with customers, billing, after-sales. */
  CUSTOMER_RELATIONSHIP_MANAGEMENT("customer relationship management", "la gestion de la relation client", PurposeFamily.OTHER),
  /** Marketing and advertising, including newsletters. */
  MARKETING("marketing and advertising", "la prospection et la publicité", PurposeFamily.OTHER),
  /** A non-profit body's management of its members and donors. */
  MEMBER_AND_DONOR_MANAGEMENT("management of members and donors", "la gestion des membres et des donateurs", PurposeFamily.OTHER),
  /** Care of patients or residents: diagnosis, treatment, follow-up. */
  PATIENT_CARE("care of patients", "la prise en charge des patients", PurposeFamily.HEALTH_CARE),
  /** Building a health data warehouse or a registry. */
  HEALTH_DATA_WAREHOUSE_OR_REGISTRY("health data warehouse or registry", "la constitution d'un entrepôt de données de santé ou d'un registre", PurposeFamily.OTHER),
  /** Scientific research. */
  SCIENTIFIC_RESEARCH("scientific research", "la recherche scientifique", PurposeFamily.OTHER),
  /** Social or medico-social support of persons. */
  SOCIAL_SUPPORT("social or medico-social support", "l'accompagnement social ou médico-social", PurposeFamily.OTHER),
  /** Handling alerts and reports on social and health matters (e.g. children at risk). */
  SOCIAL_AND_HEALTH_ALERTS("handling of social and health alerts and reports", "la gestion des alertes et des signalements en matière sociale et sanitaire", PurposeFamily.OTHER),
  /** Handling professional alerts (whistleblowing at work). */
  PROFESSIONAL_ALERTS("handling of professional alerts (whistleblowing)", "la gestion des alertes professionnelles (lanceurs d'alerte)", PurposeFamily.OTHER),
  /** Assessing creditworthiness or fraud risk. */
  CREDIT_OR_FRAUD_SCORING("credit or fraud scoring", "l'évaluation du crédit ou du risque de fraude", PurposeFamily.OTHER),
  /**
   * The management of school, after-school and early-childhood services: registrations, canteen,
   * after-school care, school transport, pricing. Not teaching itself: see {@link #EDUCATION}.
   */
  SCHOOL_AND_CHILDHOOD_SERVICES("school, after-school and early-childhood services", "les services en matière d'affaires scolaires, périscolaires et de la petite enfance", PurposeFamily.OTHER),
  /** A lawyer's practice. */
  LEGAL_PRACTICE("a lawyer's practice", "l'exercice de la profession d'avocat", PurposeFamily.OTHER),
  /** Protection of property and premises against theft or damage. */
  PROPERTY_PROTECTION("protection of property and premises", "la protection des biens et des locaux", PurposeFamily.OTHER),
  /** Management of road or public-transport traffic. */
  TRAFFIC_MANAGEMENT("traffic management", "la gestion du trafic routier ou des transports publics", PurposeFamily.OTHER),
  /** Security of sporting, recreational or cultural events. */
  EVENT_SECURITY("security of sporting, recreational or cultural events", "la sécurité de manifestations sportives, récréatives ou culturelles", PurposeFamily.OTHER),
  /** Prevention and detection of criminal offences. */
  CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION("prevention and detection of criminal offences", "la prévention et la détection des infractions pénales", PurposeFamily.CRIMINAL_LAW_ENFORCEMENT),
  /** Investigation and prosecution of criminal offences. */
  CRIMINAL_INVESTIGATION_AND_PROSECUTION("investigation and prosecution of criminal offences", "les enquêtes et les poursuites en matière pénale", PurposeFamily.CRIMINAL_LAW_ENFORCEMENT),
  /** Execution of criminal penalties. */
  EXECUTION_OF_CRIMINAL_PENALTIES("execution of criminal penalties", "l'exécution des sanctions pénales", PurposeFamily.CRIMINAL_LAW_ENFORCEMENT),
  /** Safeguarding against and preventing threats to public security. */
  PUBLIC_SECURITY_THREAT_PREVENTION("safeguarding against and preventing threats to public security", "la protection contre les menaces pour la sécurité publique et leur prévention", PurposeFamily.CRIMINAL_LAW_ENFORCEMENT),
  /** National security, State security and defence. */
  NATIONAL_SECURITY_AND_DEFENCE("national security and defence", "la sûreté de l'État et la défense", PurposeFamily.NATIONAL_SECURITY_AND_DEFENCE),
  /** Teaching, learning and the assessment of pupils or students: classes, learning platforms, exams. */
  EDUCATION("teaching, learning and assessment", "l'enseignement, l'apprentissage et l'évaluation des élèves ou étudiants", PurposeFamily.OTHER),
  /** Public health: surveillance of diseases, screening, contact tracing, vaccination campaigns. */
  PUBLIC_HEALTH("public health (disease surveillance, screening, contact tracing)",
      "la santé publique (surveillance des maladies, dépistage, recherche des contacts)", PurposeFamily.OTHER),
  /** Providing an online service to its users: a platform, a social network, a messaging service. */
  ONLINE_SERVICE_PROVISION("providing an online service to its users", "la fourniture d'un service en ligne à ses utilisateurs", PurposeFamily.OTHER),
  /** Administering a public service or benefit: identity checks, entitlements, registrations. */
  PUBLIC_SERVICE_ADMINISTRATION("administering a public service or benefit", "la gestion d'un service public ou d'une prestation", PurposeFamily.OTHER),
  /** A natural person's purely personal or household activity. */
  PERSONAL_OR_HOUSEHOLD_ACTIVITY("a purely personal or household activity", "une activité strictement personnelle ou domestique", PurposeFamily.PERSONAL_OR_HOUSEHOLD);

  private final Text text;
  private final PurposeFamily family;
  /** The family, as returned: made once, as rules read it for every purpose of every decision. */
  private final Optional<PurposeFamily> inFamily;

  StandardPurpose(String english, String french, PurposeFamily family) {
    this.text = Text.of(english, french);
    this.family = family;
    this.inFamily = Optional.of(family);
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String label() {
    return text.english();
  }

  @Override
  public Text text() {
    return text;
  }

  @Override
  public Optional<PurposeFamily> family() {
    return inFamily;
  }
}
