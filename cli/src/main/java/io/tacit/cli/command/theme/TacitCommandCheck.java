package io.tacit.cli.command.theme;

import io.tacit.cli.TacitCommand;
import picocli.CommandLine.Model.CommandSpec;

/** Checks of arguments against the project, before anything is written. */
final class TacitCommandCheck {
  private TacitCommandCheck() {}

  /**
   * @throws io.tacit.BadInputException if the codebook has no such code
   */
  static void requireCode(CommandSpec spec, String code) {
    TacitCommand.of(spec).project().codebook().load().requireCode(code, code);
  }
}
