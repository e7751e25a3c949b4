package io.tacit.bench;

import io.tacit.coding.Coding;
import io.tacit.coding.CodingCsv;
import io.tacit.project.Project;
import io.tacit.text.Span;
import io.tacit.transcript.Role;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Turn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scale benchmark (not a unit test): a whole study of generated transcripts (10,000 by default,
 * about 2,000 words each: 20 million words) taken through {@code ./tacit} as a user would, every
 * command a fresh JVM with a 2 GB heap limit ({@code -Xmx2g}), timed, with its peak heap (the most
 * the garbage collector found in use, from its log) and the process's peak resident memory (from
 * GNU time, where {@code /usr/bin/time} is it). The steps: {@code init}, {@code import} of the
 * corpus, {@code participants import}, two coders' files of 20 codes (written directly, as in
 * {@link AgreeBenchmark}), {@code index}, {@code agree --coders a,b} (bootstrap off), {@code themes
 * suggest --coder a} and {@code report --coder a}. The data stays in a temporary folder, never in
 * the repository. Build the command line first, then from the repository root:
 *
 * <pre>
 * ./mvnw -q -B -DskipTests package
 * ./mvnw -q -B -pl core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.tacit.bench.ScaleBenchmark [-Dexec.args="10000"]
 * </pre>
 */
public final class ScaleBenchmark {
  private static final int CODES = 20;
  private static final Path GNU_TIME = Path.of("/usr/bin/time");
  private static final Pattern GC_USED = Pattern.compile("(\\d+)M->(\\d+)M");
  private static final Pattern EXIT_USED = Pattern.compile("used (\\d+)K");

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path launcher = AgreeBenchmark.home().resolve("tacit");
    Path work = Files.createTempDirectory("tacit-bench-scale");
    System.out.printf(
        Locale.ROOT,
        "%d cores, Java %s, work in %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        work);
    Path corpus = work.resolve("corpus");
    long words = CorpusGenerator.write(corpus, count, 2000, 20260101L);
    System.out.printf(
        Locale.ROOT,
        "corpus: %,d transcripts, %,d words, %.0f MB%n",
        count,
        words,
        size(corpus) / 1e6);
    Path codebook = work.resolve("codebook.yaml");
    Files.writeString(codebook, codebook());
    Path project = work.resolve("project");
    // The first command after a build makes the start-up archive; keep that out of the figures.
    new ProcessBuilder(launcher.toString(), "--version")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start()
        .waitFor();
    run(launcher, work, "init", "init", project.toString(), "--codebook", codebook.toString());
    run(launcher, project, "import", "import", corpus.toString(), "-q");
    Files.writeString(work.resolve("participants.csv"), participants(count));
    run(
        launcher,
        project,
        "participants import",
        "participants",
        "import",
        work.resolve("participants.csv").toString(),
        "-q");
    codings(Project.open(project));
    System.out.printf(
        Locale.ROOT,
        "stored: %.0f MB of transcripts, %.0f MB of coding files%n",
        size(project.resolve("transcripts")) / 1e6,
        size(project.resolve("coding")) / 1e6);
    run(launcher, project, "index", "index", "-q");
    run(
        launcher,
        project,
        "agree --coders a,b (turn)",
        "agree",
        "--coders",
        "a,b",
        "--bootstrap",
        "0",
        "--format",
        "json",
        "-q");
    run(
        launcher,
        project,
        "themes suggest --coder a",
        "themes",
        "suggest",
        "--coder",
        "a",
        "--format",
        "json",
        "-q");
    run(launcher, project, "report --coder a", "report", "--coder", "a", "-q");
    System.out.printf(
        Locale.ROOT,
        "index: %.0f MB; report: %.1f MB%n",
        size(project.resolve(".tacit/index")) / 1e6,
        size(project.resolve("report")) / 1e6);
  }

