package io.tacit.cli.command.memo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tacit memo}: the parent of the memo subcommands. */
@Command(
    name = "memo",
    mixinStandardHelpOptions = true,
    description = {
      "Write and read memos on a transcript (p01), a unit (p01:t3), a code"
          + " (code:ID) or a theme (theme:ID).",
      "Each target's memos are one Markdown file under memos/ (memos/p01-t3.md, ...)."
    },
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {MemoAdd.class, MemoList.class})
public final class MemoCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
