package org.dpia.core.model;

/** Places common to every jurisdiction. */
public enum StandardPlace implements Place {
  /** Public roads and places open to the public: streets, squares, stations, shops, stadiums. */
  PUBLICLY_ACCESSIBLE_AREA("a publicly accessible area"),
  /** Premises where people work that the public does not enter. */
  WORKPLACE("a workplace"),
  /** A school or other educational establishment. */
  SCHOOL("a school"),
  /** A health or medico-social establishment. */
  HEALTH_ESTABLISHMENT("a health or medico-social establishment"),
  /** A private home. */
  HOME("a private home"),
  /** Vehicles. */
  VEHICLE("vehicles"),
  /** Online: websites, applications, networks. */
  ONLINE("online");

  private final String label;

  StandardPlace(String label) {
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