  /** Runs one command through the launcher with -Xmx2g; prints time, peak heap and peak RSS. */
  private static void run(Path launcher, Path dir, String label, String... args)
      throws IOException, InterruptedException {
    Path gcLog = Files.createTempFile("tacit-gc", ".log");
    Path timeLog = Files.createTempFile("tacit-time", ".log");
    List<String> command = new ArrayList<>();
    boolean gnuTime = Files.isExecutable(GNU_TIME);
    if (gnuTime) {
      command.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", timeLog.toString()));
    }
    command.add(launcher.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.environment().put("TACIT_JAVA_OPTS", "-Xmx2g -Xlog:gc,gc+heap+exit:file=" + gcLog);
    long t0 = System.nanoTime();
    int exit = pb.start().waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException(label + " exited " + exit);
    }
    String rss =
        gnuTime
            ? String.format(
                Locale.ROOT,
                "%5.0f MB peak RSS",
                Long.parseLong(
                        Files.readString(timeLog).strip().lines().reduce((a, b) -> b).orElse("0"))
                    / 1024.0)
            : "";
    System.out.printf(
        Locale.ROOT,
        "%-28s %7.2f s  %5d MB peak heap  %s%n",
        label,
        seconds,
        peakHeap(Files.readString(gcLog)),
        rss);
    Files.delete(gcLog);
    Files.delete(timeLog);
  }

  /** The most heap in use before any collection or at exit, in MB. */
  static long peakHeap(String gcLog) {
    long peak = 0;
    Matcher m = GC_USED.matcher(gcLog);
    while (m.find()) {
      peak = Math.max(peak, Long.parseLong(m.group(1)));
    }
    Matcher exit = EXIT_USED.matcher(gcLog);
    while (exit.find()) {
      peak = Math.max(peak, Long.parseLong(exit.group(1)) / 1024);
    }
    return peak;
  }

  private static String codebook() {
    StringBuilder yaml =
        new StringBuilder(
            "id: bench\ntitle: Bench\nversion: 1.0.0\n" + "source: generated\ncodes:\n");
    for (int k = 1; k <= CODES; k++) {
      yaml.append(String.format(Locale.ROOT, "  - id: c%02d%n    name: Code %d%n", k, k));
    }
    return yaml.toString();
  }

  private static String participants(int count) {
    StringBuilder csv = new StringBuilder("id,role,group\n");
    for (int i = 1; i <= count; i++) {
      boolean peer = i % 5 == 0;
      csv.append(
          String.format(
              Locale.ROOT,
              "t%04d,%s,%s%n",
              i,
              peer ? "peer support specialist" : "clinician",
              peer ? "PSS" : "MHP"));
    }
    return csv.toString();
  }

  /**
   * Two coders over every transcript: each code on a participant turn about one time in ten (the
   * whole turn, or its first half), the second coder following the first 85% of the time; codes
   * come in pairs that go together, so that themes have something to find.
   */
  private static void codings(Project project) throws IOException {
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
        for (int k = 1; k <= CODES; k += 2) {
          boolean first = random.nextInt(10) == 0;
          boolean second = random.nextDouble() < 0.85 ? first : random.nextInt(10) == 0;
          for (int pair = k; pair <= k + 1; pair++) {
            String code = String.format(Locale.ROOT, "c%02d", pair);
            boolean together = pair == k || random.nextInt(3) > 0;
            if (first && together) {
              a.add(new Coding("a", id, span(turn, random), code, "", created));
            }
            if (second && together) {
              b.add(new Coding("b", id, span(turn, random), code, "", created));
            }
          }
        }
      }
    }
    Files.writeString(project.root().resolve("coding/a.csv"), CodingCsv.write(a));
    Files.writeString(project.root().resolve("coding/b.csv"), CodingCsv.write(b));
    System.out.printf(
        Locale.ROOT, "codings: %,d by a, %,d by b over %d codes%n", a.size(), b.size(), CODES);
  }

  private static Span span(Turn turn, SplittableRandom random) {
    Span s = turn.span();
    return random.nextInt(4) == 0 && s.length() > 1
        ? Span.of(s.start(), s.start() + s.length() / 2)
        : s;
  }

  private static long size(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
