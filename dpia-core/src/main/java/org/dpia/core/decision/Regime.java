package org.dpia.core.decision;

import java.util.List;
import java.util.Objects;
import org.dpia.core.law.Citation;
import org.dpia.core.text.Text;

/**
 * A body of data protection law that governs a processing, such as the GDPR or the police-justice
 * directive as transposed. Each rulebook defines its regimes; they are compared by id.
 */
public final class Regime {
  private final String id;
  private final Text name;
  private final List<Citation> citations;

  private Regime(String id, Text name, List<Citation> citations) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.citations = List.copyOf(citations);
  }

  /** A regime with a stable id, a name in several languages and the provisions that define its scope. */
  public static Regime of(String id, Text name, Citation... citations) {
    return new Regime(id, name, List.of(citations));
  }

  /** A regime with a stable id, an English name and the provisions that define its scope. */
  public static Regime of(String id, String name, Citation... citations) {
    return of(id, Text.of(name), citations);
  }

  /** Its stable id, such as {@code "gdpr"}. */
  public String id() {
    return id;
  }

  /** Its name in English, such as "GDPR (with LIL Title II)". */
  public String name() {
    return name.english();
  }

  /** Its name in every language it is written in. */
  public Text text() {
    return name;
  }

  /** The provisions that define its scope. */
  public List<Citation> citations() {
    return citations;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Regime && ((Regime) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return name.english();
  }
}
