package org.dpia.core.decision;

import java.util.List;
import java.util.Objects;
import org.dpia.core.law.Citation;

/**
 * A body of data protection law that governs a processing, such as the GDPR or the police-justice
 * directive as transposed. Each rulebook defines its regimes; they are compared by id.
 */
public final class Regime {
  private final String id;
  private final String name;
  private final List<Citation> citations;

  private Regime(String id, String name, List<Citation> citations) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.citations = List.copyOf(citations);
  }

  /** A regime with a stable id, a name and the provisions that define its scope. */
  public static Regime of(String id, String name, Citation... citations) {
    return new Regime(id, name, List.of(citations));
  }

  /** Its stable id, such as {@code "gdpr"}. */
  public String id() {
    return id;
  }

  /** Its name, such as "GDPR (with LIL Title II)". */
  public String name() {
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
    return name;
  }
}
