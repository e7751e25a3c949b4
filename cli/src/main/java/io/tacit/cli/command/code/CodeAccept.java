package io.tacit.cli.command.code;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.project.CodingStore;
import io.tacit.project.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacit code accept --from auto --coder C}: suggestions into a coder's own file. */
@Command(
    name = "accept",
    mixinStandardHelpOptions = true,
    description = {
      "Accept suggestions: copy them into the coder's file (marked accepted, dated"
          + " now) and remove them from the suggestions. Ones the coder already has are only"
          + " removed from the suggestions."
    })
final class CodeAccept implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "S",
      defaultValue = Suggestions.AUTO,
      description = "The coder holding the suggestions (default: ${DEFAULT-VALUE}).")
  String from = Suggestions.AUTO;

  @Option(names = "--coder", required = true, paramLabel = "C", description = "Who accepts.")
  String coder = "";

  @Option(names = "--code", paramLabel = "X", description = "Only suggestions of this code.")
  @Nullable String code;

  @Option(
      names = "--units",
      split = ",",
      paramLabel = "UNIT",
      description =
          "Only suggestions inside these transcripts (p01), units (p01:t3) or spans"
              + " (p01:120-348), comma-separated.")
  List<String> units = new ArrayList<>();

  @Option(
      names = "--min-score",
      paramLabel = "S",
      description = "Only suggestions scoring at least S.")
  @Nullable Double minScore;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Double min = minScore;
    CodingStore.Transfer done =
        tacit
            .project()
            .suggestions()
            .accept(
                from,
                coder,
                code,
                units,
                min == null ? OptionalDouble.empty() : OptionalDouble.of(min));
    Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
    if (done.moved() == 0) {
      messages.info(
          "No suggestion in " + CodingStore.location(from) + " matched; nothing" + " changed.");
      return 0;
    }
    messages.info(
        "Accepted "
            + done.moved()
            + " suggestion(s) into "
            + CodingStore.location(coder)
            + (done.alreadyThere() > 0 ? " (" + done.alreadyThere() + " already there)" : "")
            + " and removed them from "
            + CodingStore.location(from)
            + ".");
    return 0;
  }
}
