package org.dpia.json;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * A JSON or YAML document as a tree whose every value and property name keeps its line and
 * column, so that a problem found while reading a description can say where it is. Jackson's own
 * trees forget where their values were.
 */
final class Tree {
  private Tree() {}

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final YAMLFactory YAML = YAMLFactory.builder().build();

  /** A place in the text, line and column from 1 (0 and 0 when unknown). */
  record At(int line, int column) {
    static final At NOWHERE = new At(0, 0);

    static At of(TokenStreamLocation location) {
      return location == null || location.getLineNr() < 1 ? NOWHERE : new At(location.getLineNr(), Math.max(location.getColumnNr(), 1));
    }
  }

  /** A value of the document. */
  sealed interface Node permits Obj, Arr, Scalar {
    /** Where the value starts. */
    At at();

    /** The kind of value, as an error message names it. */
    String kind();
  }

  /** A property of an object: its name, where the name is, and its value. */
  record Field(String name, At at, Node value) {}

  /** An object, its properties in the order written (duplicates kept, to be reported). */
  record Obj(List<Field> fields, At at) implements Node {
    @Override
    public String kind() {
      return "an object";
    }
  }

  /** An array. */
  record Arr(List<Node> items, At at) implements Node {
    @Override
    public String kind() {
      return "a list";
    }
  }

  /** A string, a number ({@link Number}), a boolean, or null. */
  record Scalar(Object value, At at) implements Node {
    @Override
    public String kind() {
      if (value == null) {
        return "null";
      }
      if (value instanceof String s) {
        return "the text \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
      }
      return value instanceof Boolean ? "the boolean " + value : "the number " + value;
    }
  }

  /** The document's one value; an empty document or a syntax error is a problem, with where it is. */
  static Result<Node> parse(Reader text, Format format) {
    TokenStreamFactory factory = format == Format.JSON ? JSON : YAML;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
      if (parser.nextToken() == null) {
        return Result.failed(List.of(new Problem("$", 0, 0, "the file is empty: it describes nothing", List.of())));
      }
      Node root = value(parser);
      JsonToken after = parser.nextToken();
      if (after != null) {
        At at = At.of(parser.currentTokenLocation());
        return Result.failed(List.of(new Problem("$", at.line(), at.column(), "the file holds more than one document: give one description per file", List.of())));
      }
      return Result.of(root);
    } catch (JacksonException e) {
      At at = At.of(e.getLocation());
      String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
      // Jackson's messages quote the source text; keep the first line, which says what is wrong
      int newline = message.indexOf('\n');
      message = newline < 0 ? message : message.substring(0, newline);
      return Result.failed(List.of(new Problem("$", at.line(), at.column(), "not valid " + format + ": " + message, List.of())));
    }
  }

  private static Node value(JsonParser p) {
    At at = At.of(p.currentTokenLocation());
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT -> {
        List<Field> fields = new ArrayList<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          At nameAt = At.of(p.currentTokenLocation());
          p.nextToken();
          fields.add(new Field(name, nameAt, value(p)));
        }
        return new Obj(fields, at);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(p));
        }
        return new Arr(items, at);
      }
      case VALUE_STRING -> {
        return new Scalar(p.getString(), at);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Scalar(p.getNumberValue(), at);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Scalar(token == JsonToken.VALUE_TRUE, at);
      }
      case VALUE_NULL -> {
        return new Scalar(null, at);
      }
      default -> {
        return new Scalar(p.getText(), at);
      }
    }
  }
}
