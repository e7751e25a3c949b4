package io.tacit.cli.command.memo;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.memo.Memo;
import io.tacit.memo.MemoTarget;
import io.tacit.project.MemoStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit memo add --on TARGET TEXT}. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = "Append a memo, under a heading with the time and the coder.")
final class MemoAdd implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--on",
      required = true,
      paramLabel = "TARGET",
      description = "p01, p01:t3, code:ID or theme:ID.")
  String on = "";

  @Option(names = "--coder", paramLabel = "C", description = "Who writes it.")
  @Nullable String coder;

  @Parameters(
      arity = "1..*",
      paramLabel = "TEXT",
      description = "The memo (Markdown); words after the first are joined with spaces.")
  List<String> text = new ArrayList<>();

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Memo memo = tacit.project().memos().add(MemoTarget.parse(on), String.join(" ", text), coder);
    new Messages(spec.commandLine().getErr(), tacit.quiet())
        .info(
            "Added a memo on "
                + memo.target()
                + " to "
                + MemoStore.DIR
                + "/"
                + memo.target().fileName()
                + ".");
    return 0;
  }
}
