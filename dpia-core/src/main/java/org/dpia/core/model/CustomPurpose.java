package org.dpia.core.model;

import java.util.Objects;
import java.util.Optional;
import org.dpia.core.text.Text;

/**
 * A purpose the rulebook does not know, described by the application with its family, so that the
 * rules can classify it: a purpose of the criminal-law family brings the police-justice regime into
 * play, one of the employee-monitoring family is read as the monitoring of employees' activity,
 * one of the {@link PurposeFamily#OTHER other} family is read as none of the specific purposes the
 * law names (if it is one of them, use the standard purpose instead).
 * The family is given when the purpose is made; {@link #ofUnknownFamily} says explicitly that it is
 * not known.
 *
 * <pre>{@code
 * Purpose tracking = CustomPurpose.of("TELEWORK_ACTIVITY_TRACKING",
 *     Text.of("tracking of teleworkers' activity", "suivi de l'activité des télétravailleurs"),
 *     PurposeFamily.EMPLOYEE_MONITORING);
 * }</pre>
 */
public final class CustomPurpose implements Purpose {
  private final String id;
  private final Text text;
  private final PurposeFamily family;

  private CustomPurpose(String id, Text text, PurposeFamily family) {
    if (Checks.blank(Objects.requireNonNull(id, "id"))) {
      throw new InvalidDescriptionException("purpose", java.util.List.of("the purpose's id is blank"));
    }
    this.id = id;
    this.text = Objects.requireNonNull(text, "text");
    this.family = family;
  }

  /** A purpose of a known family. */
  public static CustomPurpose of(String id, Text text, PurposeFamily family) {
    return new CustomPurpose(id, text, Objects.requireNonNull(family, "family"));
  }

  /** A purpose whose family is not known: the rules read it as possibly of any family. */
  public static CustomPurpose ofUnknownFamily(String id, Text text) {
    return new CustomPurpose(id, text, null);
  }

  @Override
  public String id() {
    return id;
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
  public Optional<PurposeFamily> family() {
    return Optional.ofNullable(family);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomPurpose p && p.id.equals(id) && p.text.equals(text) && Objects.equals(p.family, family);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, family);
  }

  @Override
  public String toString() {
    return id;
  }
}
