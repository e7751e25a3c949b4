package io.tacit.cli.command;

import io.tacit.cli.TacitCommand;
import io.tacit.search.IndexReport;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacit index}: bring the search index up to date now, or rebuild it. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Build or update the search index in .tacit/index and say what was done.",
      "Searches keep it up to date by themselves; this is for doing it ahead, or afresh."
    })
public final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--rebuild", description = "Rebuild from scratch even if it is up to date.")
  boolean rebuild;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    IndexReport r = tacit.project().index().refresh(rebuild);
    String what =
        switch (r.action()) {
          case CURRENT -> "index up to date";
          case REBUILT -> "index rebuilt";
          case UPDATED ->
              "index updated"
                  + (r.reindexed().isEmpty()
                      ? ""
                      : "; re-indexed " + String.join(", ", r.reindexed()))
                  + (r.removed().isEmpty() ? "" : "; removed " + String.join(", ", r.removed()));
        };
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "%s: %d transcripts, %d units (turns and" + " sentences), %.1f s%n",
            what,
            r.transcripts(),
            r.units(),
            r.took().toMillis() / 1000.0);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
