package org.dpia.core.model;

/** Technologies common to every jurisdiction. */
public enum StandardTechnology implements Technology {
  /** Ordinary office or business software (spreadsheets, accounting, CRM). */
  STANDARD_BUSINESS_SOFTWARE("ordinary business software"),
  /** Fixed video cameras recording or showing images (CCTV, video protection). */
  VIDEO_SURVEILLANCE("video surveillance cameras (CCTV)"),
  /**
   * Software that analyses video images automatically to detect, track or search for events,
   * objects or people ("augmented" or "smart" cameras, video analytics such as BriefCam).
   */
  ALGORITHMIC_VIDEO_ANALYSIS("algorithmic video analysis"),
  /** Recognition of faces to identify or authenticate people. */
  FACIAL_RECOGNITION("facial recognition"),
  /** Other biometric recognition: fingerprints, iris, voice, vein patterns. */
  BIOMETRIC_RECOGNITION("biometric recognition (fingerprint, iris, voice…)"),
  /** Automatic licence-plate recognition. */
  LICENCE_PLATE_RECOGNITION("automatic licence-plate recognition"),
  /** Camera-carrying drones. */
  DRONES("drones"),
  /** Tracking of location (GPS, telephone, travel cards). */
  LOCATION_TRACKING("location tracking"),
  /** Connected objects (Internet of Things). */
  CONNECTED_DEVICES("connected devices (Internet of Things)"),
  /** Machine-learning or other artificial-intelligence models applied to people. */
  ARTIFICIAL_INTELLIGENCE("artificial intelligence or machine learning"),
  /** Badge or card readers controlling access. */
  BADGE_ACCESS_CONTROL("badge access control"),
  /** Breathalysers and alcohol interlocks. */
  BREATHALYSER("breathalyser or alcohol interlock");

  private final String label;

  StandardTechnology(String label) {
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
