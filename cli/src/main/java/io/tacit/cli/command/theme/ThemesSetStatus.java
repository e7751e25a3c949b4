package io.tacit.cli.command.theme;

import io.tacit.BadInputException;
import io.tacit.theme.ThemeEditor;
import io.tacit.theme.ThemeStatus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit themes set-status}. */
@Command(
    name = "set-status",
    mixinStandardHelpOptions = true,
    description = "Mark a theme as candidate, reviewed or final.")
final class ThemesSetStatus implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The theme.")
  String id;

  @Parameters(index = "1", paramLabel = "STATUS", description = "candidate, reviewed or final.")
  String status;

  @Override
  public Integer call() {
    ThemeStatus s =
        ThemeStatus.ofLabel(status)
            .orElseThrow(
                () -> new BadInputException(status, "a status is candidate, reviewed or final"));
    return Edit.run(
        spec,
        t -> ThemeEditor.setStatus(t, id, s),
        "Theme \"" + id + "\" is now " + s.label() + ".",
        "Theme \"" + id + "\" is already " + s.label() + "; nothing changed.");
  }
}
