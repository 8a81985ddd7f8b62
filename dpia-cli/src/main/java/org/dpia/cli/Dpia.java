package org.dpia.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code dpia} command: decides, audits and asks over description files in JSON or YAML, and
 * prints the JSON Schema. Every problem with an input is printed as a line with its file, line,
 * column and JSON path, never as a stack trace.
 */
@Command(name = "dpia", mixinStandardHelpOptions = true, version = "dpia 0.1.0-SNAPSHOT (French rulebook)",
    description = "Decides whether a data protection impact assessment (DPIA) was mandatory for a processing "
        + "described in a JSON or YAML file, under EU and French law, citing the law.",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:decided: every description read, every outcome settled (required or not required; for audit, every period settled)",
        "1:undetermined: every description read, but at least one outcome (or audited period) left undetermined",
        "2:bad input: a file could not be read or is not a valid description, or an option is wrong",
        "3:internal error (a bug: please report it with the file)"})
public final class Dpia implements Runnable {
  /** Every description read and every outcome settled. */
  public static final int DECIDED = 0;
  /** Every description read, at least one outcome undetermined. */
  public static final int UNDETERMINED = 1;
  /** A file or an option that could not be used. */
  public static final int BAD_INPUT = 2;
  /** An error of the program itself. */
  public static final int INTERNAL_ERROR = 3;

  @Spec
  CommandSpec spec;

  private Dpia() {}

  /** Runs the command with the process's arguments, and exits with its code. */
  public static void main(String[] args) {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    CommandLine cl = commandLine(in);
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(cl.execute(args));
  }

  /**
   * The command, its answers to {@code ask} read from {@code in}; set its output and error writers
   * with {@link CommandLine#setOut} and {@link CommandLine#setErr} before executing it.
   */
  public static CommandLine commandLine(BufferedReader in) {
    CommandLine cl = new CommandLine(new Dpia());
    cl.addSubcommand(new DecideCommand());
    cl.addSubcommand(new AuditCommand());
    cl.addSubcommand(new AskCommand(in));
    cl.addSubcommand(new SchemaCommand());
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("dpia: internal error: " + e);
      return INTERNAL_ERROR;
    });
    cl.setParameterExceptionHandler((e, args) -> {
      e.getCommandLine().getErr().println("dpia: " + e.getMessage());
      e.getCommandLine().getErr().println("Try 'dpia " + (e.getCommandLine().getCommandName().equals("dpia") ? "" : e.getCommandLine().getCommandName() + " ") + "--help'.");
      return BAD_INPUT;
    });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: decide, audit, ask or schema");
  }
}
