package io.tacit.cli.command.codebook;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.codebook.Codebook;
import io.tacit.codebook.CodebookFormat;
import io.tacit.codebook.ValidationResult;
import io.tacit.project.CodebookStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit codebook import}. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a codebook from YAML, CSV or REFI-QDA (.qdc), by its extension.",
      "Without --merge the file's codes replace the project's (refused while codings use a code"
          + " the file lacks); with --merge new codes are added and codes with the same id"
          + " take the file's fields.",
      "Codes from a .qdc file keep their ids when their GUIDs are known, else get ids from"
          + " their names."
    })
final class CodebookImport implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ReasonOption reason;

  @Parameters(index = "0", paramLabel = "FILE", description = "A .yaml, .csv or .qdc codebook.")
  Path file;

  @Option(names = "--merge", description = "Add and update codes; keep the project's others.")
  boolean merge;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    CodebookStore store = tacit.project().codebook();
    String name = file.toString();
    ValidationResult read =
        CodebookFormat.readFile(tacit.workingDir().resolve(file), name, store.load());
    Codebook incoming = read.orThrow();
    Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
    read.warnings().forEach(w -> messages.warn(w.location(), w.message()));
    Codebook saved = store.importCodebook(incoming, merge, name, reason.reason);
    String detail = saved.changelog().get(saved.changelog().size() - 1).detail();
    messages.info(
        "Imported "
            + name
            + " into "
            + store.fileName()
            + " ("
            + detail
            + "); it has "
            + saved.all().size()
            + " codes.");
    return 0;
  }
}
