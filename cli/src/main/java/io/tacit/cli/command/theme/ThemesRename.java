package io.tacit.cli.command.theme;

import io.tacit.theme.ThemeEditor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit themes rename}. */
@Command(
    name = "rename",
    mixinStandardHelpOptions = true,
    description = "Give a theme a new name; its id stays.")
final class ThemesRename implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The theme.")
  String id;

  @Option(names = "--name", required = true, paramLabel = "N", description = "The new name.")
  String name;

  @Override
  public Integer call() {
    return Edit.run(
        spec,
        t -> ThemeEditor.rename(t, id, name),
        "Renamed theme \"" + id + "\": " + name.strip() + ".",
        "Theme \"" + id + "\" is already named \"" + name.strip() + "\"; nothing changed.");
  }
}
