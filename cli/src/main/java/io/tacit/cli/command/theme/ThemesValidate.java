package io.tacit.cli.command.theme;

import io.tacit.Problem;
import io.tacit.cli.ExitCodes;
import io.tacit.cli.TacitCommand;
import io.tacit.project.Project;
import io.tacit.project.ThemeStore;
import io.tacit.theme.ThemeValidator;
import io.tacit.theme.ThemesFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit themes validate}. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check themes.yaml: every code is in the codebook, theme ids are unique;"
          + " a code in two themes is a warning.",
      "Problems are listed as FILE:LINE: message."
    })
final class ThemesValidate implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "A themes file (default: the project's themes.yaml).")
  @Nullable Path file;

  @Option(names = "--strict", description = "Fail on warnings too.")
  boolean strict;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    ThemeStore store = file == null ? project.themes() : project.themes(tacit.workingDir(), file);
    if (!store.exists()) {
      throw new io.tacit.BadInputException(
          store.fileName(), "there is no themes file; run" + " `tacit themes suggest` first");
    }
    ThemesFile read = store.read();
    ThemeValidator.Result result = ThemeValidator.check(read, project.codebook().load());
    PrintWriter err = spec.commandLine().getErr();
    result.errors().forEach(p -> err.println(p));
    for (Problem p : result.warnings()) {
      err.println("warning: " + p);
    }
    boolean failed = !result.errors().isEmpty() || (strict && !result.warnings().isEmpty());
    if (!tacit.quiet()) {
      err.println(
          store.fileName()
              + ": "
              + read.themes().all().size()
              + " theme(s), "
              + result.errors().size()
              + " error(s), "
              + result.warnings().size()
              + " warning(s)");
    }
    err.flush();
    return failed ? ExitCodes.BAD_INPUT : 0;
  }
}
