package org.dpia.core.model;

/**
 * Categories of personal data, a closed legal vocabulary: each says whether it is a special
 * category (GDPR art. 9(1)), data relating to criminal convictions and offences (GDPR art. 10), or
 * data "of a highly personal nature" in the sense of the WP29 DPIA guidelines (WP248 rev.01,
 * criterion 4).
 */
public enum DataCategory {
  /** Identity and civil status. */
  IDENTIFICATION("identity and civil status", Kind.ORDINARY),
  /** Contact details. */
  CONTACT_DETAILS("contact details", Kind.ORDINARY),
  /** Professional life: job, career, evaluations. */
  PROFESSIONAL_LIFE("professional life", Kind.ORDINARY),
  /** Images of people (photographs, video). Not biometric unless processed to identify uniquely. */
  IMAGES("images of people (photo, video)", Kind.ORDINARY),
  /** Sound recordings of people. */
  VOICE_RECORDINGS("voice recordings", Kind.ORDINARY),
  /** Vehicle licence plates. */
  LICENCE_PLATES("vehicle licence plates", Kind.ORDINARY),
  /** Connection and usage logs, online identifiers. */
  ONLINE_IDENTIFIERS_AND_LOGS("online identifiers and logs", Kind.ORDINARY),
  /** Racial or ethnic origin (GDPR art. 9(1)). */
  RACIAL_OR_ETHNIC_ORIGIN("racial or ethnic origin", Kind.SPECIAL),
  /** Political opinions (GDPR art. 9(1)). */
  POLITICAL_OPINIONS("political opinions", Kind.SPECIAL),
  /** Religious or philosophical beliefs (GDPR art. 9(1)). */
  RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS("religious or philosophical beliefs", Kind.SPECIAL),
  /** Trade union membership (GDPR art. 9(1)). */
  TRADE_UNION_MEMBERSHIP("trade union membership", Kind.SPECIAL),
  /** Genetic data (GDPR art. 9(1)). */
  GENETIC("genetic data", Kind.SPECIAL),
  /** Biometric data processed to identify a natural person uniquely (GDPR art. 9(1)). */
  BIOMETRIC("biometric data for unique identification", Kind.SPECIAL),
  /** Data concerning health (GDPR art. 9(1)). */
  HEALTH("data concerning health", Kind.SPECIAL),
  /** Data concerning sex life or sexual orientation (GDPR art. 9(1)). */
  SEX_LIFE_OR_SEXUAL_ORIENTATION("data concerning sex life or sexual orientation", Kind.SPECIAL),
  /** Criminal convictions and offences or related security measures (GDPR art. 10). */
  CRIMINAL_OFFENCES("criminal convictions and offences", Kind.CRIMINAL),
  /** Location data (WP248: highly personal). */
  LOCATION("location data", Kind.HIGHLY_PERSONAL),
  /** Content or metadata of electronic communications (WP248: highly personal). */
  ELECTRONIC_COMMUNICATIONS("electronic communications", Kind.HIGHLY_PERSONAL),
  /** Financial data (WP248: highly personal). */
  FINANCIAL("financial data", Kind.HIGHLY_PERSONAL),
  /** Personal documents: e-mails, diaries, notes (WP248: highly personal). */
  PERSONAL_DOCUMENTS("personal documents (e-mails, diaries, notes)", Kind.HIGHLY_PERSONAL),
  /** Life-logging data (WP248: highly personal). */
  LIFE_LOGGING("life-logging data", Kind.HIGHLY_PERSONAL);

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

  private final String label;
  private final Kind kind;

  DataCategory(String label, Kind kind) {
    this.label = label;
    this.kind = kind;
  }

  /** The category in plain English. */
  public String label() {
    return label;
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
