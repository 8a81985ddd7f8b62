package org.dpia.core.model;

import static org.dpia.core.logic.Truth.FALSE;
import static org.dpia.core.logic.Truth.TRUE;
import static org.dpia.core.logic.Truth.UNKNOWN;

import org.dpia.core.logic.Truth;
import org.dpia.core.text.Text;

/**
 * Technologies common to every jurisdiction, each with what it does to people: whether it
 * observes, monitors or records them, identifies them biometrically, or locates them. A property
 * that depends on how the technology is set up (what an analytics tool is asked to detect) is
 * unknown; say it in the description of the processing (its data categories) when it is known.
 */
public enum StandardTechnology implements Technology {
  /** Ordinary office or business software (spreadsheets, accounting, CRM). */
  STANDARD_BUSINESS_SOFTWARE("ordinary business software", "un logiciel de gestion courant", FALSE, FALSE, FALSE),
  /**
   * Fixed video cameras recording or showing images (CCTV, video protection): they record people;
   * video images are not biometric data in themselves (EDPB Guidelines 3/2019).
   */
  VIDEO_SURVEILLANCE("video surveillance cameras (CCTV)", "des caméras de vidéoprotection", TRUE, FALSE, FALSE),
  /**
   * Software that analyses video images automatically to detect, track or search for events,
   * objects or people ("augmented" or "smart" cameras, video analytics such as BriefCam): it
   * observes people; whether it identifies or tracks them depends on its features.
   */
  ALGORITHMIC_VIDEO_ANALYSIS("algorithmic video analysis", "l'analyse algorithmique d'images vidéo", TRUE, UNKNOWN, UNKNOWN),
  /** Recognition of faces to identify or authenticate people: biometric by nature (EDPB Guidelines 05/2022). */
  FACIAL_RECOGNITION("facial recognition", "la reconnaissance faciale", TRUE, TRUE, UNKNOWN),
  /** Other biometric recognition: fingerprints, iris, voice, vein patterns (a reader that people present themselves to). */
  BIOMETRIC_RECOGNITION("biometric recognition (fingerprint, iris, voice…)", "la reconnaissance biométrique (empreinte digitale, iris, voix…)",
      FALSE, TRUE, FALSE),
  /** Automatic licence-plate recognition: it records vehicles passing, and where and when. */
  LICENCE_PLATE_RECOGNITION("automatic licence-plate recognition", "la lecture automatisée de plaques d'immatriculation", TRUE, FALSE, TRUE),
  /** Camera-carrying drones. */
  DRONES("drones", "des drones", TRUE, FALSE, UNKNOWN),
  /** Tracking of location (GPS, telephone, travel cards). */
  LOCATION_TRACKING("location tracking", "la géolocalisation", TRUE, FALSE, TRUE),
  /** Connected objects (Internet of Things). */
  CONNECTED_DEVICES("connected devices (Internet of Things)", "des objets connectés", UNKNOWN, UNKNOWN, UNKNOWN),
  /** Machine-learning or other artificial-intelligence models applied to people. */
  ARTIFICIAL_INTELLIGENCE("artificial intelligence or machine learning", "l'intelligence artificielle ou l'apprentissage automatique",
      UNKNOWN, UNKNOWN, UNKNOWN),
  /** Badge or card readers controlling access. */
  BADGE_ACCESS_CONTROL("badge access control", "le contrôle d'accès par badge", FALSE, FALSE, FALSE),
  /** Microphones or sound sensors capturing the sounds of an area. */
  SOUND_SENSORS("sound sensors or microphones in an area", "des capteurs sonores ou microphones dans un lieu", TRUE, FALSE, FALSE),
  /** Cameras worn or carried by agents (body-worn, hand-held). */
  BODY_WORN_CAMERAS("body-worn or hand-held cameras", "des caméras individuelles ou portatives", TRUE, FALSE, FALSE),
  /** Software that monitors workers' activity: keystrokes, screens, applications, idle time. */
  EMPLOYEE_MONITORING_SOFTWARE("software monitoring workers' activity (keystrokes, screens, idle time)",
      "un logiciel de surveillance de l'activité des salariés (frappes, écrans, inactivité)", TRUE, FALSE, UNKNOWN),
  /** Remote proctoring of online exams by webcam, microphone and screen recording. */
  ONLINE_PROCTORING("remote proctoring of online exams", "la télésurveillance d'examens en ligne", TRUE, UNKNOWN, FALSE),
  /** A platform that manages workers by algorithm: assigns tasks, rates, suspends or deactivates them. */
  ALGORITHMIC_MANAGEMENT("a platform managing workers by algorithm", "une plateforme de gestion algorithmique des travailleurs",
      TRUE, UNKNOWN, UNKNOWN),
  /** Cloud office and collaboration suites (e-mail, documents, video calls). */
  CLOUD_OFFICE_SUITE("a cloud office or collaboration suite", "une suite bureautique ou collaborative en nuage", UNKNOWN, FALSE, FALSE),
  /** Connected vehicles, which record where they go and how they are driven. */
  CONNECTED_VEHICLES("connected vehicles", "des véhicules connectés", UNKNOWN, UNKNOWN, TRUE),
  /** Analysis of emotions or behaviour from faces, voices or bodies. */
  EMOTION_ANALYSIS("analysis of emotions or behaviour from faces, voices or bodies",
      "l'analyse des émotions ou du comportement à partir des visages, des voix ou des corps", TRUE, UNKNOWN, FALSE),
  /** Detection of phones by Wi-Fi or Bluetooth to count or follow people. */
  WIFI_OR_BLUETOOTH_TRACKING("detection of phones by Wi-Fi or Bluetooth", "la détection de téléphones par Wi-Fi ou Bluetooth",
      TRUE, FALSE, TRUE),
  /** Thermal cameras measuring people's body temperature. */
  THERMAL_CAMERAS("thermal cameras measuring body temperature", "des caméras thermiques mesurant la température corporelle",
      TRUE, FALSE, FALSE),
  /** Wearable devices measuring the body (activity, heart rate, sleep). */
  WEARABLES("wearable devices measuring the body", "des objets portés mesurant le corps", UNKNOWN, FALSE, UNKNOWN);

  private final Text text;
  private final Truth observesPeople;
  private final Truth identifiesBiometrically;
  private final Truth locatesPeople;

  StandardTechnology(String english, String french, Truth observesPeople, Truth identifiesBiometrically, Truth locatesPeople) {
    this.text = Text.of(english, french);
    this.observesPeople = observesPeople;
    this.identifiesBiometrically = identifiesBiometrically;
    this.locatesPeople = locatesPeople;
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
  public Truth observesPeople() {
    return observesPeople;
  }

  @Override
  public Truth identifiesBiometrically() {
    return identifiesBiometrically;
  }

  @Override
  public Truth locatesPeople() {
    return locatesPeople;
  }
}
