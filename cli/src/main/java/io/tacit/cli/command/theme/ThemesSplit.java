package io.tacit.cli.command.theme;

import io.tacit.theme.ThemeEditor;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit themes split}. */
@Command(
    name = "split",
    mixinStandardHelpOptions = true,
    description = "Move some of a theme's codes into a new candidate theme, placed after it.")
final class ThemesSplit implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The theme to split.")
  String id;

  @Option(
      names = "--codes",
      required = true,
      split = ",",
      paramLabel = "X,Y",
      description = "The codes that go to the new theme.")
  List<String> codes;

  @Option(
      names = "--as",
      required = true,
      paramLabel = "NEWID",
      description = "The new theme's id.")
  String newId;

  @Option(
      names = "--name",
      paramLabel = "N",
      description = "The new theme's name" + " (default: its id).")
  String name = "";

  @Override
  public Integer call() {
    return Edit.run(
        spec,
        t -> ThemeEditor.split(t, id, codes, newId, name),
        "Split " + String.join(", ", codes) + " from \"" + id + "\" into \"" + newId + "\".",
        "");
  }
}
