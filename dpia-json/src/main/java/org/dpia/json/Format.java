package org.dpia.json;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two text formats a description is read from and written to. */
public enum Format {
  /** JSON (RFC 8259). */
  JSON,
  /** YAML 1.2; a JSON file is also a YAML file. */
  YAML;

  /** The format a file's name says: {@code .json} is JSON, {@code .yaml} and {@code .yml} are YAML; empty otherwise. */
  public static Optional<Format> of(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }
}
