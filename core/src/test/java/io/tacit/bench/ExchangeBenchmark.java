package io.tacit.bench;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import io.tacit.coding.Coding;
import io.tacit.exchange.ImportOptions;
import io.tacit.exchange.PositionScheme;
import io.tacit.nlp.SentenceSplitter;
import io.tacit.project.Project;
import io.tacit.project.ProjectExchange;
import io.tacit.project.ProjectInitializer;
import io.tacit.project.TranscriptImporter;
import io.tacit.text.Span;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Turn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Exchange benchmark (not a unit test): imports generated transcripts, codes every third
 * participant turn, then times exporting the study as .qdpx and importing that file into a new
 * study (read, align every selection, assemble, write). Run with: {@code ./mvnw -q -pl core
 * test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.tacit.bench.ExchangeBenchmark [-Dexec.args="200 2000"]}
 */
public final class ExchangeBenchmark {
  private ExchangeBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int words = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    java.util.logging.LogManager.getLogManager().reset();
    RedwoodConfiguration.javaUtilLogging().apply();
    Path work = Files.createTempDirectory("tacit-bench-exchange");
    Path corpus = work.resolve("corpus");
    CorpusGenerator.write(corpus, count, words, 20260101L);
    SentenceSplitter splitter = new SentenceSplitter();
    Project study = ProjectInitializer.init(work.resolve("study"), "Bench", "ahrq");
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.sorted().toList();
    }
    new TranscriptImporter(study, splitter)
        .run(
            new TranscriptImporter.Request(files, null, null, null, List.of(), false),
            (f, d, t) -> {});
    List<String> codes = study.codebook().load().all().stream().map(c -> c.id()).toList();
    List<Coding> codings = new ArrayList<>();
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    for (Transcript t : study.transcripts().loadAll()) {
      List<Turn> turns = t.turns();
      for (int i = 0; i < turns.size(); i += 3) {
        Span span = turns.get(i).span();
        codings.add(new Coding("lead", t.id(), span, codes.get(i % codes.size()), "", at));
      }
    }
    study.codings().add("lead", codings);

    ProjectExchange exchange = study.exchange();
    long t0 = System.nanoTime();
    byte[] qdpx = exchange.exportProject();
    double exportSeconds = (System.nanoTime() - t0) / 1e9;
    Path file = Files.write(work.resolve("study.qdpx"), qdpx);

    Project copy = ProjectInitializer.init(work.resolve("copy"), "Copy", null);
    t0 = System.nanoTime();
    ProjectExchange.Imported done =
        copy.exchange()
            .importProject(
                file,
                "study.qdpx",
                new ImportOptions(null, PositionScheme.CODE_POINTS, false, at),
                splitter);
    double importSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%d transcripts, %d codings; export %.2f s (%d KB);"
            + " import %.2f s (%d codings placed)%n",
        count,
        codings.size(),
        exportSeconds,
        qdpx.length / 1024,
        importSeconds,
        done.plan().codingCount());
  }
}
