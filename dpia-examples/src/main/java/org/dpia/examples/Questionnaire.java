package org.dpia.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Question;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.report.Report;
import org.dpia.core.text.Text;
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.Gallery;
import org.dpia.rules.fr.FrenchRulebook;

/**
 * The questionnaire: starts from nothing (or from a gallery case's facts), decides, and while the
 * answer is undetermined asks the most decisive missing fact, with its help text and legal
 * reference; "don't know" is a real answer. It never asks a question whose answer cannot change the
 * outcome, and stops with the report as soon as the outcome is settled. Answers are read one a
 * line from standard input, so it can be scripted; the end of input ends the session cleanly.
 *
 * <pre>
 * usage: questionnaire [--from CASE] [--date YYYY-MM-DD] [--lang en|fr] [--format text|markdown]
 * </pre>
 */
public final class Questionnaire {
  static final String USAGE = "usage: questionnaire [--from CASE] [--date YYYY-MM-DD] [--lang en|fr] [--format text|markdown]";

  private final Rulebook rulebook;
  private final ProcessingOperation operation;
  private final LocalDate date;
  private final Locale locale;
  private final Report report;
  private final ResourceBundle messages;

  Questionnaire(Rulebook rulebook, ProcessingOperation operation, LocalDate date, Locale locale, Report.Format format) {
    this.rulebook = rulebook;
    this.operation = operation;
    this.date = date;
    this.locale = locale;
    this.report = Report.of(locale, format);
    this.messages = ResourceBundle.getBundle("org.dpia.examples.questionnaire",
        "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT);
  }

  /** Runs the questionnaire on standard input and output; exits with 0, or 2 on a bad argument. */
  public static void main(String[] args) {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    int status = run(args, in, System.out, System.err, System.console() == null);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the questionnaire; returns the exit status. With {@code echo}, each answer read is printed
   * after its prompt, so that a scripted session reads as a transcript.
   */
  public static int run(String[] args, BufferedReader in, PrintStream out, PrintStream err, boolean echo) {
    ProcessingOperation operation = ProcessingOperation.builder()
        .name("the processing described in the questionnaire")
        .controller(Controller.builder().name("the controller").build())
        .build();
    LocalDate date = LocalDate.now();
    Locale locale = Locale.ENGLISH;
    Report.Format format = Report.Format.TEXT;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--from":
          Optional<Case> c = value == null ? Optional.empty() : Gallery.find(value);
          if (c.isEmpty()) {
            return fail(err, value == null ? "--from takes a case id" : "no case named '" + value + "'; the demo lists them with --list");
          }
          operation = c.get().operation();
          i++;
          break;
        case "--date":
          try {
            date = LocalDate.parse(value == null ? "" : value);
          } catch (DateTimeParseException e) {
            return fail(err, "--date takes a date such as 2023-06-01");
          }
          i++;
          break;
        case "--lang":
          if (!"en".equals(value) && !"fr".equals(value)) {
            return fail(err, "--lang takes en or fr");
          }
          locale = Locale.forLanguageTag(value);
          i++;
          break;
        case "--format":
          if (!"text".equals(value) && !"markdown".equals(value)) {
            return fail(err, "--format takes text or markdown");
          }
          format = "text".equals(value) ? Report.Format.TEXT : Report.Format.MARKDOWN;
          i++;
          break;
        default:
          return fail(err, "unknown argument " + args[i]);
      }
    }
    new Questionnaire(FrenchRulebook.create(), operation, date, locale, format).ask(in, out, echo);
    return 0;
  }

  private static int fail(PrintStream err, String message) {
    err.println(message);
    err.println(USAGE);
    return 2;
  }

  /** Asks until the outcome is settled, no question is left, or the input ends; prints the report. */
  Decision ask(BufferedReader in, PrintStream out, boolean echo) {
    out.println(msg("intro"));
    Map<String, Truth> answers = new LinkedHashMap<>();
    Set<String> dontKnow = new HashSet<>();
    Decision decision = rulebook.decide(operation, date, answers);
    int asked = 0;
    boolean ended = false;
    while (decision.outcome() == Outcome.UNDETERMINED && !ended) {
      Optional<Question> next = rulebook.questions(decision, locale).stream()
          .filter(q -> !dontKnow.contains(q.factId()))
          .findFirst();
      if (next.isEmpty()) {
        out.println(msg("noMore"));
        break;
      }
      Question q = next.get();
      asked++;
      show(out, asked, q);
      Truth answer = null;
      while (answer == null) {
        out.print(msg("prompt") + " ");
        out.flush();
        String line = readLine(in);
        if (line == null) {
          out.println();
          out.println(msg("eof"));
          ended = true;
          break;
        }
        if (echo) {
          out.println(line);
        }
        answer = parse(line);
        if (answer == null) {
          out.println(msg("bad"));
        }
      }
      if (answer == Truth.UNKNOWN) {
        dontKnow.add(q.factId());
      } else if (answer != null) {
        answers.put(q.factId(), answer);
        decision = rulebook.decide(operation, date, answers);
      }
    }
    if (decision.outcome() != Outcome.UNDETERMINED) {
      out.println(msg("settled"));
    }
    out.println();
    out.println(report.render(decision));
    out.println(msg("unknown") + sep().stripTrailing());
    Map<String, Text> unknown = decision.unknownFactTexts();
    if (unknown.isEmpty()) {
      out.println("  " + msg("none"));
    }
    unknown.forEach((id, description) -> out.println("  - " + report.text(description)));
    return decision;
  }

  private void show(PrintStream out, int n, Question q) {
    out.println();
    out.println(MessageFormat.format(msg("question"), n) + sep() + q.text());
    q.stated().ifPresent(s -> out.println("  " + s));
    q.help().ifPresent(h -> out.println("  " + h));
    if (!q.references().isEmpty()) {
      out.println("  " + msg("reference") + sep() + report.citations(q.references()));
    }
    out.println("  (" + msg("ifYes") + sep() + report.outcome(q.ifYes()) + "; " + msg("ifNo") + sep() + report.outcome(q.ifNo()) + ")");
  }

  private static String readLine(BufferedReader in) {
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** TRUE, FALSE, UNKNOWN for "don't know", or null for an answer that is not understood. */
  static Truth parse(String line) {
    return switch (line.trim().toLowerCase(Locale.ROOT)) {
      case "y", "yes", "o", "oui" -> Truth.TRUE;
      case "n", "no", "non" -> Truth.FALSE;
      case "?", "dk", "don't know", "dont know", "nsp", "je ne sais pas" -> Truth.UNKNOWN;
      default -> null;
    };
  }

  /** The colon as the language writes it: "Question 1: …", "Question 1 : …". */
  private String sep() {
    return "fr".equals(locale.getLanguage()) ? " : " : ": ";
  }

  private String msg(String key) {
    return messages.getString(key);
  }

}
