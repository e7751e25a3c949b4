package io.tacit.agreement;

import io.tacit.agreement.table.ReliabilityTable;
import io.tacit.agreement.table.ReliabilityTableReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Wall times for a million units: writes a 1,000,000-unit x 2-coder nominal table to a temporary
 * directory, then times reading it and every statistic, without and with 1000 bootstrap replicates,
 * twice (the first round includes JIT warm-up). Not a unit test; run with
 *
 * <pre>
 * ./mvnw -q -pl core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp "$(cat /tmp/cp.txt):core/target/classes:core/target/test-classes" \
 *     io.tacit.agreement.AgreementBenchmark [units]
 * </pre>
 */
public final class AgreementBenchmark {

  private static final String[] CODES = {
    "care-plan", "referral", "medication", "housing", "family", "crisis", "none"
  };

  /** How often each code is the unit's true code: a few common, a few rare, as in a codebook. */
  private static final double[] SHARES = {0.35, 0.20, 0.15, 0.12, 0.10, 0.05, 0.03};

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private AgreementBenchmark() {}

  public static void main(String[] args) throws IOException {
    int units = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path dir = Files.createTempDirectory("tacit-agreement-benchmark");
    Path csv = dir.resolve("reliability.csv");
    try {
      long start = System.nanoTime();
      write(csv, units, 2, 0.02);
      System.out.printf(
          Locale.ROOT,
          "wrote %,d units x 2 coders (%,d bytes) in %.0f ms%n",
          units,
          Files.size(csv),
          millis(start));
      for (int round = 1; round <= 2; round++) {
        System.out.printf(Locale.ROOT, "%nround %d%s%n", round, round == 1 ? " (cold JVM)" : "");
        ReliabilityTable table =
            time("read CSV", () -> ReliabilityTableReader.read(csv, Level.NOMINAL));
        run(table.data(), Bootstrap.OFF);
        run(table.data(), Bootstrap.DEFAULT);
      }
    } finally {
      Files.deleteIfExists(csv);
      Files.deleteIfExists(dir);
    }
  }

  private static void run(ReliabilityData data, Bootstrap bootstrap) {
    String label = bootstrap.isOn() ? bootstrap.replicates() + " replicates" : "no bootstrap";
    for (Statistic statistic : Statistic.values()) {
      Estimate e =
          time(
              String.format(Locale.ROOT, "%-22s %s", statistic.label(), label),
              () -> Agreement.estimate(statistic, data, Level.NOMINAL, bootstrap).orElseThrow());
      System.out.printf(Locale.ROOT, "    = %.4f [%.4f, %.4f]%n", e.value(), e.ciLow(), e.ciHigh());
    }
    time(
        String.format(Locale.ROOT, "%-22s %s", "whole report", label),
        () -> Agreement.report(data, Level.NOMINAL, bootstrap));
  }

  /**
   * Runs {@code task}, printing wall time and this thread's CPU time: on a shared machine the
   * second shows the work, the first what the user waits (including garbage collection).
   */
  private static <T> T time(String what, Supplier<T> task) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    T result = task.get();
    System.out.printf(
        Locale.ROOT,
        "  %-40s %8.1f ms wall %8.1f ms cpu%n",
        what,
        millis(start),
        (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
    return result;
  }

  private static double millis(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  /**
   * Each unit has a true code; each coder reports it 80% of the time, otherwise a code at random,
   * and leaves the unit uncoded at rate {@code missing}.
   */
  static void write(Path file, int units, int coders, double missing) throws IOException {
    SplittableRandom random = new SplittableRandom(20260101L);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("unit");
      for (int c = 1; c <= coders; c++) {
        out.write(",coder" + c);
      }
      out.write('\n');
      for (int u = 0; u < units; u++) {
        String truth = CODES[draw(random)];
        out.write("p" + (u / 1000) + ":t" + (u % 1000 + 1));
        for (int c = 0; c < coders; c++) {
          out.write(',');
          if (random.nextDouble() >= missing) {
            out.write(random.nextDouble() < 0.8 ? truth : CODES[draw(random)]);
          }
        }
        out.write('\n');
      }
    }
  }

  private static int draw(SplittableRandom random) {
    double u = random.nextDouble();
    int k = 0;
    while (k < SHARES.length - 1 && u >= SHARES[k]) {
      u -= SHARES[k++];
    }
    return k;
  }
}
