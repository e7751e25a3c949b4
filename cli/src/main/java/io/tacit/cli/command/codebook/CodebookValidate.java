package io.tacit.cli.command.codebook;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.cli.ExitCodes;
import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.codebook.CodebookFormat;
import io.tacit.codebook.ValidationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tacit codebook validate}: every problem, one per line ({@code FILE:LINE: message}), on
 * standard output, so that the list can be saved or read by an editor; the summary on standard
 * error.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a codebook and list every problem, FILE:LINE: message. The project's"
          + " codebook is also checked against the coders' files: every code they use must be in"
          + " it.",
      "Errors (missing or duplicate ids, names used twice among siblings, bad colours) fail;"
          + " warnings (missing definition, include, exclude or examples, unknown keys) fail"
          + " only with --strict."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no errors (and, with --strict, no warnings)", "3:problems found"})
final class CodebookValidate implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "A .yaml, .csv or .qdc codebook (default: the project's).")
  @Nullable Path file;

  @Option(names = "--strict", description = "Fail on warnings too.")
  boolean strict;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    PrintWriter out = spec.commandLine().getOut();
    Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
    String name = file != null ? file.toString() : tacit.project().codebook().fileName();
    ValidationResult result;
    try {
      result = read(tacit);
    } catch (BadInputException e) {
      // Unreadable as a whole (not YAML, a DTD): still a list of problems, printed the same way.
      for (Problem p : e.problems()) {
        out.println(p);
      }
      out.flush();
      messages.info(name + ": cannot be read as a codebook");
      return ExitCodes.BAD_INPUT;
    }
    result.diagnostics().forEach(out::println);
    // The project's codebook must also have every code the coders used.
    List<Problem> codings =
        file == null && result.codebook() != null
            ? tacit.project().codebook().unknownCodesInCodings(result.codebook())
            : List.of();
    codings.forEach(out::println);
    out.flush();
    int errors = result.errors().size() + codings.size();
    int warnings = result.warnings().size();
    String codes = result.codebook() == null ? "" : result.codebook().all().size() + " codes, ";
    messages.info(
        name
            + ": "
            + codes
            + (errors + warnings == 0
                ? "no problems"
                : count(errors, "error") + ", " + count(warnings, "warning"))
            + (strict ? " (strict)" : ""));
    return errors > 0 || (strict && warnings > 0) ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }

  private ValidationResult read(TacitCommand tacit) {
    if (file == null) {
      return tacit.project().codebook().check();
    }
    return CodebookFormat.readFile(tacit.workingDir().resolve(file), file.toString(), null);
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
