package io.tacit.cli.command.theme;

import io.tacit.theme.ThemeEditor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit themes move-code}. */
@Command(
    name = "move-code",
    mixinStandardHelpOptions = true,
    description = "Move a code into a theme, out of any other theme that has it.")
final class ThemesMoveCode implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CODE", description = "The code id.")
  String code;

  @Option(names = "--to", required = true, paramLabel = "ID", description = "The theme.")
  String to;

  @Override
  public Integer call() {
    TacitCommandCheck.requireCode(spec, code);
    return Edit.run(
        spec,
        t -> ThemeEditor.moveCode(t, code, to),
        "Moved code \"" + code + "\" to theme \"" + to + "\".",
        "Code \"" + code + "\" is already in theme \"" + to + "\" only; nothing changed.");
  }
}
