package io.tacit.cli.command.exchange;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.project.AtomicFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacit exchange export}. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the study as a REFI-QDA project (.qdpx): transcripts as text sources,"
          + " the codebook, every coder's codings as selections under their user, memos as notes,"
          + " the participants' set attribute as sets.",
      "Positions are code points, as the standard counts. The same study always gives the"
          + " same bytes."
    })
final class ExchangeExport implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE.qdpx",
      required = true,
      description = "The project file to write.")
  Path output;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    byte[] archive = tacit.project().exchange().exportProject();
    AtomicFiles.write(tacit.workingDir().resolve(output), archive);
    new Messages(spec.commandLine().getErr(), tacit.quiet())
        .info("Exported the study to " + output + " (" + archive.length + " bytes).");
    return 0;
  }
}
