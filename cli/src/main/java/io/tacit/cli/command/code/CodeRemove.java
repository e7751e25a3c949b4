package io.tacit.cli.command.code;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.coding.Coding;
import io.tacit.project.CodingStore;
import io.tacit.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit code remove --coder C --code X UNIT_OR_SPAN...}. */
@Command(name = "remove", mixinStandardHelpOptions = true,
    description = {"Undo codings: remove the coder's codings of the code on exactly these units"
        + " or spans, and say how many went."})
final class CodeRemove implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--coder", required = true, paramLabel = "C", description = "Whose coding.")
  String coder = "";

  @Option(names = "--code", required = true, paramLabel = "X", description = "The code's id.")
  String code = "";

  @Option(names = "--include-interviewer",
      description = "The units may be the interviewer's turns and sentences.")
  boolean includeInterviewer;

  @Parameters(arity = "1..*", paramLabel = "UNIT_OR_SPAN",
      description = "A turn (p01:t3), a sentence (p01:s12) or code-point offsets (p01:120-348).")
  List<String> targets = new ArrayList<>();

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    CodingStore store = project.codings();
    List<Coding> codings = Applications.of(project, coder, code, targets, includeInterviewer,
        "", store.now());
    CodingStore.Change change = store.remove(coder, codings);
    Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
    messages.info("Removed " + change.removed() + " coding(s) of " + code + " from "
        + CodingStore.location(coder) + ".");
    if (change.unchanged() > 0) {
      messages.warn("", change.unchanged() + " of the units or spans had no coding of " + code
          + " by " + coder + " (a coding is removed only by its exact span; see `tacit code list"
          + " --coder " + coder + " --code " + code + "`)");
    }
    return 0;
  }
}
