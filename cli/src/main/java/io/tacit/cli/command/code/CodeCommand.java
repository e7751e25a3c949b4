package io.tacit.cli.command.code;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tacit code}: the parent of the coding subcommands. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Apply codes to units and spans, list and remove them, code in a spreadsheet,"
          + " and accept suggestions.",
      "Each coder's codings are their own file, coding/CODER.csv, so coders never write the"
          + " same file."
    },
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      CodeAdd.class,
      CodeRemove.class,
      CodeList.class,
      CodeImport.class,
      WorksheetCommand.class,
      CodeSuggest.class,
      CodeAccept.class,
      CodeLead.class
    })
public final class CodeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
