package org.dpia.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the formats, as text: descriptions (what {@link Descriptions}
 * reads and writes) and decision and audit receipts (what {@link Receipts} writes). Every {@code description}
 * is in English, with its French beside it under {@code x-description-fr}, a keyword validators
 * and editors ignore.
 */
public final class Schemas {
  private Schemas() {}

  /** The schema of description files: an operation (with answers) or a history. */
  public static String description() {
    return resource("description.schema.json");
  }

  /** The schema of a decision's receipt ({@code "dpiaDecisionVersion": "1"}). */
  public static String decision() {
    return resource("decision.schema.json");
  }

  /** The schema of an audit's receipt ({@code "dpiaAuditVersion": "1"}); its citations are those of the decision schema. */
  public static String audit() {
    return resource("audit.schema.json");
  }

  private static String resource(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
