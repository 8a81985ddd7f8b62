package org.dpia.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Plain maps and lists written as JSON or YAML, and digests of them. */
final class Texts {
  private Texts() {}

  private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonMapper COMPACT = JsonMapper.builder().build();
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .disable(YAMLWriteFeature.SPLIT_LINES)
      .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();

  static String write(Object tree, Format format) {
    String text = format == Format.JSON ? PRETTY.writeValueAsString(tree) : YAML.writeValueAsString(tree);
    return text.endsWith("\n") ? text : text + "\n";
  }

  static String compact(Object tree) {
    return COMPACT.writeValueAsString(tree);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
