package io.tacit.cli.command.codebook;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.codebook.Codebook;
import io.tacit.project.CodebookStore;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit codebook move}. */
@Command(
    name = "move",
    mixinStandardHelpOptions = true,
    description = {
      "Move a code, with its sub-codes, under another code or to the top level.",
      "A code cannot move into its own sub-codes."
    })
final class CodebookMove implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ReasonOption reason;

  @Parameters(index = "0", paramLabel = "ID", description = "The code to move.")
  String id;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Destination destination;

  /** Where to: exactly one of --parent and --top. */
  static final class Destination {
    @Option(names = "--parent", paramLabel = "P", description = "The code to move it under.")
    @Nullable String parent;

    @Option(names = "--top", description = "Move it to the top level.")
    boolean top;
  }

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    CodebookStore store = tacit.project().codebook();
    String parent = destination.top ? null : destination.parent;
    AtomicBoolean changed = new AtomicBoolean();
    Codebook saved =
        store.update(
            cb -> {
              Codebook after = store.editor().move(cb, id, parent, reason.reason);
              changed.set(after != cb);
              return after;
            });
    new Messages(spec.commandLine().getErr(), tacit.quiet())
        .info(
            !changed.get()
                ? "Code \"" + id + "\" is already there; nothing" + " changed."
                : "Moved \"" + id + "\": " + saved.path(id) + ".");
    return 0;
  }
}
