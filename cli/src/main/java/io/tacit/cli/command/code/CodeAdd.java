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

/** {@code tacit code add --coder C --code X UNIT_OR_SPAN...}. */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = {"Apply a code to units or spans, in the coder's file coding/CODER.csv.",
        "A coding that is already there (same span and code) is left as it is."})
final class CodeAdd implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--coder", required = true, paramLabel = "C", description = "Who codes.")
  String coder = "";

  @Option(names = "--code", required = true, paramLabel = "X", description = "The code's id.")
  String code = "";

  @Option(names = "--memo", paramLabel = "TEXT", description = "A note kept with each coding.")
  String memo = "";

  @Option(names = "--include-interviewer",
      description = "Allow the interviewer's turns and sentences to be coded.")
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
        memo, store.now());
    CodingStore.Change change = store.add(coder, codings);
    new Messages(spec.commandLine().getErr(), tacit.quiet()).info("Added " + change.added()
        + " coding(s) of " + code + " to " + CodingStore.location(coder)
        + (change.unchanged() > 0 ? "; " + change.unchanged() + " already there" : "") + ".");
    return 0;
  }
}
