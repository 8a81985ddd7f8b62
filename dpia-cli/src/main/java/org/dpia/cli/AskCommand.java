package org.dpia.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Question;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.report.Report;
import org.dpia.json.Description;
import org.dpia.json.Descriptions;
import org.dpia.json.Format;
import org.dpia.json.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dpia ask}: the questions that can still change the answer, starting from a file, one at a
 * time; the completed description (the operation and the answers given) is written back as YAML.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
    description = {"Asks, one at a time, the questions that can still change the answer for a description, "
        + "reading the answers from the standard input (yes, no, or ? for don't know; oui/non in French).",
        "Questions go to the standard error; the completed description (the operation and the answers) is written "
            + "as YAML to --output, or to the standard output."})
final class AskCommand implements java.util.concurrent.Callable<Integer> {
  private final BufferedReader in;

  AskCommand(BufferedReader in) {
    this.in = in;
  }

  @Spec
  CommandSpec spec;

  @Mixin
  Options options;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the completed description (YAML or JSON, by its name).")
  Path output;

  @Parameters(paramLabel = "FILE", description = "The description to start from (an operation, JSON or YAML).")
  Path file;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Result<Description> read = Descriptions.builtIn().read(file);
    if (!read.isValid() || read.orElseThrow().operation().isEmpty()) {
      Options.printProblems(err, file, read.isValid()
          ? List.of(new org.dpia.json.Problem("$", 0, 0, "ask starts from one processing operation, not a history", List.of()))
          : read.problems());
      return Dpia.BAD_INPUT;
    }
    Format format = output == null ? Format.YAML : Format.of(output).orElse(null);
    if (format == null) {
      err.println("dpia: --output must name a .yaml, .yml or .json file: " + output);
      return Dpia.BAD_INPUT;
    }
    ProcessingOperation operation = read.orElseThrow().operation().orElseThrow();
    Map<String, Truth> answers = new LinkedHashMap<>(read.orElseThrow().answers());
    LocalDate date = options.dateOrToday();
    Locale locale = options.lang.locale();
    boolean french = options.lang == Options.Lang.fr;
    Decision decision;
    try {
      decision = DecideCommand.FRANCE.decide(operation, date, answers);
    } catch (IllegalArgumentException e) {
      err.println(file + ": $.answers: " + e.getMessage());
      return Dpia.BAD_INPUT;
    }
    Set<String> asked = new HashSet<>();
    int n = 0;
    while (true) {
      Optional<Question> next = DecideCommand.FRANCE.questions(decision, locale).stream()
          .filter(q -> !asked.contains(q.factId())).findFirst();
      if (next.isEmpty()) {
        break;
      }
      Question q = next.get();
      asked.add(q.factId());
      err.println("Question " + (++n) + (french ? " : " : ": ") + q.text());
      q.help().ifPresent(h -> err.println("  " + h));
      Truth answer = null;
      while (answer == null) {
        err.print(french ? "[oui / non / ? = je ne sais pas] > " : "[yes / no / ? = don't know] > ");
        err.flush();
        String line = in.readLine();
        if (line == null) {
          err.println();
          err.println(french ? "Fin des réponses : question laissée sans réponse." : "End of input: question left unanswered.");
          return finish(out, err, operation, answers, decision, format);
        }
        answer = parse(line.strip());
        if (answer == null) {
          err.println(french ? "Répondez oui, non ou ?" : "Answer yes, no or ?");
        }
      }
      if (answer != Truth.UNKNOWN) {
        answers.put(q.factId(), answer);
        decision = DecideCommand.FRANCE.decide(operation, date, answers);
      }
    }
    return finish(out, err, operation, answers, decision, format);
  }

  private int finish(PrintWriter out, PrintWriter err, ProcessingOperation operation, Map<String, Truth> answers, Decision decision,
      Format format) throws IOException {
    err.println(Report.of(DecideCommand.FRANCE, options.lang.locale(), Report.Format.TEXT).outcome(decision.outcome()));
    String text = Descriptions.builtIn().write(Description.of(operation, answers), format);
    if (output != null) {
      Files.writeString(output, text);
    } else {
      out.print(text);
    }
    out.flush();
    err.flush();
    return decision.outcome() == Outcome.UNDETERMINED ? Dpia.UNDETERMINED : Dpia.DECIDED;
  }

  private static Truth parse(String answer) {
    return switch (answer.toLowerCase(Locale.ROOT)) {
      case "yes", "y", "oui", "o" -> Truth.TRUE;
      case "no", "n", "non" -> Truth.FALSE;
      case "?", "" -> Truth.UNKNOWN;
      default -> null;
    };
  }
}
