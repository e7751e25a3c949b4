package io.tacit.cli;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.TacitException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where exceptions become messages and exit codes. Users see one clear line per
 * problem; the stack trace only with -v.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  private final BooleanSupplier verbose;
  private final Supplier<Path> workingDir;

  ErrorHandler(BooleanSupplier verbose, Supplier<Path> workingDir) {
    this.verbose = verbose;
    this.workingDir = workingDir;
  }

  /** Names files as the user would type them: relative to where the command runs. */
  private Problem relative(Problem p) {
    String base = workingDir.get().toString() + java.io.File.separator;
    return p.location().startsWith(base)
        ? Problem.at(p.location().substring(base.length()), p.message())
        : p;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    int code;
    if (e instanceof BadInputException bad) {
      for (Problem p : bad.problems()) {
        err.println("tacit: " + relative(p));
      }
      code = ExitCodes.BAD_INPUT;
    } else if (e instanceof TacitException t) {
      err.println("tacit: " + t.getMessage());
      code = ExitCodes.INTERNAL;
    } else if (e instanceof UncheckedIOException io) {
      err.println("tacit: " + io.getMessage());
      code = ExitCodes.INTERNAL;
    } else {
      err.println(
          "tacit: internal error: "
              + e
              + (verbose.getAsBoolean()
                  ? ""
                  : " (run again with -v for the details, and please report it)"));
      code = ExitCodes.INTERNAL;
    }
    if (verbose.getAsBoolean()) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }
}
