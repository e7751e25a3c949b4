package io.tacit.cli.command.codebook;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.codebook.Codebook;
import io.tacit.codebook.NewCode;
import io.tacit.project.CodebookStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit codebook add}. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = "Add a code, at the top level or under another code.")
final class CodebookAdd implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ReasonOption reason;

  @Parameters(
      index = "0",
      paramLabel = "ID",
      description = "The new code's id: lowercase letters, digits, '-' and '_'; it never changes.")
  String id;

  @Option(names = "--name", required = true, paramLabel = "N", description = "What coders see.")
  String name;

  @Option(names = "--parent", paramLabel = "P", description = "The id of the code to add it under.")
  @Nullable String parent;

  @Option(names = "--short", paramLabel = "TEXT", description = "A one-line definition.")
  String shortDefinition = "";

  @Option(names = "--definition", paramLabel = "TEXT", description = "The full definition.")
  String definition = "";

  @Option(names = "--include", paramLabel = "TEXT", description = "When to use the code.")
  String include = "";

  @Option(
      names = "--exclude",
      paramLabel = "TEXT",
      description = "When not to use it, and which code to use instead.")
  String exclude = "";

  @Option(
      names = "--example",
      paramLabel = "TEXT",
      description = "An utterance it fits (repeatable).")
  List<String> examples = new ArrayList<>();

  @Option(
      names = "--term",
      paramLabel = "TERM",
      description = "A search term for `code suggest`; may end with * (repeatable).")
  List<String> terms = new ArrayList<>();

  @Option(names = "--color", paramLabel = "#RRGGBB", description = "The code's colour.")
  @Nullable String color;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    CodebookStore store = tacit.project().codebook();
    NewCode code =
        new NewCode(
            id,
            name,
            parent,
            shortDefinition,
            definition,
            include,
            exclude,
            examples,
            terms,
            color);
    Codebook saved = store.update(cb -> store.editor().add(cb, code, reason.reason));
    new Messages(spec.commandLine().getErr(), tacit.quiet())
        .info("Added code \"" + id + "\" (" + saved.path(id) + ") to " + store.fileName() + ".");
    return 0;
  }
}
