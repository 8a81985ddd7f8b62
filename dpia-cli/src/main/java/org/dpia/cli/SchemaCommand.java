package org.dpia.cli;

import org.dpia.json.Schemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dpia schema}: prints the JSON Schema of descriptions, or of decision receipts. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (draft 2020-12) of description files, or with --decision of the JSON a decision prints.")
final class SchemaCommand implements java.util.concurrent.Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--decision", description = "The schema of decision receipts (dpia decide --format json) instead.")
  boolean decision;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(decision ? Schemas.decision() : Schemas.description());
    spec.commandLine().getOut().flush();
    return Dpia.DECIDED;
  }
}
