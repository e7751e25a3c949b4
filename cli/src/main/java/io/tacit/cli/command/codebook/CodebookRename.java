package io.tacit.cli.command.codebook;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.codebook.Codebook;
import io.tacit.project.CodebookStore;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit codebook rename}. */
@Command(
    name = "rename",
    mixinStandardHelpOptions = true,
    description = {"Give a code a new name.", "Its id stays, so codings keep pointing at it."})
final class CodebookRename implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ReasonOption reason;

  @Parameters(index = "0", paramLabel = "ID", description = "The code to rename.")
  String id;

  @Option(names = "--name", required = true, paramLabel = "N", description = "The new name.")
  String name;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    CodebookStore store = tacit.project().codebook();
    AtomicBoolean changed = new AtomicBoolean();
    Codebook saved =
        store.update(
            cb -> {
              Codebook after = store.editor().rename(cb, id, name, reason.reason);
              changed.set(after != cb);
              return after;
            });
    Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
    messages.info(
        !changed.get()
            ? "Code \"" + id + "\" is already named \"" + name.strip() + "\"; nothing changed."
            : "Renamed \"" + id + "\": " + saved.path(id) + ".");
    return 0;
  }
}
