package org.dpia.cli;

import org.dpia.json.Schemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dpia schema}: prints the JSON Schema of descriptions, or of decision or audit receipts. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (draft 2020-12) of description files, or with --decision or --audit of the JSON a decision or an audit prints.")
final class SchemaCommand implements java.util.concurrent.Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--decision", description = "The schema of decision receipts (dpia decide --format json) instead.")
  boolean decision;

  @Option(names = "--audit", description = "The schema of audit receipts (dpia audit --format json) instead.")
  boolean audit;

  @Override
  public Integer call() {
    if (decision && audit) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --decision or --audit, not both");
    }
    spec.commandLine().getOut().print(decision ? Schemas.decision() : audit ? Schemas.audit() : Schemas.description());
    spec.commandLine().getOut().flush();
    return Dpia.DECIDED;
  }
}
