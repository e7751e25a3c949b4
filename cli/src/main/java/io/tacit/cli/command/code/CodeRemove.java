package io.tacit.cli.command.code;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.coding.Coding;
import io.tacit.project.CodingStore;
import io.tacit.project.Project;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tacit code remove --coder C --code X UNIT_OR_SPAN...}. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = {
      "Undo codings: remove the coder's codings of the code on exactly these units"
          + " or spans, and say how many went."
    })
final class CodeRemove implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Applications applications;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    CodingStore store = project.codings();
    String coder = applications.coder;
    String code = applications.code;
    List<Coding> codings = applications.codings(project, "", store.now());
    CodingStore.Change change = store.remove(coder, codings);
    Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
    messages.info(
        "Removed "
            + change.removed()
            + " coding(s) of "
            + code
            + " from "
            + CodingStore.location(coder)
            + ".");
    if (change.unchanged() > 0) {
      messages.warn(
          "",
          change.unchanged()
              + " of the units or spans had no coding of "
              + code
              + " by "
              + coder
              + " (a coding is removed only by its exact span; see `tacit code list"
              + " --coder "
              + coder
              + " --code "
              + code
              + "`)");
    }
    return 0;
  }
}
