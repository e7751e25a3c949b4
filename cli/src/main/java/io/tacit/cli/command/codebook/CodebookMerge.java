package io.tacit.cli.command.codebook;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.project.CodebookStore;
import io.tacit.project.CodebookStore.MergeOutcome;
import io.tacit.project.Project;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit codebook merge}. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Merge code FROM into code INTO: FROM's sub-codes, examples and search terms"
          + " move to INTO, every coder's codings with FROM are recoded as INTO, and FROM is"
          + " removed.",
      "Changed coding files are backed up to .tacit/backup/ first."
    })
final class CodebookMerge implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ReasonOption reason;

  @Parameters(index = "0", paramLabel = "FROM", description = "The code that goes away.")
  String from;

  @Parameters(index = "1", paramLabel = "INTO", description = "The code that stays.")
  String into;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    CodebookStore store = project.codebook();
    MergeOutcome outcome = store.merge(from, into, reason.reason);
    String recoded =
        outcome.recoded().isEmpty()
            ? "no codings used it"
            : "recoded "
                + outcome.recoded().entrySet().stream()
                    .map(e -> e.getValue() + " coding(s) of " + e.getKey())
                    .collect(Collectors.joining(", "));
    String backup =
        outcome.backups().isEmpty()
            ? ""
            : "; the coding files as they were are in "
                + project.root().relativize(outcome.backups().get(0).getParent());
    new Messages(spec.commandLine().getErr(), tacit.quiet())
        .info(
            "Merged \""
                + from
                + "\" into"
                + " \""
                + into
                + "\" ("
                + outcome.codebook().path(into)
                + "): "
                + recoded
                + backup
                + ".");
    return 0;
  }
}
