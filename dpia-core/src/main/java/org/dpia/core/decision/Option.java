package org.dpia.core.decision;

import java.util.Objects;
import org.dpia.core.text.Text;

/**
 * One answer a {@link Topic} offers: a term of its vocabulary ("health data", "a municipal police
 * service") or a range ("from 10,001 to 49,999 people"), with a stable id and its words in every
 * language they are written in.
 *
 * @param id the option's stable id within its topic, such as {@code "HEALTH"}
 * @param text the option in plain words
 */
public record Option(String id, Text text) {
  /** Checks that neither part is missing. */
  public Option {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
