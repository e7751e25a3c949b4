package io.tacit.cli.command.exchange;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tacit exchange}: the parent of the project exchange subcommands. */
@Command(
    name = "exchange",
    mixinStandardHelpOptions = true,
    description = {
      "Exchange whole coded projects with NVivo, ATLAS.ti, MAXQDA and QualCoder"
          + " as REFI-QDA project files (.qdpx).",
      "Codebooks alone go through `tacit codebook import|export` (.qdc)."
    },
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {ExchangeImport.class, ExchangeExport.class})
public final class ExchangeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
