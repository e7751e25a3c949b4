package io.tacit.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import io.tacit.nlp.SentenceSplitter;
import io.tacit.project.Project;
import io.tacit.project.ProjectInitializer;
import io.tacit.project.TranscriptImporter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Import benchmark (not a unit test): generates 1,000 transcripts, runs CoreNLP's own
 * tokenize+ssplit over their text on one thread as the baseline, then times a full Tacit import of
 * the same files (read, parse, split, write) and reports tokens per second, wall time and peak
 * heap. Run with: {@code ./mvnw -q -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.tacit.bench.ImportBenchmark [-Dexec.args="1000 2000"]}
 */
public final class ImportBenchmark {
  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int words = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    java.util.logging.LogManager.getLogManager().reset();
    RedwoodConfiguration.javaUtilLogging().apply();
    Path work = Files.createTempDirectory("tacit-bench-import");
    Path corpus = work.resolve("corpus");
    CorpusGenerator.write(corpus, count, words, 20260101L);
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.sorted().toList();
    }

    // Baseline: CoreNLP alone, one thread, the same annotators Tacit uses, warmed up on one file.
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    pipeline.annotate(new Annotation(Files.readString(files.get(0))));
    long tokens = 0;
    long t0 = System.nanoTime();
    for (Path f : files) {
      Annotation doc = new Annotation(Files.readString(f));
      pipeline.annotate(doc);
      tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    double coreNlpSeconds = (System.nanoTime() - t0) / 1e9;

    resetPeaks();
    Project project = ProjectInitializer.init(work.resolve("project"), "bench", null);
    SentenceSplitter splitter = new SentenceSplitter();
    long t1 = System.nanoTime();
    int imported =
        new TranscriptImporter(project, splitter)
            .run(
                new TranscriptImporter.Request(List.of(corpus), null, null, null, List.of(), false),
                (f, d, t) -> {})
            .size();
    double tacitSeconds = (System.nanoTime() - t1) / 1e9;

    System.out.printf(
        Locale.ROOT,
        "corpus: %d transcripts, %,d tokens, %d cores%n",
        imported,
        tokens,
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        Locale.ROOT,
        "CoreNLP tokenize+ssplit alone (1 thread): %.2f s, %,.0f tokens/s%n",
        coreNlpSeconds,
        tokens / coreNlpSeconds);
    System.out.printf(
        Locale.ROOT,
        "tacit import (read, parse, split, write): %.2f s, %,.0f tokens/s,"
            + " %.2fx CoreNLP's time%n",
        tacitSeconds,
        tokens / tacitSeconds,
        tacitSeconds / coreNlpSeconds);
    System.out.printf(Locale.ROOT, "peak heap during import: %.0f MB%n", peakHeapBytes() / 1e6);
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }
}
