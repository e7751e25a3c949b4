package io.tacit.cli.command.code;

import io.tacit.BadInputException;
import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.project.CodingStore;
import io.tacit.text.Ids;
import io.tacit.text.TextDecoder;
import io.tacit.text.TextKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit code import --coder C FILE.csv}. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Bulk-load span codings from a CSV file with the header"
          + " doc,start,end,code[,memo][,created] into the coder's file.",
      "Every row is checked first; if any is wrong, every problem is listed with its line and"
          + " nothing is written. Codings already there are left as they are."
    })
final class CodeImport implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--coder", required = true, paramLabel = "C", description = "Whose codings.")
  String coder = "";

  @Parameters(
      index = "0",
      paramLabel = "FILE.csv",
      description = "Offsets in code points; created in ISO-8601 (default: now).")
  Path file = Path.of("");

  @Override
  public Integer call() throws IOException {
    TacitCommand tacit = TacitCommand.of(spec);
    Ids.require("coder", coder);
    CodingStore store = tacit.project().codings();
    Path path = tacit.workingDir().resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new BadInputException(file.toString(), "no such file");
    }
    Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
    var decoded = TextDecoder.decode(file.toString(), Files.readAllBytes(path), TextKind.CSV);
    decoded.warnings().forEach(w -> messages.warn(file.toString(), w));
    CodingStore.Change change = store.importCodings(coder, file.toString(), decoded.text());
    messages.info(
        "Added "
            + change.added()
            + " coding(s) from "
            + file
            + " to "
            + CodingStore.location(coder)
            + (change.unchanged() > 0 ? "; " + change.unchanged() + " already there" : "")
            + ".");
    return 0;
  }
}
