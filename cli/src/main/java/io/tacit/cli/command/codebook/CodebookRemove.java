package io.tacit.cli.command.codebook;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.project.CodebookStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit codebook remove}. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = {
      "Remove a code and its sub-codes.",
      "Refused while any coding uses one of them: merge the code into another instead."
    })
final class CodebookRemove implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ReasonOption reason;

  @Parameters(index = "0", paramLabel = "ID", description = "The code to remove.")
  String id;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    CodebookStore store = tacit.project().codebook();
    store.remove(id, reason.reason);
    new Messages(spec.commandLine().getErr(), tacit.quiet())
        .info("Removed code \"" + id + "\" from " + store.fileName() + ".");
    return 0;
  }
}
