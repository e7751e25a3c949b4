package io.tacit.bench;

import io.tacit.deidentify.Detector;
import io.tacit.deidentify.Finding;
import io.tacit.deidentify.Terms;
import io.tacit.nlp.EntityRecognizer;
import io.tacit.nlp.SentenceSplitter;
import io.tacit.project.Project;
import io.tacit.project.ProjectInitializer;
import io.tacit.project.TranscriptImporter;
import io.tacit.transcript.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times the de-identification pass (model load, entities, rules, names spread over the project) on
 * generated transcripts (each with a turn naming fictional people, a phone number and an e-mail
 * address), on every core. Run with: {@code ./mvnw -q -pl core test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.tacit.bench.DeidentifyBenchmark [-Dexec.args="1000
 * 2000"]}
 */
public final class DeidentifyBenchmark {
  private static final String[] FIRST = {
    "Maria", "Denise", "Tomas", "Priya", "Walter", "Rosa", "Andre", "Nadia", "Jamal", "Carmen",
    "Kevin", "Linda"
  };
  private static final String[] LAST = {
    "Lopez",
    "Whitfield",
    "Okafor",
    "Nair",
    "Greene",
    "Sandoval",
    "Brennan",
    "Ruiz",
    "Banks",
    "Feldman",
    "Marsh",
    "Patel"
  };

  private DeidentifyBenchmark() {}

  /** Appends a turn naming two fictional people, a phone number and an e-mail to each file. */
  private static void addIdentifiers(Path corpus, Random random) throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.sorted().toList()) {
        String a = FIRST[random.nextInt(FIRST.length)];
        String b = LAST[random.nextInt(LAST.length)];
        String c = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        String label = Files.readAllLines(f).get(4).split(":")[0];
        Files.writeString(
            f,
            label
                + String.format(
                    Locale.ROOT,
                    ": I told %s %s to call %s on"
                        + " 555-%03d-%04d, or to write to %s.%s@example.org, and %s did.%n%n",
                    a,
                    b,
                    c,
                    random.nextInt(1000),
                    random.nextInt(10000),
                    a.toLowerCase(Locale.ROOT),
                    b.toLowerCase(Locale.ROOT),
                    a),
            java.nio.file.StandardOpenOption.APPEND);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int words = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    java.util.logging.LogManager.getLogManager().reset();
    Path work = Files.createTempDirectory("tacit-bench-deidentify");
    long total = CorpusGenerator.write(work.resolve("corpus"), count, words, 20260101L);
    addIdentifiers(work.resolve("corpus"), new Random(7));
    Project project = ProjectInitializer.init(work.resolve("project"), "bench", null);
    new TranscriptImporter(project, new SentenceSplitter())
        .run(
            new TranscriptImporter.Request(
                List.of(work.resolve("corpus")), null, null, null, List.of(), false),
            (f, d, t) -> {});
    List<Transcript> transcripts = project.transcripts().loadAll();
    int cores = Runtime.getRuntime().availableProcessors();
    var os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    List<List<Finding>> found =
        new Detector(new EntityRecognizer(), Detector.DEFAULT_TYPES, Terms.none(), cores)
            .detect(transcripts, (d, n, t) -> {});
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%d transcripts, %,d words, %d cores: %.1f s (%,.0f words/s"
            + " including model load), %.1f s of CPU, %d identifiers%n",
        transcripts.size(),
        total,
        cores,
        seconds,
        total / seconds,
        cpuSeconds,
        found.stream().mapToInt(List::size).sum());
  }
}
