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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacit code add --coder C --code X UNIT_OR_SPAN...}. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Apply a code to units or spans, in the coder's file coding/CODER.csv.",
      "A coding that is already there (same span and code) is left as it is."
    })
final class CodeAdd implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Applications applications;

  @Option(names = "--memo", paramLabel = "TEXT", description = "A note kept with each coding.")
  String memo = "";

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    CodingStore store = project.codings();
    String coder = applications.coder;
    String code = applications.code;
    List<Coding> codings = applications.codings(project, memo, store.now());
    CodingStore.Change change = store.add(coder, codings);
    new Messages(spec.commandLine().getErr(), tacit.quiet())
        .info(
            "Added "
                + change.added()
                + " coding(s) of "
                + code
                + " to "
                + CodingStore.location(coder)
                + (change.unchanged() > 0 ? "; " + change.unchanged() + " already there" : "")
                + ".");
    return 0;
  }
}
