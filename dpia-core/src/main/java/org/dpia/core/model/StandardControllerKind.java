package org.dpia.core.model;

import org.dpia.core.logic.Truth;

/** Kinds of controller common to every jurisdiction. */
public enum StandardControllerKind implements ControllerKind {
  /** A State administration or other public body. */
  PUBLIC_BODY("a public body", Truth.FALSE),
  /** A local authority: a municipality, a département, a region. */
  LOCAL_AUTHORITY("a local authority", Truth.FALSE),
  /** A municipal police service (acting under the mayor). */
  MUNICIPAL_POLICE("a municipal police service", Truth.FALSE),
  /** The national police or gendarmerie. */
  NATIONAL_POLICE_OR_GENDARMERIE("the national police or gendarmerie", Truth.FALSE),
  /** A court, a public prosecutor, another judicial authority. */
  JUDICIAL_AUTHORITY("a judicial authority", Truth.FALSE),
  /** A prison or probation administration. */
  PRISON_ADMINISTRATION("a prison or probation administration", Truth.FALSE),
  /** An intelligence or defence service. */
  INTELLIGENCE_OR_DEFENCE_SERVICE("an intelligence or defence service", Truth.FALSE),
  /** A company or other private employer. */
  COMPANY("a company", Truth.FALSE),
  /** A hospital, clinic, nursing home or other health or medico-social establishment. */
  HEALTH_OR_MEDICO_SOCIAL_ESTABLISHMENT("a health or medico-social establishment", Truth.FALSE),
  /** An association, a foundation or another non-profit body. */
  NON_PROFIT_ORGANISATION("an association, foundation or other non-profit body", Truth.FALSE),
  /** A school, university or other educational establishment. */
  EDUCATIONAL_ESTABLISHMENT("an educational establishment", Truth.FALSE),
  /** A physician or other health professional practising individually. */
  INDIVIDUAL_HEALTH_PROFESSIONAL("a health professional practising individually", Truth.UNKNOWN),
  /** A lawyer practising individually. */
  INDIVIDUAL_LAWYER("a lawyer practising individually", Truth.UNKNOWN),
  /** A notary. */
  NOTARY("a notary", Truth.UNKNOWN),
  /** A clerk of a commercial court. */
  COMMERCIAL_COURT_CLERK("a clerk of a commercial court", Truth.UNKNOWN),
  /** A private individual, not acting as a professional. */
  PRIVATE_INDIVIDUAL("a private individual", Truth.TRUE);

  private final String label;
  private final Truth naturalPerson;

  StandardControllerKind(String label, Truth naturalPerson) {
    this.label = label;
    this.naturalPerson = naturalPerson;
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Truth naturalPerson() {
    return naturalPerson;
  }
}
