package io.tacit.cli.command.codebook;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tacit codebook}: the parent of the codebook subcommands. */
@Command(
    name = "codebook",
    mixinStandardHelpOptions = true,
    description = {
      "Inspect, check, export, import and evolve the study's codebook.",
      "Every change is recorded in the codebook's changelog, with --reason."
    },
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      CodebookShow.class,
      CodebookValidate.class,
      CodebookExport.class,
      CodebookImport.class,
      CodebookAdd.class,
      CodebookRename.class,
      CodebookMove.class,
      CodebookMerge.class,
      CodebookRemove.class
    })
public final class CodebookCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
