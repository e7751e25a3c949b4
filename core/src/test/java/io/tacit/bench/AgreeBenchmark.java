package io.tacit.bench;

import io.tacit.coding.Coding;
import io.tacit.coding.CodingCsv;
import io.tacit.nlp.SentenceSplitter;
import io.tacit.project.Project;
import io.tacit.project.ProjectInitializer;
import io.tacit.project.TranscriptImporter;
import io.tacit.text.Span;
import io.tacit.transcript.Role;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Turn;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Agreement benchmark (not a unit test): {@code tacit agree} timed end to end as a fresh JVM, so
 * JVM start, class loading and reading the files are included, as a user would see it.
 *
 * <ol>
 *   <li>{@code agree --table} on a generated 1,000,000-unit, 2-coder nominal table (7 codes, coders
 *       agreeing on about 80% of units);
 *   <li>{@code agree --coders a,b} on a generated project of 1,000 transcripts (CorpusGenerator,
 *       about 2,000 words each, imported with sentence splitting) and 20 codes, each coder applying
 *       a code to a participant turn (whole, or its first half) about one time in ten, the second
 *       coder following the first 85% of the time; at turn, sentence, char and span units.
 * </ol>
 *
 * <p>Each command runs through the {@code ./tacit} launcher, as a user runs it (so with the
 * launcher's JVM options: the quick compiler alone), three times with the bootstrap off and once
 * with it on (1000 replicates), each after one run with the project's derived cache emptied
 * (.tacit/cache, which that run fills again); the table reports the fastest and the slowest run
 * with the cache, and the run without it. Two rows repeat with the JVM's optimising compiler
 * ({@code TACIT_JAVA_OPTS=-XX:TieredStopAtLevel=4}) for comparison. Build the command line first,
 * then run from the repository root:
 *
 * <pre>
 * ./mvnw -q -B -DskipTests package
 * ./mvnw -q -B -pl core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.tacit.bench.AgreeBenchmark [-Dexec.args="1000000 1000"]
 * </pre>
 *
 * The same as a single command, on a table made elsewhere: {@code /usr/bin/time ./tacit agree
 * --table big.csv --bootstrap 0 --format json -q}.
 */
public final class AgreeBenchmark {
  private static final String[] CATEGORIES = {
    "care-plan", "referral", "medication", "housing", "family", "crisis", "none"
  };
  private static final int CODES = 20;

  /**
   * TACIT_JAVA_OPTS for a run with the JVM's optimising compiler, which the launcher leaves out (it
   * uses the quick compiler alone), for comparison.
   */
  private static final String FULL_JIT = "-XX:TieredStopAtLevel=4";

  private AgreeBenchmark() {}

  public static void main(String[] args) throws Exception {
    int units = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int transcripts = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    Path launcher = home().resolve("tacit");
    Path work = Files.createTempDirectory("tacit-bench-agree");
    System.out.printf(
        Locale.ROOT,
        "%d cores, Java %s, work in %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        work);

    Path table = work.resolve("big.csv");
    writeTable(table, units);
    System.out.printf(
        Locale.ROOT, "table: %,d units x 2 coders, %.1f MB%n", units, Files.size(table) / 1e6);
    time(
        launcher,
        work,
        "agree --table (bootstrap off)",
        3,
        "",
        "agree",
        "--table",
        table.toString(),
        "--bootstrap",
        "0",
        "--format",
        "json",
        "-q");
    time(
        launcher,
        work,
        "agree --table (bootstrap 1000)",
        1,
        "",
        "agree",
        "--table",
        table.toString(),
        "--format",
        "json",
        "-q");
    time(
        launcher,
        work,
        "agree --table (bootstrap off, optimising compiler)",
        3,
        FULL_JIT,
        "agree",
        "--table",
        table.toString(),
        "--bootstrap",
        "0",
        "--format",
        "json",
        "-q");

    Path project = project(work, transcripts);
    for (String unit : List.of("turn", "sentence", "char", "span")) {
      time(
          launcher,
          project,
          "agree --coders a,b --unit " + unit + " (bootstrap off)",
          3,
          "",
          "agree",
          "--coders",
          "a,b",
          "--unit",
          unit,
          "--bootstrap",
          "0",
          "--format",
          "json",
          "-q");
    }
    time(
        launcher,
        project,
        "agree --coders a,b --unit turn (bootstrap 1000)",
        1,
        "",
        "agree",
        "--coders",
        "a,b",
        "--unit",
        "turn",
        "--format",
        "json",
        "-q");
    time(
        launcher,
        project,
        "agree --coders a,b --unit turn (bootstrap off, optimising" + " compiler)",
        3,
        FULL_JIT,
        "agree",
        "--coders",
        "a,b",
        "--unit",
        "turn",
        "--bootstrap",
        "0",
        "--format",
        "json",
        "-q");
  }

  /** The repository root: the working folder or a parent holding cli/target/classpath.txt. */
  static Path home() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("cli/target/classpath.txt"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "build the command line first: ./mvnw -q -B -DskipTests"
            + " package (cli/target/classpath.txt not found)");
  }

  /**
   * Runs {@code tacit ARGS} through the launcher, as a user would, with these JVM options: first
   * with the project's derived cache (.tacit/cache) emptied, as the first command after an import
   * or an edit finds it, then {@code runs} times with the cache that first run made.
   */
  private static void time(
      Path launcher, Path dir, String label, int runs, String javaOptions, String... args)
      throws IOException, InterruptedException {
    deleteTree(dir.resolve(".tacit/cache"));
    double cold = run(launcher, dir, label, javaOptions, args);
    double[] seconds = new double[runs];
    for (int r = 0; r < runs; r++) {
      seconds[r] = run(launcher, dir, label, javaOptions, args);
    }
    Arrays.sort(seconds);
    System.out.printf(
        Locale.ROOT,
        "%-52s %6.2f s wall (fastest of %d; slowest %.2f s; %.2f s with the cache empty)%n",
        label,
        seconds[0],
        runs,
        seconds[runs - 1],
        cold);
  }

  private static double run(
      Path launcher, Path dir, String label, String javaOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.environment().put("TACIT_JAVA_OPTS", javaOptions);
    long t0 = System.nanoTime();
    int exit = pb.start().waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException(label + " exited " + exit);
    }
    return seconds;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** A nominal table: the first coder's code by a skewed distribution, the second agreeing 80%. */
  static void writeTable(Path file, int units) throws IOException {
    SplittableRandom random = new SplittableRandom(20260101L);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("unit,first,second\n");
      for (int u = 0; u < units; u++) {
        String a = CATEGORIES[skewed(random)];
        String b = random.nextDouble() < 0.8 ? a : CATEGORIES[skewed(random)];
        out.write("u" + u + "," + a + "," + (random.nextInt(200) == 0 ? "" : b) + "\n");
      }
    }
  }

  private static int skewed(SplittableRandom random) {
    double x = random.nextDouble();
    return Math.min(CATEGORIES.length - 1, (int) (x * x * CATEGORIES.length));
  }

  /** A project of generated transcripts with coding/a.csv and coding/b.csv over 20 codes. */
  static Path project(Path work, int count) throws IOException {
    Path corpus = work.resolve("corpus");
    CorpusGenerator.write(corpus, count, 2000, 20260101L);
    StringBuilder codebook =
        new StringBuilder(
            "id: bench\ntitle: Bench\nversion: 1.0.0\n" + "source: generated\ncodes:\n");
    for (int k = 1; k <= CODES; k++) {
      codebook.append(String.format(Locale.ROOT, "  - id: c%02d%n    name: Code %d%n", k, k));
    }
    Path codebookFile = work.resolve("codebook.yaml");
    Files.writeString(codebookFile, codebook);
    Project project =
        ProjectInitializer.init(work.resolve("project"), "bench", codebookFile.toString());
    long t0 = System.nanoTime();
    new TranscriptImporter(project, new SentenceSplitter())
        .run(
            new TranscriptImporter.Request(List.of(corpus), null, null, null, List.of(), false),
            (f, d, t) -> {});
    System.out.printf(
        Locale.ROOT,
        "project: %d transcripts imported in %.1f s%n",
        count,
        (System.nanoTime() - t0) / 1e9);
    SplittableRandom random = new SplittableRandom(7);
    Instant created = Instant.parse("2026-01-01T00:00:00Z");
    List<Coding> a = new ArrayList<>();
    List<Coding> b = new ArrayList<>();
    for (String id : project.transcripts().ids()) {
      Transcript t = project.transcripts().load(id);
      for (Turn turn : t.turns()) {
        if (turn.role() != Role.PARTICIPANT) {
          continue;
        }
        for (int k = 1; k <= CODES; k++) {
          String code = String.format(Locale.ROOT, "c%02d", k);
          boolean first = random.nextInt(10) == 0;
          boolean second = random.nextDouble() < 0.85 ? first : random.nextInt(10) == 0;
          if (first) {
            a.add(new Coding("a", id, span(turn, random), code, "", created));
          }
          if (second) {
            b.add(new Coding("b", id, span(turn, random), code, "", created));
          }
        }
      }
    }
    Files.writeString(project.root().resolve("coding/a.csv"), CodingCsv.write(a));
    Files.writeString(project.root().resolve("coding/b.csv"), CodingCsv.write(b));
    System.out.printf(
        Locale.ROOT, "codings: %,d by a, %,d by b over %d codes%n", a.size(), b.size(), CODES);
    return project.root();
  }

  /** The whole turn most of the time, else its first half. */
  private static Span span(Turn turn, SplittableRandom random) {
    Span s = turn.span();
    return random.nextInt(4) == 0 && s.length() > 1
        ? Span.of(s.start(), s.start() + s.length() / 2)
        : s;
  }
}
