package io.tacit.cli.command;

import io.tacit.BadInputException;
import io.tacit.cli.SampleStudy;
import io.tacit.cli.TacitCommand;
import io.tacit.nlp.SentenceSplitter;
import io.tacit.participant.ParticipantCsv;
import io.tacit.participant.ParticipantTable;
import io.tacit.project.Project;
import io.tacit.project.ProjectInitializer;
import io.tacit.project.TranscriptImporter;
import io.tacit.project.TranscriptImporter.Outcome;
import io.tacit.report.Report;
import io.tacit.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacit demo}: the bundled fictional study, end to end, each step timed: a new project with
 * the AHRQ codebook, the transcripts and participants, the codes added while coding, both coders'
 * codings, their agreement and adjudication sheet, the consensus settled by the sample's decisions
 * sheet, candidate themes from the consensus and their review, and the report.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run the bundled fictional sample study end to end in a new project folder.")
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder for the demo project (default: a new tacit-demo folder here).")
  @Nullable Path out;

  @Override
  public Integer call() throws IOException {
    TacitCommand tacit = TacitCommand.of(spec);
    PrintWriter say = spec.commandLine().getOut();
    Path dir =
        out != null ? tacit.workingDir().resolve(out).normalize() : freshFolder(tacit.workingDir());
    if (out != null && Files.isDirectory(dir) && !isEmpty(dir)) {
      throw new BadInputException(
          dir.toString(),
          "exists and is not empty; the demo never" + " overwrites: choose a new --out folder");
    }
    say.println(
        "Tacit demo: a fictional study of peer support in coordinating care (12 interviews).");
    long start = System.nanoTime();

    long t = System.nanoTime();
    Project project =
        ProjectInitializer.init(
            dir, "Peer support in care coordination (demo)", ProjectInitializer.AHRQ);
    step(
        say,
        "init",
        "new project with the AHRQ care-coordination codebook ("
            + project.codebook().load().all().size()
            + " codes)",
        t);

    t = System.nanoTime();
    Path sources = dir.resolve("sources");
    List<Path> samples = SampleStudy.copyTo(sources);
    step(say, "samples", samples.size() + " sample files copied to " + dir.relativize(sources), t);

    t = System.nanoTime();
    List<Outcome> imported =
        new TranscriptImporter(project, new SentenceSplitter())
            .run(
                new TranscriptImporter.Request(
                    List.of(sources),
                    null,
                    null,
                    null,
                    List.of("Jordan Reyes", "Alex Kim", "SPEAKER_00"),
                    false),
                (file, done, total) -> {});
    int words = imported.stream().mapToInt(o -> o.transcript().words()).sum();
    int sentences = imported.stream().mapToInt(o -> o.transcript().sentences().size()).sum();
    step(
        say,
        "import",
        imported.size() + " transcripts, " + sentences + " sentences, " + words + " words",
        t);

    t = System.nanoTime();
    Path csv = sources.resolve("participants.csv");
    ParticipantTable participants =
        project
            .participants()
            .importTable(
                ParticipantCsv.read(csv.getFileName().toString(), Files.readAllBytes(csv)));
    step(
        say,
        "participants",
        participants.participants().size() + " participants with role," + " group and site",
        t);

    project = DemoCoding.run(project, sources, (name, what, from) -> step(say, name, what, from));

    DemoAgreement.run(project, sources, (name, what, from) -> step(say, name, what, from));

    DemoThemes.run(project, (name, what, from) -> step(say, name, what, from));

    t = System.nanoTime();
    Path reportDir = project.resolve("report");
    Report report = project.reports().build(project.reports().input(null, null, false));
    List<String> written = project.reports().write(reportDir, report, ReportFormat.all());
    step(
        say,
        "report",
        report.themes().size()
            + " themes, "
            + written.size()
            + " files (html,"
            + " md, csv, json, manifest) for coder "
            + report.overview().coder(),
        t);

    say.printf(Locale.ROOT, "Done in %.1f s. The project is in %s%n", seconds(start), dir);
    say.println("Open the report: " + reportDir.resolve("report.html"));
    say.flush();
    return 0;
  }

  /** Prints one step: its name, how long it took, and what it did. */
  @FunctionalInterface
  interface Steps {
    void step(String name, String what, long startNanos);
  }

  private static void step(PrintWriter say, String name, String what, long startNanos) {
    say.printf(Locale.ROOT, "  %-13s %6.2f s  %s%n", name, seconds(startNanos), what);
    say.flush();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** tacit-demo, or tacit-demo-2, -3, ...: a new folder, so an earlier demo is never touched. */
  private static Path freshFolder(Path base) {
    Path dir = base.resolve("tacit-demo");
    for (int n = 2; Files.exists(dir); n++) {
      dir = base.resolve("tacit-demo-" + n);
    }
    return dir;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }
}
