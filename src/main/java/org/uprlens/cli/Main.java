package org.uprlens.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code jobs/uprlens} and of {@code spark-submit --class org.uprlens.cli.Main}. */
@Command(name = "uprlens", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    usageHelpWidth = 100,
    description = {
        "Finds UN Universal Periodic Review recommendations in documents, says who made them, labels their"
            + " human-rights issues and predicts whether the State will support them. Runs on Spark.",
        "",
        "Run 'uprlens <command> --help' for the options of a command.",
        ""},
    subcommands = {ClassifyCommand.class, IngestCommand.class, TrainCommand.class, EvaluateCommand.class,
        EvaluateExtractionCommand.class, BenchPredictCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {
  /** Exit code for options or input the user must fix. */
  static final int USAGE = 2;
  /** Exit code for a failed run (a broken invariant, a model that does not verify). */
  static final int FAILED = 1;
  /** Exit code for a run that wrote its output but rejected more of its input than --max-reject-rate allows. */
  static final int TOO_MANY_REJECTS = 3;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
      PrintWriter err = commandLine.getErr();
      err.println("uprlens: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      if (verbose) {
        e.printStackTrace(err);
      } else {
        err.println("(run again with --verbose for the stack trace)");
      }
      err.flush();
      return e instanceof IllegalArgumentException ? USAGE : FAILED;
    });
    return cli.execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return org.uprlens.BuildInfo.versions().entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).toArray(String[]::new);
    }
  }
}
