package io.tacit.cli.command;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.serve.Workbench;
import io.tacit.project.Project;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tacit serve}: the coding workbench in the browser, until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Code transcripts in the browser: a local workbench on 127.0.0.1.",
      "Prints the page's address, which holds a session token: only that address works."
          + " Codings go to coding/CODER.csv as with `tacit code add`; Ctrl-C stops it."
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "P",
      defaultValue = "8642",
      description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(
      names = "--coder",
      paramLabel = "C",
      description = "Code as C at first (default: the lead coder); the page can switch.")
  @Nullable String coder;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535");
    }
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    String who = coder != null ? coder : project.settings().leadCoder();
    if (who == null) {
      throw new ParameterException(
          spec.commandLine(), "the project has no lead coder; name the" + " coder with --coder C");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Workbench workbench = Workbench.start(project, port, who, err, tacit.verbose());
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              // Requests under way finish first: a coding write is whole or not made at all.
              workbench.close();
              if (!tacit.quiet()) {
                // On a terminal the ^C echo ends no line.
                err.println(
                    (tacit.terminal() ? System.lineSeparator() : "") + "Workbench stopped.");
                err.flush();
              }
              stopped.countDown();
            },
            "tacit-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println(workbench.url());
    out.flush();
    if (!tacit.quiet()) {
      err.println(
          "Coding as "
              + who
              + " in "
              + project.root()
              + ". Open the address above in"
              + " a browser on this computer; Ctrl-C stops the workbench.");
      err.flush();
    }
    stopped.await();
    return 0;
  }
}
