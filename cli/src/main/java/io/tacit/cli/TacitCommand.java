package io.tacit.cli;

import io.tacit.cli.command.DeidentifyCommand;
import io.tacit.cli.command.DemoCommand;
import io.tacit.cli.command.ImportCommand;
import io.tacit.cli.command.IndexCommand;
import io.tacit.cli.command.InitCommand;
import io.tacit.cli.command.ParticipantsCommand;
import io.tacit.cli.command.ReportCommand;
import io.tacit.cli.command.SearchCommand;
import io.tacit.cli.command.ServeCommand;
import io.tacit.cli.command.ShowCommand;
import io.tacit.cli.command.TranscriptsCommand;
import io.tacit.cli.command.WordsCommand;
import io.tacit.cli.command.agree.AgreeCommand;
import io.tacit.cli.command.code.CodeCommand;
import io.tacit.cli.command.codebook.CodebookCommand;
import io.tacit.cli.command.consensus.ConsensusCommand;
import io.tacit.cli.command.exchange.ExchangeCommand;
import io.tacit.cli.command.memo.MemoCommand;
import io.tacit.cli.command.theme.ThemesCommand;
import io.tacit.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: global options, and the list of subcommands. */
@Command(
    name = "tacit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Thematic analysis and coding of interview transcripts.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:unexpected internal error, or the project stayed locked by another command",
      "2:bad usage",
      "3:bad input data (nothing was written)",
      "4:a quality gate failed"
    })
public final class TacitCommand implements Runnable {
  /** The subcommands, in the order help lists them. */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          InitCommand.class,
          ImportCommand.class,
          ParticipantsCommand.class,
          TranscriptsCommand.class,
          ShowCommand.class,
          CodebookCommand.class,
          ExchangeCommand.class,
          CodeCommand.class,
          MemoCommand.class,
          SearchCommand.class,
          WordsCommand.class,
          AgreeCommand.class,
          ConsensusCommand.class,
          ThemesCommand.class,
          ReportCommand.class,
          ServeCommand.class,
          IndexCommand.class,
          DeidentifyCommand.class,
          DemoCommand.class,
          CommandLine.HelpCommand.class,
          AutoComplete.GenerateCompletion.class);

  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(
      names = "-C",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "Run as if started in DIR (the project folder or one inside it).")
  @Nullable Path directory;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "Print only the data: no summaries, warnings or progress.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Show library logging and, on errors, the stack trace.")
  boolean verbose;

  TacitCommand(CliContext context) {
    this.context = context;
  }

  /**
   * Builds the command line with Tacit's handlers and streams, and the subcommands that {@code
   * args} can reach (see {@link Subcommands}); with no arguments, all of them.
   */
  static CommandLine commandLine(
      CliContext context, PrintWriter out, PrintWriter err, String... args) {
    TacitCommand root = new TacitCommand(context);
    CommandLine cl = new CommandLine(root);
    // Subcommands first: the handlers and streams set below reach the subcommands already added.
    for (Class<?> subcommand : Subcommands.needed(SUBCOMMANDS, args)) {
      cl.addSubcommand(subcommand);
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionStrategy(
        parseResult -> {
          Logging.configure(root.verbose);
          return new CommandLine.RunLast().execute(parseResult);
        });
    cl.setExecutionExceptionHandler(new ErrorHandler(() -> root.verbose, root::workingDir));
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** The root of the command tree a subcommand belongs to. */
  public static TacitCommand of(CommandSpec spec) {
    return (TacitCommand) spec.root().userObject();
  }

  public boolean quiet() {
    return quiet;
  }

  public boolean verbose() {
    return verbose;
  }

  public boolean terminal() {
    return context.terminal();
  }

  /** The folder commands work from: {@code -C DIR} resolved against the working folder. */
  public Path workingDir() {
    return directory == null
        ? context.workingDir()
        : context.workingDir().resolve(directory).normalize();
  }

  /** The project the command runs in. */
  public Project project() {
    return Project.find(workingDir());
  }
}
