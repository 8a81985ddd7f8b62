package org.dpia.core.model;

import org.dpia.core.text.Text;

/** Places common to every jurisdiction. */
public enum StandardPlace implements Place {
  /** Public roads and places open to the public: streets, squares, stations, shops, stadiums. */
  PUBLICLY_ACCESSIBLE_AREA("a publicly accessible area", "une zone accessible au public"),
  /** Premises where people work that the public does not enter. */
  WORKPLACE("a workplace", "un lieu de travail"),
  /** A school or other educational establishment. */
  SCHOOL("a school", "un établissement scolaire"),
  /** A health or medico-social establishment. */
  HEALTH_ESTABLISHMENT("a health or medico-social establishment", "un établissement de santé ou médico-social"),
  /** A private home. */
  HOME("a private home", "un domicile privé"),
  /** Vehicles. */
  VEHICLE("vehicles", "des véhicules"),
  /** Online: websites, applications, networks. */
  ONLINE("online", "en ligne");

  private final Text text;

  StandardPlace(String english, String french) {
    this.text = Text.of(english, french);
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
}
