package io.tacit.cli.command.theme;

import io.tacit.theme.ThemeEditor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit themes merge}. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Merge theme B into theme A: A keeps its place, name and status; B's codes,"
          + " subthemes, description and notes join it."
    })
final class ThemesMerge implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "The theme that stays.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The theme that joins it.")
  String b;

  @Option(names = "--as", paramLabel = "ID", description = "A new id for the merged theme.")
  String as = "";

  @Override
  public Integer call() {
    String id = as.isEmpty() ? a : as;
    return Edit.run(
        spec,
        t -> ThemeEditor.merge(t, a, b, as),
        "Merged theme \"" + b + "\" into \"" + a + "\" as \"" + id + "\".",
        "");
  }
}
