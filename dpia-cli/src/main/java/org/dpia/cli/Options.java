package org.dpia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dpia.core.report.Report;
import org.dpia.json.Format;
import org.dpia.json.Problem;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** The options the commands share, and how they read files and print problems. */
final class Options {
  /** The report's language. */
  enum Lang {
    /** French. */
    fr,
    /** English. */
    en;

    Locale locale() {
      return this == fr ? Locale.FRENCH : Locale.ENGLISH;
    }
  }

  /** What is printed. */
  enum Output {
    /** Plain text. */
    text,
    /** Markdown. */
    markdown,
    /** JSON: the receipt of a decision or audit; one JSON object a line when screening. */
    json
  }

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The day to decide on (audit: up to which to audit); default: today (UTC); audit: the processing's last day if it stopped.")
  LocalDate date;

  @Option(names = "--lang", paramLabel = "fr|en", description = "The report's language: ${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}.",
      defaultValue = "en")
  Lang lang;

  @Option(names = "--format", paramLabel = "text|markdown|json", description = "What to print: ${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}.",
      defaultValue = "text")
  Output format;

  LocalDate dateOrToday() {
    return date != null ? date : LocalDate.now(ZoneOffset.UTC);
  }

  Report.Format reportFormat() {
    return format == Output.markdown ? Report.Format.MARKDOWN : Report.Format.TEXT;
  }

  /** The files named, directories replaced by the description files in them (at any depth), in order. */
  static List<Path> files(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(f -> Format.of(f).isPresent()).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  /** Whether one file is named, so that its whole report is printed rather than one line. */
  static boolean single(List<Path> paths) {
    return paths.size() == 1 && !Files.isDirectory(paths.get(0));
  }

  /**
   * A file's problems: alone, listed on the error stream (and, as JSON, on the output too when
   * that is the format); among several, as its one line of the screening.
   */
  void reportProblems(PrintWriter out, PrintWriter err, Path file, List<Problem> problems, boolean single) {
    if (single) {
      if (format == Output.json) {
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(problemsJson(file, problems)));
      }
      printProblems(err, file, problems);
    } else {
      out.println(problemLine(file, problems, format));
    }
  }

  static void printProblems(PrintWriter err, Path file, List<Problem> problems) {
    for (Problem p : problems) {
      err.println(file + ": " + p);
    }
  }

  static Map<String, Object> problemsJson(Path file, List<Problem> problems) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file.toString());
    List<Object> list = new ArrayList<>();
    for (Problem p : problems) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("path", p.path());
      if (p.line() > 0) {
        pm.put("line", p.line());
        pm.put("column", p.column());
      }
      pm.put("message", p.message());
      if (!p.suggestions().isEmpty()) {
        pm.put("suggestions", p.suggestions());
      }
      list.add(pm);
    }
    m.put("problems", list);
    return m;
  }

  /** The one line of a file that could not be read, when screening. */
  static String problemLine(Path file, List<Problem> problems, Output format) {
    if (format == Output.json) {
      return JSON.writeValueAsString(problemsJson(file, problems));
    }
    String first = problems.get(0).toString();
    String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
    return format == Output.markdown
        ? "| " + cell(file.toString()) + " | INVALID | " + cell(first + more) + " |"
        : file + ": INVALID: " + first + more;
  }

  static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }

  static int worst(int a, int b) {
    if (a == Dpia.BAD_INPUT || b == Dpia.BAD_INPUT) {
      return Dpia.BAD_INPUT;
    }
    return Math.max(a, b);
  }
}
