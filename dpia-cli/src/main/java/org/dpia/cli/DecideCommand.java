package org.dpia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.report.Report;
import org.dpia.json.Description;
import org.dpia.json.Descriptions;
import org.dpia.json.Problem;
import org.dpia.json.Receipts;
import org.dpia.json.Result;
import org.dpia.rules.fr.FrenchRulebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.type.TypeReference;

/** {@code dpia decide}: decides one description and prints its report, or screens many, a line each. */
@Command(name = "decide", mixinStandardHelpOptions = true,
    description = {"Decides whether a DPIA was required on a date for each description.",
        "One file: its whole report. Several files or a directory (its .yaml, .yml and .json files, at any depth): "
            + "one line per file, for screening a register.",
        "A history is decided on the version in force on the date."})
final class DecideCommand implements java.util.concurrent.Callable<Integer> {
  static final Rulebook FRANCE = FrenchRulebook.create();

  @Spec
  CommandSpec spec;

  @Mixin
  Options options;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Description files (JSON or YAML), or directories of them.")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate date = options.dateOrToday();
    boolean single = Options.single(paths);
    List<Path> files = Options.files(paths);
    if (files.isEmpty()) {
      err.println("dpia: no description file (.yaml, .yml, .json) in " + paths);
      return Dpia.BAD_INPUT;
    }
    if (!single && options.format == Options.Output.markdown) {
      out.println("| file | outcome | decisive rules or missing facts |");
      out.println("|---|---|---|");
    }
    int code = Dpia.DECIDED;
    for (Path file : files) {
      Result<Description> read = Descriptions.builtIn().read(file);
      List<Problem> problems = read.problems();
      Decision d = null;
      if (read.isValid()) {
        Description description = read.orElseThrow();
        try {
          d = FRANCE.decide(description.on(date), date, description.answers());
        } catch (IllegalArgumentException e) {
          // the answers name a fact the rulebook does not read
          problems = List.of(new Problem("$.answers", 0, 0, e.getMessage(), List.of()));
        }
      }
      if (d == null) {
        code = Dpia.BAD_INPUT;
        options.reportProblems(out, err, file, problems, single);
        continue;
      }
      code = Options.worst(code, d.outcome() == Outcome.UNDETERMINED ? Dpia.UNDETERMINED : Dpia.DECIDED);
      if (single) {
        out.print(options.format == Options.Output.json ? Receipts.of(FRANCE).decision(d)
            : Report.of(FRANCE, options.lang.locale(), options.reportFormat()).render(d));
      } else {
        out.println(line(file, d));
      }
    }
    out.flush();
    return code;
  }

  private String line(Path file, Decision d) {
    String detail = d.outcome() == Outcome.UNDETERMINED
        ? "missing: " + String.join(", ", d.missingFacts().stream().map(MissingFact::factId).toList())
        : String.join(", ", d.decisiveRuleIds().stream().distinct().toList());
    switch (options.format) {
      case json -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.putAll(Options.JSON.readValue(Receipts.of(FRANCE).decisionLine(d), new TypeReference<LinkedHashMap<String, Object>>() {}));
        return Options.JSON.writeValueAsString(m);
      }
      case markdown -> {
        return "| " + Options.cell(file.toString()) + " | " + d.outcome() + " | " + Options.cell(detail) + " |";
      }
      default -> {
        return file + ": " + d.outcome() + " (" + detail + ")";
      }
    }
  }
}
