package io.tacit.cli.command.theme;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.theme.Themes;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;

/** Runs one edit of themes.yaml under the lock and says what happened. */
final class Edit {
  private Edit() {}

  static int run(CommandSpec spec, UnaryOperator<Themes> change, String done, String unchanged) {
    TacitCommand tacit = TacitCommand.of(spec);
    AtomicBoolean changed = new AtomicBoolean();
    tacit
        .project()
        .themes()
        .update(
            before -> {
              Themes after = change.apply(before);
              changed.set(after != before);
              return after;
            });
    new Messages(spec.commandLine().getErr(), tacit.quiet()).info(changed.get() ? done : unchanged);
    return 0;
  }
}
