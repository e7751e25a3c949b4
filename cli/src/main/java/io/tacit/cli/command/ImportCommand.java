package io.tacit.cli.command;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.cli.render.Progress;
import io.tacit.cli.render.TableView;
import io.tacit.cli.render.TableWriter;
import io.tacit.nlp.SentenceSplitter;
import io.tacit.project.Project;
import io.tacit.project.TranscriptImporter;
import io.tacit.project.TranscriptImporter.Outcome;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.format.TranscriptFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit import}: bring transcripts into the project. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import transcripts (.txt, .vtt, .srt, .docx): speaker turns, timestamps and" + " sentences.",
      "Nothing is written unless every file can be imported."
    })
public final class ImportCommand implements Callable<Integer> {
  /** What --format accepts: auto-detection or one of the readers. */
  enum FormatChoice {
    AUTO,
    TXT,
    VTT,
    SRT,
    DOCX
  }

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Transcript files or folders of them.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "Transcript id (one file only; default: the file name).")
  @Nullable String id;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description = "auto, txt, vtt, srt or docx (default: ${DEFAULT-VALUE}).")
  FormatChoice format = FormatChoice.AUTO;

  @Option(
      names = "--participant",
      paramLabel = "P",
      description = "The participant these transcripts belong to (default: the transcript id).")
  @Nullable String participant;

  @Option(
      names = "--interviewer",
      paramLabel = "LABEL",
      description =
          "A speaker label that is an interviewer, besides Interviewer, I, Q, INT,"
              + " Moderator and Facilitator (repeatable).")
  List<String> interviewers = new ArrayList<>();

  @Option(
      names = "--replace",
      description =
          "Replace a transcript imported before with different"
              + " content (refused while codings point into it).")
  boolean replace;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    List<Path> paths = inputs.stream().map(p -> tacit.workingDir().resolve(p)).toList();
    TranscriptFormat forced =
        format == FormatChoice.AUTO ? null : TranscriptFormat.valueOf(format.name());
    Progress progress =
        new Progress(spec.commandLine().getErr(), tacit.terminal() && !tacit.quiet(), "Importing");
    List<Outcome> outcomes;
    try {
      outcomes =
          new TranscriptImporter(project, new SentenceSplitter())
              .run(
                  new TranscriptImporter.Request(
                      paths, id, forced, participant, interviewers, replace),
                  (file, done, total) -> progress.update(done, total, file));
    } finally {
      progress.finish();
    }
    Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
    for (Outcome o : outcomes) {
      o.transcript().warnings().forEach(w -> messages.warn(o.transcript().source().file(), w));
    }
    // --format names the transcript format here, so the summary is always a table.
    spec.commandLine().getOut().print(TableWriter.text(table(outcomes)));
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static TableView table(List<Outcome> outcomes) {
    List<List<String>> rows = new ArrayList<>();
    for (Outcome o : outcomes) {
      Transcript t = o.transcript();
      rows.add(
          List.of(
              t.id(),
              t.source().file(),
              t.format(),
              o.status().name().toLowerCase(Locale.ROOT),
              String.valueOf(t.turns().size()),
              String.valueOf(t.participantTurns()),
              String.valueOf(t.sentences().size()),
              String.valueOf(t.words()),
              String.join("; ", t.speakers()),
              String.valueOf(t.warnings().size())));
    }
    return new TableView(
        List.of(
            "id",
            "file",
            "format",
            "status",
            "turns",
            "participantTurns",
            "sentences",
            "words",
            "speakers",
            "warnings"),
        rows);
  }
}
