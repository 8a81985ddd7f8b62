package org.dpia.core.model;

import org.dpia.core.text.Text;

/**
 * The family a purpose belongs to, as the law distinguishes them: it tells which regime governs
 * (criminal-law enforcement, State security, everything else) and classifies a purpose the rulebook
 * does not know. A purpose whose family is not known is read as possibly any.
 */
public enum PurposeFamily implements Vocabulary {
  /** Prevention, investigation, detection or prosecution of criminal offences, execution of penalties, threats to public security. */
  CRIMINAL_LAW_ENFORCEMENT("criminal-law enforcement", "la matière pénale"),
  /** National security and defence. */
  NATIONAL_SECURITY_AND_DEFENCE("national security and defence", "la sûreté de l'État et la défense"),
  /** A natural person's purely personal or household activity. */
  PERSONAL_OR_HOUSEHOLD("a purely personal or household activity", "une activité strictement personnelle ou domestique"),
  /** Monitoring what employees do at work. */
  EMPLOYEE_MONITORING("monitoring of employees' activity", "la surveillance de l'activité des employés"),
  /** Personnel administration and working time. */
  HUMAN_RESOURCES("human resources", "les ressources humaines"),
  /** Care of patients. */
  HEALTH_CARE("health care of patients", "la prise en charge des patients"),
  /**
   * Any other professional, commercial or public purpose. A purpose an application declares in this
   * family is read as none of the specific purposes the law names (use the standard purpose when
   * it is one of them).
   */
  OTHER("another professional, commercial or public purpose", "une autre finalité professionnelle, commerciale ou publique");

  private final Text text;

  PurposeFamily(String english, String french) {
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
