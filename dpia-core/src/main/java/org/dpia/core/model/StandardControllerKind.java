package org.dpia.core.model;

import org.dpia.core.text.Text;

import org.dpia.core.logic.Truth;

/** Kinds of controller common to every jurisdiction. */
public enum StandardControllerKind implements ControllerKind {
  /** A State administration or other public body. */
  PUBLIC_BODY("a public body", "un organisme public", Truth.FALSE),
  /** A local authority: a municipality, a département, a region. */
  LOCAL_AUTHORITY("a local authority", "une collectivité territoriale", Truth.FALSE),
  /** A municipal police service (acting under the mayor). */
  MUNICIPAL_POLICE("a municipal police service", "une police municipale", Truth.FALSE),
  /** The national police or gendarmerie. */
  NATIONAL_POLICE_OR_GENDARMERIE("the national police or gendarmerie", "la police ou la gendarmerie nationales", Truth.FALSE),
  /** A court, a public prosecutor, another judicial authority. */
  JUDICIAL_AUTHORITY("a judicial authority", "une autorité judiciaire", Truth.FALSE),
  /** A prison or probation administration. */
  PRISON_ADMINISTRATION("a prison or probation administration", "une administration pénitentiaire ou de probation", Truth.FALSE),
  /** An intelligence or defence service. */
  INTELLIGENCE_OR_DEFENCE_SERVICE("an intelligence or defence service", "un service de renseignement ou de défense", Truth.FALSE),
  /** A company or other private employer. */
  COMPANY("a company", "une entreprise", Truth.FALSE),
  /** A hospital, clinic, nursing home or other health or medico-social establishment. */
  HEALTH_OR_MEDICO_SOCIAL_ESTABLISHMENT("a health or medico-social establishment", "un établissement de santé ou médico-social", Truth.FALSE),
  /** An association, a foundation or another non-profit body. */
  NON_PROFIT_ORGANISATION("an association, foundation or other non-profit body", "une association, une fondation ou un autre organisme sans but lucratif", Truth.FALSE),
  /** A school, university or other educational establishment. */
  EDUCATIONAL_ESTABLISHMENT("an educational establishment", "un établissement d'enseignement", Truth.FALSE),
  /** A physician or other health professional practising individually. */
  INDIVIDUAL_HEALTH_PROFESSIONAL("a health professional practising individually", "un professionnel de santé exerçant à titre individuel", Truth.UNKNOWN),
  /** A lawyer practising individually. */
  INDIVIDUAL_LAWYER("a lawyer practising individually", "un avocat exerçant à titre individuel", Truth.UNKNOWN),
  /** A private individual, not acting as a professional. */
  PRIVATE_INDIVIDUAL("a private individual", "un particulier, hors activité professionnelle", Truth.TRUE);

  private final Text text;
  private final Truth naturalPerson;

  StandardControllerKind(String english, String french, Truth naturalPerson) {
    this.text = Text.of(english, french);
    this.naturalPerson = naturalPerson;
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
  public Truth naturalPerson() {
    return naturalPerson;
  }

  /** Every kind but a private individual acts in a professional, commercial or public capacity. */
  @Override
  public Truth professional() {
    return Truth.of(this != PRIVATE_INDIVIDUAL);
  }
}
