package org.dpia.core.law;

import org.dpia.core.text.Text;

/**
 * How firmly the project established what it encodes from a source or a provision. Shown in
 * reports beside a citation that is not {@link #CHECKED}, and recorded in each rulebook's own list
 * of its sources.
 */
public enum Verification {
  /** Read in the official text, or in two concordant reproductions of it. */
  CHECKED(Text.of("checked", "vérifié")),
  /** Read in a single third-party reproduction of the official text. */
  ONE_SOURCE(Text.of("one source", "une seule source")),
  /** Encoded in substance only: the exact wording was not confirmed and is not quoted. */
  SUBSTANCE(Text.of("substance only", "en substance")),
  /** The project's reading where the text is silent or open, to be reviewed by a lawyer. */
  READING(Text.of("reading", "lecture"));

  private final Text label;

  Verification(Text label) {
    this.label = label;
  }

  /** The status in plain words. */
  public Text label() {
    return label;
  }
}
