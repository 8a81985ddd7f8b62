package org.dpia.rules.fr;

import org.dpia.core.logic.Truth;
import org.dpia.core.model.Technology;
import org.dpia.core.text.Text;

/** Technologies that French law names and core does not. */
public enum FrenchTechnology implements Technology {
  /** Breathalysers and alcohol interlocks (CNIL exempt list, délibération n° 2019-118). */
  BREATHALYSER("breathalyser or alcohol interlock", "éthylotest ou éthylotest anti-démarrage");

  private final Text text;

  FrenchTechnology(String english, String french) {
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

  /** A breathalyser tests one person who blows into it: it does not observe people, identify or locate them. */
  @Override
  public Truth observesPeople() {
    return Truth.FALSE;
  }

  @Override
  public Truth identifiesBiometrically() {
    return Truth.FALSE;
  }

  @Override
  public Truth locatesPeople() {
    return Truth.FALSE;
  }
}
