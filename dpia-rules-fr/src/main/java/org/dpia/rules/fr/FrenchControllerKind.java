package org.dpia.rules.fr;

import org.dpia.core.logic.Truth;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.text.Text;

/** Kinds of controller that French law names and core does not (CNIL exempt list, délibération n° 2019-118). */
public enum FrenchControllerKind implements ControllerKind {
  /** A notary (notaire). */
  NOTARY("a notary", "un notaire"),
  /** A clerk of a commercial court (greffier de tribunal de commerce). */
  COMMERCIAL_COURT_CLERK("a clerk of a commercial court", "un greffier de tribunal de commerce");

  private final Text text;

  FrenchControllerKind(String english, String french) {
    this.text = Text.of(english, french);
  }

  @Override
  public String id() {
    return "FR_" + name();
  }

  @Override
  public String label() {
    return text.english();
  }

  @Override
  public Text text() {
    return text;
  }

  /** A notary or a clerk may practise as a natural person or through a company: not known. */
  @Override
  public Truth naturalPerson() {
    return Truth.UNKNOWN;
  }

  /** A notary and a clerk act in their professional capacity. */
  @Override
  public Truth professional() {
    return Truth.TRUE;
  }
}
