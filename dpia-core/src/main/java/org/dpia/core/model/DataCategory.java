package org.dpia.core.model;

import org.dpia.core.text.Text;

/**
 * Categories of personal data, a closed legal vocabulary: each says whether it is a special
 * category (GDPR art. 9(1)), data relating to criminal convictions and offences (GDPR art. 10), or
 * data "of a highly personal nature" in the sense of the WP29 DPIA guidelines (WP248 rev.01,
 * criterion 4).
 */
public enum DataCategory {
  /** Identity and civil status. */
  IDENTIFICATION("identity and civil status", "l'état civil et l'identité", Kind.ORDINARY),
  /** Contact details. */
  CONTACT_DETAILS("contact details", "les coordonnées", Kind.ORDINARY),
  /** Professional life: job, career, evaluations. */
  PROFESSIONAL_LIFE("professional life", "la vie professionnelle", Kind.ORDINARY),
  /** Images of people (photographs, video). Not biometric unless processed to identify uniquely. */
  IMAGES("images of people (photo, video)", "des images de personnes (photo, vidéo)", Kind.ORDINARY),
  /** Sound recordings of people. */
  VOICE_RECORDINGS("voice recordings", "des enregistrements de la voix", Kind.ORDINARY),
  /** Vehicle licence plates. */
  LICENCE_PLATES("vehicle licence plates", "des plaques d'immatriculation", Kind.ORDINARY),
  /** Connection and usage logs, online identifiers. */
  ONLINE_IDENTIFIERS_AND_LOGS("online identifiers and logs", "des identifiants en ligne et des journaux de connexion", Kind.ORDINARY),
  /** Racial or ethnic origin (GDPR art. 9(1)). */
  RACIAL_OR_ETHNIC_ORIGIN("racial or ethnic origin", "l'origine raciale ou ethnique", Kind.SPECIAL),
  /** Political opinions (GDPR art. 9(1)). */
  POLITICAL_OPINIONS("political opinions", "les opinions politiques", Kind.SPECIAL),
  /** Religious or philosophical beliefs (GDPR art. 9(1)). */
  RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS("religious or philosophical beliefs", "les convictions religieuses ou philosophiques", Kind.SPECIAL),
  /** Trade union membership (GDPR art. 9(1)). */
  TRADE_UNION_MEMBERSHIP("trade union membership", "l'appartenance syndicale", Kind.SPECIAL),
  /** Genetic data (GDPR art. 9(1)). */
  GENETIC("genetic data", "des données génétiques", Kind.SPECIAL),
  /** Biometric data processed to identify a natural person uniquely (GDPR art. 9(1)). */
  BIOMETRIC("biometric data for unique identification", "des données biométriques aux fins d'identifier une personne de manière unique", Kind.SPECIAL),
  /** Data concerning health (GDPR art. 9(1)). */
  HEALTH("data concerning health", "des données concernant la santé", Kind.SPECIAL),
  /** Data concerning sex life or sexual orientation (GDPR art. 9(1)). */
  SEX_LIFE_OR_SEXUAL_ORIENTATION("data concerning sex life or sexual orientation", "des données concernant la vie sexuelle ou l'orientation sexuelle", Kind.SPECIAL),
  /** Criminal convictions and offences or related security measures (GDPR art. 10). */
  CRIMINAL_OFFENCES("criminal convictions and offences", "des données relatives aux condamnations pénales et aux infractions", Kind.CRIMINAL),
  /** Location data (WP248: highly personal). */
  LOCATION("location data", "des données de localisation", Kind.HIGHLY_PERSONAL),
  /** Content or metadata of electronic communications (WP248: highly personal). */
  ELECTRONIC_COMMUNICATIONS("electronic communications", "des communications électroniques", Kind.HIGHLY_PERSONAL),
  /** Financial data (WP248: highly personal). */
  FINANCIAL("financial data", "des données financières", Kind.HIGHLY_PERSONAL),
  /** Personal documents: e-mails, diaries, notes (WP248: highly personal). */
  PERSONAL_DOCUMENTS("personal documents (e-mails, diaries, notes)", "des documents personnels (courriels, journaux intimes, notes)", Kind.HIGHLY_PERSONAL),
  /** Life-logging data (WP248: highly personal). */
  LIFE_LOGGING("life-logging data", "des données d'enregistrement de la vie quotidienne", Kind.HIGHLY_PERSONAL),
  /** Recordings of people's private conversations (in a vehicle, at home, in a closed room). */
  PRIVATE_CONVERSATIONS("recordings of private conversations", "des enregistrements de conversations privées", Kind.HIGHLY_PERSONAL);

  /** The legal weight of a category. */
  public enum Kind {
    /** No special rule. */
    ORDINARY,
    /** A special category of GDPR art. 9(1). */
    SPECIAL,
    /** Data relating to criminal convictions and offences, GDPR art. 10. */
    CRIMINAL,
    /** Highly personal in the sense of WP248 criterion 4, though neither art. 9 nor art. 10. */
    HIGHLY_PERSONAL
  }

  private final Text text;
  private final Kind kind;

  DataCategory(String english, String french, Kind kind) {
    this.text = Text.of(english, french);
    this.kind = kind;
  }

  /** The category in plain English. */
  public String label() {
    return text.english();
  }

  /** The category in English and French. */
  public Text text() {
    return text;
  }

  /** Its legal weight. */
  public Kind kind() {
    return kind;
  }

  /** Whether it is a special category of GDPR art. 9(1). */
  public boolean isSpecialCategory() {
    return kind == Kind.SPECIAL;
  }

  /** Whether it relates to criminal convictions and offences, GDPR art. 10. */
  public boolean isCriminalOffenceData() {
    return kind == Kind.CRIMINAL;
  }

  /** Whether it is sensitive or highly personal in the sense of WP248 criterion 4 (art. 9, art. 10 or highly personal). */
  public boolean isSensitiveOrHighlyPersonal() {
    return kind != Kind.ORDINARY;
  }
}
