package io.tacit.cli.command.theme;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tacit themes}: the parent of the theme subcommands. */
@Command(
    name = "themes",
    mixinStandardHelpOptions = true,
    description = {
      "Collate codes into candidate themes, edit themes.yaml, and review themes"
          + " against the data.",
      "Tacit proposes from the evidence; researchers decide."
    },
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ThemesSuggest.class,
      ThemesList.class,
      ThemesValidate.class,
      ThemesRename.class,
      ThemesMerge.class,
      ThemesSplit.class,
      ThemesMoveCode.class,
      ThemesSetStatus.class,
      ThemesReview.class,
      ThemesMatrix.class,
      ThemesExport.class,
      ThemesMap.class
    })
public final class ThemesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
