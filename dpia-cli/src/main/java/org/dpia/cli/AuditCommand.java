package org.dpia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.dpia.core.audit.Audit;
import org.dpia.core.model.InvalidDescriptionException;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.report.Report;
import org.dpia.json.Description;
import org.dpia.json.Descriptions;
import org.dpia.json.Problem;
import org.dpia.json.Receipts;
import org.dpia.json.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dpia audit}: since when a DPIA was due, and whether the DPIAs on record met the duty. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Audits a history (or an operation over its period) against the DPIAs on record.",
        "Up to --date, or to the processing's last day when it stopped and no --date is given.",
        "One file: its whole audit. Several files or a directory: one line per file."})
final class AuditCommand implements java.util.concurrent.Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  Options options;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "History or operation files (JSON or YAML), or directories of them.")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean single = Options.single(paths);
    List<Path> files = Options.files(paths);
    if (files.isEmpty()) {
      err.println("dpia: no description file (.yaml, .yml, .json) in " + paths);
      return Dpia.BAD_INPUT;
    }
    Report report = Report.of(DecideCommand.FRANCE, options.lang.locale(), options.reportFormat());
    int code = Dpia.DECIDED;
    for (Path file : files) {
      Result<Description> read = Descriptions.builtIn().read(file);
      List<Problem> problems = read.problems();
      Audit audit = null;
      ProcessingHistory history = null;
      if (read.isValid()) {
        Description d = read.orElseThrow();
        try {
          history = d.history().orElseGet(() -> ProcessingHistory.of(d.operation().orElseThrow()));
          audit = options.date != null ? DecideCommand.FRANCE.audit(history, options.date)
              : history.end().isPresent() ? DecideCommand.FRANCE.audit(history)
              : DecideCommand.FRANCE.audit(history, options.dateOrToday());
        } catch (InvalidDescriptionException e) {
          problems = e.problems().stream().map(p -> new Problem("$", 0, 0, p, List.of())).toList();
        }
      }
      if (audit == null) {
        code = Dpia.BAD_INPUT;
        options.reportProblems(out, err, file, problems, single);
        continue;
      }
      code = Options.worst(code, audit.undeterminedPeriods().isEmpty() ? Dpia.DECIDED : Dpia.UNDETERMINED);
      if (single) {
        out.print(options.format == Options.Output.json ? Receipts.of(DecideCommand.FRANCE).audit(audit, history) : report.render(audit));
      } else if (options.format == Options.Output.json) {
        out.println(Options.JSON.writeValueAsString(java.util.Map.of("file", file.toString(), "summary", report.summary(audit))));
      } else {
        out.println(file + ": " + report.summary(audit));
      }
    }
    out.flush();
    return code;
  }
}
