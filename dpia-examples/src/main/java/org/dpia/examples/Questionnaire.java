package org.dpia.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.dpia.core.decision.Choice;
import org.dpia.core.decision.ChoiceAnswer;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Interview;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Prompt;
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
 * line from standard input, so it can be scripted.
 *
 * <pre>
 * usage: questionnaire [--from CASE] [--date YYYY-MM-DD] [--lang en|fr] [--format text|markdown] [-h|--help]
 * </pre>
 *
 * <p>Exit statuses, so that a script can tell a finished session from an interrupted one:
 * <ul>
 *   <li>0: the session ran to its end: the outcome is settled, or no question left can change it on
 *       its own (every remaining one was answered "don't know"), and the report says it stays
 *       undetermined. An undetermined outcome is an outcome, not a failure; also 0 for {@code --help};
 *   <li>1: the answers could not be read (for instance standard input is a directory), or an
 *       unexpected error: one line on standard error, never a stack trace;
 *   <li>2: a bad argument: the message and the usage on standard error;
 *   <li>3: the input ended while a question was still unanswered: the session says so and prints
 *       the decision as it stands on the answers given so far.
 * </ul>
 *
 * <p>An answer line longer than {@value #MAX_ANSWER_LENGTH} characters is never taken as an
 * answer; only its first {@value #MAX_ANSWER_LENGTH} characters are kept, the rest of the line is
 * read and dropped, and it is echoed or quoted cut, with an ellipsis.
 */
public final class Questionnaire {
  static final String USAGE = "usage: questionnaire [--from CASE] [--date YYYY-MM-DD] [--lang en|fr] [--format text|markdown] [-h|--help]";

  static final String HELP = USAGE + """


      Asks, one at a time, the questions that decide whether a data protection impact assessment
      (DPIA) was mandatory under French law, then prints the report. Answers are read one a line
      from standard input: yes, no, or ? for "don't know" (oui, non, nsp in French).

      options:
        --from CASE             start from the facts of a gallery case (the demo lists them with --list)
        --date YYYY-MM-DD       the date on which the processing is assessed (default: today)
        --lang en|fr            the language of the questions and the report (default: en)
        --format text|markdown  the format of the report (default: text)
        -h, --help              print this help and exit

      exit status:
        0  the session ran to its end: the outcome is settled, or no question left can change it
        1  the answers could not be read, or an unexpected error
        2  a bad argument
        3  the input ended while a question was still unanswered (the report shows the decision as it stands)
      """;

  /** The session ran to its end, or the help was asked for. */
  static final int EXIT_COMPLETE = 0;
  /** The answers could not be read, or an unexpected error. */
  static final int EXIT_ERROR = 1;
  /** A bad argument. */
  static final int EXIT_BAD_ARGUMENT = 2;
  /** The input ended while a question was still unanswered. */
  static final int EXIT_UNANSWERED = 3;

  /**
   * The longest answer line taken in: answers are words such as "je ne sais pas", so a line longer
   * than this is not an answer, and is neither kept in memory nor printed back in full.
   */
  static final int MAX_ANSWER_LENGTH = 200;

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
    this.messages = bundle(locale);
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("org.dpia.examples.questionnaire", "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT);
  }

  /**
   * Runs the questionnaire on standard input and output. Exits with 0 when the session ran to its
   * end (the outcome settled, or no question left that can change it) or on {@code --help}; 1 when
   * the answers could not be read or on an unexpected error; 2 on a bad argument; 3 when the input
   * ended while a question was still unanswered.
   */
  public static void main(String[] args) {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    int status;
    try {
      status = run(args, in, System.out, System.err, System.console() == null);
    } catch (Error e) {
      // A class missing from the class path, or no memory left: still one line, not a stack trace.
      System.err.println(unexpected(e));
      status = EXIT_ERROR;
    }
    if (status != EXIT_COMPLETE) {
      System.exit(status);
    }
  }

  /**
   * Runs the questionnaire; returns the exit status, as {@link #main} documents it. With {@code
   * echo}, each answer read is printed after its prompt, so that a scripted session reads as a
   * transcript. Nothing it does ends in a stack trace: a failure is one line on {@code err}.
   */
  public static int run(String[] args, BufferedReader in, PrintStream out, PrintStream err, boolean echo) {
    try {
      return session(args, in, out, err, echo);
    } catch (RuntimeException e) {
      // A bug, not the user's doing: say what it was in one line, as a command line tool should.
      err.println(unexpected(e));
      return EXIT_ERROR;
    }
  }

  private static String unexpected(Throwable e) {
    return "unexpected error: " + String.valueOf(e).replaceAll("\\R+", " ");
  }

  private static int session(String[] args, BufferedReader in, PrintStream out, PrintStream err, boolean echo) {
    List<String> given = Arrays.asList(args);
    if (given.contains("--help") || given.contains("-h")) {
      out.print(HELP);
      return EXIT_COMPLETE;
    }
    ProcessingOperation operation = null;
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
    if (operation == null) {
      // from nothing: named in the session's language
      ResourceBundle words = bundle(locale);
      operation = ProcessingOperation.builder()
          .name(words.getString("operationName"))
          .controller(Controller.builder().name(words.getString("controllerName")).build())
          .build();
    }
    Questionnaire questionnaire = new Questionnaire(FrenchRulebook.create(), operation, date, locale, format);
    try {
      return questionnaire.ask(in, out, echo);
    } catch (IOException e) {
      out.println(); // ends the prompt's line
      err.println(MessageFormat.format(questionnaire.msg("readError"),
          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\R+", " ")));
      return EXIT_ERROR;
    }
  }

  private static int fail(PrintStream err, String message) {
    err.println(message);
    err.println(USAGE);
    return EXIT_BAD_ARGUMENT;
  }

  /**
   * Asks until the outcome is settled, no question is left, or the input ends; prints the summary
   * of the answers, the report and the completed description. Returns {@link #EXIT_COMPLETE}, or
   * {@link #EXIT_UNANSWERED} when the input ended with a question pending.
   */
  int ask(BufferedReader in, PrintStream out, boolean echo) throws IOException {
    out.println(msg("intro"));
    Interview interview = Interview.start(rulebook, operation, date);
    // the summary, one line per answer; going back drops the last
    Deque<String> summary = new ArrayDeque<>();
    boolean unanswered = false;
    while (true) {
      Optional<Prompt> next = interview.next(locale);
      if (next.isEmpty()) {
        if (!interview.isSettled()) {
          out.println(msg("noMore"));
        }
        break;
      }
      Prompt prompt = next.get();
      show(out, summary.size() + 1, prompt, prompt instanceof Choice c ? interview.outcomesByOption(c) : List.of());
      Optional<Reply> reply = reply(in, out, echo, prompt, interview.back().isPresent());
      if (reply.isEmpty()) {
        out.println(msg("unanswered"));
        unanswered = true;
        break;
      }
      if (reply.get() instanceof Back) {
        interview = interview.back().orElse(interview);
        summary.pollLast();
        continue;
      }
      try {
        if (prompt instanceof Choice c) {
          ChoiceAnswer a = ((Chosen) reply.get()).answer();
          interview = interview.answer(c, a);
          summary.addLast(c.text() + " " + shownAnswer(c, a));
        } else {
          Question q = (Question) prompt;
          Truth t = ((YesNo) reply.get()).answer();
          interview = interview.answer(q, t);
          summary.addLast(q.text() + " " + word(t));
        }
      } catch (RuntimeException e) {
        // an answer that makes the description impossible (no purpose at all, say), or contradicts another
        out.println(msg("impossible"));
      }
    }
    Decision decision = interview.decision();
    if (decision.outcome() != Outcome.UNDETERMINED && !unanswered) {
      out.println(msg("settled"));
    }
    out.println();
    out.println(msg("summary") + sep().stripTrailing());
    if (summary.isEmpty()) {
      out.println("  " + msg("none"));
    }
    summary.forEach(line -> out.println("  - " + line));
    out.println();
    out.println(report.render(decision));
    out.println(msg("unknown") + sep().stripTrailing());
    Map<String, Text> unknown = decision.unknownFactTexts();
    if (unknown.isEmpty()) {
      out.println("  " + msg("none"));
    }
    unknown.forEach((id, description) -> out.println("  - " + report.text(description)));
    out.println();
    out.println(msg("description") + sep().stripTrailing());
    out.print(Description.of(interview, locale, factText(decision)));
    return unanswered ? EXIT_UNANSWERED : EXIT_COMPLETE;
  }

  /** The question text of each fact answered, for the description's listing. */
  private Map<String, String> factText(Decision decision) {
    Map<String, String> texts = new LinkedHashMap<>();
    decision.explanation().answeredFacts().forEach((id, text) -> texts.put(id, report.text(text)));
    return texts;
  }

  /** A reply: an answer, or going back one question. */
  private sealed interface Reply permits YesNo, Chosen, Back {}

  private record YesNo(Truth answer) implements Reply {}

  private record Chosen(ChoiceAnswer answer) implements Reply {}

  private record Back() implements Reply {}

  /** Prompts until a reply is understood; empty at the end of input. */
  private Optional<Reply> reply(BufferedReader in, PrintStream out, boolean echo, Prompt prompt, boolean canGoBack) throws IOException {
    boolean choice = prompt instanceof Choice;
    while (true) {
      out.print(msg(choice ? (((Choice) prompt).multiple() ? "promptMany" : "promptOne") : "prompt") + " ");
      out.flush();
      String line = readAnswer(in);
      if (line == null) {
        out.println();
        return Optional.empty();
      }
      if (echo) {
        out.println(shown(line));
      }
      if (line.length() <= MAX_ANSWER_LENGTH && isBack(line)) {
        if (canGoBack) {
          return Optional.of(new Back());
        }
        out.println(msg("noBack"));
        continue;
      }
      Reply reply = null;
      if (line.length() <= MAX_ANSWER_LENGTH) {
        if (choice) {
          ChoiceAnswer a = parseChoice(line, (Choice) prompt);
          reply = a == null ? null : new Chosen(a);
        } else {
          Truth t = parse(line);
          reply = t == null ? null : new YesNo(t);
        }
      }
      if (reply != null) {
        return Optional.of(reply);
      }
      String bad = msg(choice ? "badChoice" : "bad");
      out.println(line.isBlank() ? bad : MessageFormat.format(msg("notUnderstood"), shown(line)) + " " + bad);
    }
  }

  private static boolean isBack(String line) {
    return switch (line.trim().toLowerCase(Locale.ROOT)) {
      case "back", "retour", "<" -> true;
      default -> false;
    };
  }

  /** Shows the question; for a single choice, what each option leads to when they do not all lead to the same. */
  private void show(PrintStream out, int n, Prompt p, List<Outcome> byOption) {
    out.println();
    out.println(MessageFormat.format(msg("question"), n) + sep() + p.text());
    if (p instanceof Question q) {
      q.stated().ifPresent(s -> out.println("  " + s));
    }
    p.help().ifPresent(h -> out.println("  " + h));
    if (!p.references().isEmpty()) {
      out.println("  " + msg("reference") + sep() + report.citations(p.references()));
    }
    if (p instanceof Choice c) {
      boolean differ = byOption.stream().distinct().count() > 1;
      for (int i = 0; i < c.options().size(); i++) {
        out.println(String.format(Locale.ROOT, "  %2d. %s", i + 1, c.options().get(i))
            + (differ ? " (" + report.outcome(byOption.get(i)) + ")" : ""));
      }
    } else if (p instanceof Question q && q.ifYes() != q.ifNo()) {
      // what each answer leads to, only when they differ
      out.println("  (" + msg("ifYes") + sep() + report.outcome(q.ifYes()) + ("fr".equals(locale.getLanguage()) ? " ; " : "; ") + msg("ifNo") + sep() + report.outcome(q.ifNo()) + ")");
    }
  }

  /**
   * The answer to a choice: option numbers or words, separated by commas or spaces; {@code 0} or
   * "none" for none of these; "other" for something not listed; {@code ?} alone for "don't know",
   * with options for "these, and I don't know about the rest". Null when not understood.
   */
  static ChoiceAnswer parseChoice(String line, Choice choice) {
    String text = line.trim().toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      return null;
    }
    if (!text.equals("3") && parse(text) == Truth.UNKNOWN) {
      return ChoiceAnswer.dontKnow();
    }
    List<String> chosen = new ArrayList<>();
    boolean none = false;
    boolean other = false;
    boolean unknown = false;
    for (String token : text.split("[,;]+|\\s+(?=[0-9?])|(?<=[0-9?])\\s+")) {
      String t = token.trim();
      if (t.isEmpty()) {
        continue;
      }
      switch (t) {
        case "0", "none", "aucun", "aucune" -> none = true;
        case "other", "autre" -> other = true;
        case "?", "nsp", "dk" -> unknown = true;
        default -> {
          Optional<Integer> index = option(t, choice);
          if (index.isEmpty()) {
            return null;
          }
          String id = choice.topic().options().get(index.get()).id();
          if (!chosen.contains(id)) {
            chosen.add(id);
          }
        }
      }
    }
    if (none && (!chosen.isEmpty() || other || unknown) || !choice.multiple() && (chosen.size() > 1 || unknown && !chosen.isEmpty())) {
      return null;
    }
    if (other) {
      return unknown ? null : ChoiceAnswer.withOther(chosen);
    }
    if (unknown) {
      return ChoiceAnswer.atLeast(chosen);
    }
    return ChoiceAnswer.exactly(chosen);
  }

  /** The option a token names: its number, or a word that appears in one option's text only. */
  private static Optional<Integer> option(String token, Choice choice) {
    if (token.chars().allMatch(Character::isDigit)) {
      int n = token.length() > 3 ? -1 : Integer.parseInt(token);
      return n >= 1 && n <= choice.options().size() ? Optional.of(n - 1) : Optional.empty();
    }
    List<Integer> matching = new ArrayList<>();
    for (int i = 0; i < choice.options().size(); i++) {
      if (choice.options().get(i).toLowerCase(Locale.ROOT).contains(token)) {
        matching.add(i);
      }
    }
    return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
  }

  private String shownAnswer(Choice c, ChoiceAnswer a) {
    if (a.isDontKnow()) {
      return msg("dontKnow");
    }
    List<String> words = new ArrayList<>();
    for (String id : a.chosen()) {
      for (int i = 0; i < c.options().size(); i++) {
        if (c.topic().options().get(i).id().equals(id)) {
          words.add(c.options().get(i));
        }
      }
    }
    if (words.isEmpty() && a.rest() == ChoiceAnswer.Rest.NONE) {
      return msg("noneOfThese");
    }
    if (a.rest() == ChoiceAnswer.Rest.OTHER) {
      words.add(msg("other"));
    } else if (a.rest() == ChoiceAnswer.Rest.UNKNOWN) {
      words.add(msg("maybeMore"));
    }
    return String.join(", ", words);
  }

  private String word(Truth t) {
    return msg(t == Truth.TRUE ? "yes" : t == Truth.FALSE ? "no" : "dontKnow");
  }

  /**
   * The next line of input without its end ({@code \n} or {@code \r\n}), or null at the end of
   * input. Keeps at most {@link #MAX_ANSWER_LENGTH} + 1 characters and reads the rest of the line to
   * drop it, so that an endless line costs no memory; a result longer than {@link
   * #MAX_ANSWER_LENGTH} was cut. It never reads past the {@code \n}, so a program that sends one
   * answer at a time and waits for the next question is never kept waiting.
   */
  static String readAnswer(BufferedReader in) throws IOException {
    int c = in.read();
    if (c == -1) {
      return null;
    }
    StringBuilder line = new StringBuilder();
    int length = 0; // of the whole line, kept or not
    for (; c != -1 && c != '\n'; c = in.read(), length++) {
      if (length <= MAX_ANSWER_LENGTH) {
        line.append((char) c);
      }
    }
    if (line.length() == length && length > 0 && line.charAt(length - 1) == '\r') {
      line.setLength(length - 1); // a CRLF line end, seen only when the whole line was kept
    }
    return line.toString();
  }

  /** The line as it is printed back: cut at {@link #MAX_ANSWER_LENGTH} characters with an ellipsis. */
  static String shown(String line) {
    if (line.length() <= MAX_ANSWER_LENGTH) {
      return line;
    }
    int end = Character.isHighSurrogate(line.charAt(MAX_ANSWER_LENGTH - 1)) ? MAX_ANSWER_LENGTH - 1 : MAX_ANSWER_LENGTH;
    return line.substring(0, end) + "…";
  }

  /**
   * TRUE, FALSE, UNKNOWN for "don't know", or null for an answer that is not understood; by word,
   * or by number (1 yes, 2 no, 3 don't know, as the prompt lists them).
   */
  static Truth parse(String line) {
    return switch (line.trim().toLowerCase(Locale.ROOT)) {
      case "y", "yes", "o", "oui", "1" -> Truth.TRUE;
      case "n", "no", "non", "2" -> Truth.FALSE;
      case "?", "dk", "don't know", "dont know", "nsp", "je ne sais pas", "3" -> Truth.UNKNOWN;
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
