package io.tacit.cli.command;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.option.OutputOptions;
import io.tacit.cli.render.Output;
import io.tacit.cli.render.TableView;
import io.tacit.transcript.Transcript;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tacit transcripts}: what the project holds. */
@Command(
    name = "transcripts",
    mixinStandardHelpOptions = true,
    description = "List the project's transcripts.")
public final class TranscriptsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  /** One transcript in {@code --format json}, with the keys DESIGN.md promises. */
  record Entry(
      String id,
      String title,
      String format,
      String participant,
      int turns,
      long participantTurns,
      int sentences,
      int words,
      List<String> speakers,
      String sha256,
      String source,
      String sourceSha256) {}

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    List<Entry> entries =
        tacit.project().transcripts().loadAll().stream().map(TranscriptsCommand::entry).toList();
    List<List<String>> rows = new ArrayList<>();
    for (Entry e : entries) {
      rows.add(
          List.of(
              e.id(),
              e.participant(),
              e.format(),
              String.valueOf(e.turns()),
              String.valueOf(e.participantTurns()),
              String.valueOf(e.sentences()),
              String.valueOf(e.words()),
              String.join("; ", e.speakers()),
              e.title()));
    }
    Output.emit(
        output,
        tacit.terminal(),
        tacit.workingDir(),
        spec.commandLine().getOut(),
        new TableView(
            List.of(
                "id",
                "participant",
                "format",
                "turns",
                "participantTurns",
                "sentences",
                "words",
                "speakers",
                "title"),
            rows),
        entries);
    return 0;
  }

  private static Entry entry(Transcript t) {
    return new Entry(
        t.id(),
        t.title(),
        t.format(),
        t.participant(),
        t.turns().size(),
        t.participantTurns(),
        t.sentences().size(),
        t.words(),
        t.speakers(),
        t.textSha256(),
        t.source().file(),
        t.source().sha256());
  }
}
