package org.dpia.core.model;

import org.dpia.core.text.Text;

/** Technologies common to every jurisdiction. */
public enum StandardTechnology implements Technology {
  /** Ordinary office or business software (spreadsheets, accounting, CRM). */
  STANDARD_BUSINESS_SOFTWARE("ordinary business software", "un logiciel de gestion courant"),
  /** Fixed video cameras recording or showing images (CCTV, video protection). */
  VIDEO_SURVEILLANCE("video surveillance cameras (CCTV)", "des caméras de vidéoprotection"),
  /**
   * Software that analyses video images automatically to detect, track or search for events,
   * objects or people ("augmented" or "smart" cameras, video analytics such as BriefCam).
   */
  ALGORITHMIC_VIDEO_ANALYSIS("algorithmic video analysis", "l'analyse algorithmique d'images vidéo"),
  /** Recognition of faces to identify or authenticate people. */
  FACIAL_RECOGNITION("facial recognition", "la reconnaissance faciale"),
  /** Other biometric recognition: fingerprints, iris, voice, vein patterns. */
  BIOMETRIC_RECOGNITION("biometric recognition (fingerprint, iris, voice…)", "la reconnaissance biométrique (empreinte digitale, iris, voix…)"),
  /** Automatic licence-plate recognition. */
  LICENCE_PLATE_RECOGNITION("automatic licence-plate recognition", "la lecture automatisée de plaques d'immatriculation"),
  /** Camera-carrying drones. */
  DRONES("drones", "des drones"),
  /** Tracking of location (GPS, telephone, travel cards). */
  LOCATION_TRACKING("location tracking", "la géolocalisation"),
  /** Connected objects (Internet of Things). */
  CONNECTED_DEVICES("connected devices (Internet of Things)", "des objets connectés"),
  /** Machine-learning or other artificial-intelligence models applied to people. */
  ARTIFICIAL_INTELLIGENCE("artificial intelligence or machine learning", "l'intelligence artificielle ou l'apprentissage automatique"),
  /** Badge or card readers controlling access. */
  BADGE_ACCESS_CONTROL("badge access control", "le contrôle d'accès par badge");

  private final Text text;

  StandardTechnology(String english, String french) {
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
