package org.dpia.json;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;

/**
 * Reads descriptions from JSON and YAML and writes them back: a processing operation with the
 * answers given for its facts, or a processing history. Reading never throws on bad data: it gives
 * a {@link Result} with every {@link Problem} found, each with its JSON path, line and column — an
 * unknown property, an unknown id (with the closest valid ones), a value of the wrong type, a date
 * that is not one, and the model's own checks. Writing and reading back gives an equal value.
 *
 * <pre>{@code
 * Result<Description> read = Descriptions.builtIn().read(Path.of("lille.yaml"));
 * read.problems().forEach(System.err::println);   // line 4, column 9, $.controller.kind: unknown kind of controller …
 * ProcessingOperation lille = read.orElseThrow().operation().orElseThrow();
 * String yaml = Descriptions.builtIn().write(Description.of(lille), Format.YAML);
 * }</pre>
 *
 * <p>The format is documented by its JSON Schema, the resource {@code description.schema.json} of
 * this package. What is left out is unknown; a set-valued fact is a
 * list (exactly these), {@code none}, {@code unknown}, or {@code {atLeast: […], noneOf: […]}}; a
 * yes/no fact is {@code true}, {@code false} or {@code unknown}.
 */
public final class Descriptions {
  private static final Descriptions BUILT_IN = new Descriptions(Terms.builtIn());

  private final Terms terms;

  private Descriptions(Terms terms) {
    this.terms = terms;
  }

  /** Reads and writes with the built-in terms: core's and the French rulebook's. */
  public static Descriptions builtIn() {
    return BUILT_IN;
  }

  /** Reads and writes with these terms (the built-in ones and an application's own, say). */
  public static Descriptions with(Terms terms) {
    return new Descriptions(Objects.requireNonNull(terms, "terms"));
  }

  /**
   * Reads a file, in the format its name says ({@code .json}, {@code .yaml}, {@code .yml}); a
   * file that cannot be read, or whose name says no format, is a problem, not an exception.
   */
  public Result<Description> read(Path file) {
    var format = Format.of(file);
    if (format.isEmpty()) {
      return Result.failed(List.of(new Problem("$", 0, 0,
          "the file's name says neither JSON nor YAML: name it .json, .yaml or .yml", List.of())));
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      return Result.failed(List.of(new Problem("$", 0, 0, "the file is not UTF-8 text", List.of())));
    } catch (IOException e) {
      return Result.failed(List.of(new Problem("$", 0, 0, "the file cannot be read: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()), List.of())));
    }
    return read(new StringReader(text), format.get());
  }

  /** Reads a text in the format. */
  public Result<Description> read(String text, Format format) {
    return read(new StringReader(Objects.requireNonNull(text, "text")), format);
  }

  /** Reads a text in the format; the reader is read to its end, not closed. */
  public Result<Description> read(Reader text, Format format) {
    Objects.requireNonNull(format, "format");
    Result<Tree.Node> tree = Tree.parse(text, format);
    if (!tree.isValid()) {
      return Result.failed(tree.problems());
    }
    return new DescriptionReader(terms).read(tree.orElseThrow());
  }

  /** Reads a text that must describe an operation (a history is a problem). */
  public Result<ProcessingOperation> readOperation(String text, Format format) {
    Result<Description> read = read(text, format);
    if (!read.isValid()) {
      return Result.failed(read.problems());
    }
    Description d = read.orElseThrow();
    return d.operation().map(Result::of).orElseGet(() -> Result.failed(List.of(new Problem("$.versions", 0, 0,
        "this describes a history (it has versions), where one processing operation was expected", List.of()))));
  }

  /** Reads a text that must describe a history (an operation is a problem). */
  public Result<ProcessingHistory> readHistory(String text, Format format) {
    Result<Description> read = read(text, format);
    if (!read.isValid()) {
      return Result.failed(read.problems());
    }
    Description d = read.orElseThrow();
    return d.history().map(Result::of).orElseGet(() -> Result.failed(List.of(new Problem("$", 0, 0,
        "this describes one processing operation, where a history (with versions) was expected", List.of()))));
  }

  /** The description as text in the format: YAML in block style, JSON indented. */
  public String write(Description description, Format format) {
    return Texts.write(new DescriptionWriter(terms).description(description), format);
  }

  /** The operation as text in the format. */
  public String write(ProcessingOperation operation, Format format) {
    return write(Description.of(operation), format);
  }

  /** The history as text in the format. */
  public String write(ProcessingHistory history, Format format) {
    return write(Description.of(history), format);
  }

  /**
   * The description's canonical form: compact JSON, properties in the format's order, what is
   * unknown left out. Equal descriptions have equal canonical forms; decisions carry its SHA-256.
   */
  public String canonical(Description description) {
    return Texts.compact(new DescriptionWriter(terms).description(description));
  }
}
