package io.tacit.bench;

import io.tacit.deidentify.GoldSet;
import io.tacit.deidentify.IdentifierType;
import io.tacit.deidentify.Terms;
import io.tacit.nlp.EntityRecognizer;
import io.tacit.transcript.Transcript;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints recall and precision per identifier type on the hand-marked gold set (test resources
 * deidentify/gold.txt), with the model and rules alone and with the team's names list, for the
 * whole set and for each group of passages by when it was written, and lists the misses and false
 * alarms without the list. Run with: {@code ./mvnw -q -pl core test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.tacit.bench.DeidentifyGoldBenchmark}
 */
public final class DeidentifyGoldBenchmark {
  private DeidentifyGoldBenchmark() {}

  /**
   * The passages by when they were written, against the rules' history (the gold set's README): the
   * first 32 tuned the first rules; 33 to 40, 41 to 56, 57 to 72 and 73 to 88 were each written
   * before a round of changes and then used to make it; 89 to 104 were written after the last
   * change and never used to make one, so their figure is the least optimistic.
   */
  private static final List<int[]> GROUPS =
      List.of(
          new int[] {1, 32},
          new int[] {33, 40},
          new int[] {41, 56},
          new int[] {57, 72},
          new int[] {73, 88},
          new int[] {89, 104});

  public static void main(String[] args) throws Exception {
    java.util.logging.LogManager.getLogManager().reset();
    List<GoldSet.Passage> passages = GoldSet.read();
    List<Transcript> transcripts =
        GoldSet.importInto(Files.createTempDirectory("tacit-gold"), passages);
    EntityRecognizer recognizer = new EntityRecognizer();
    report("all passages", passages, transcripts, recognizer);
    for (int[] group : GROUPS) {
      List<Integer> in = new java.util.ArrayList<>();
      for (int i = 0; i < passages.size(); i++) {
        int n = Integer.parseInt(passages.get(i).id().substring(1));
        if (n >= group[0] && n <= group[1]) {
          in.add(i);
        }
      }
      if (in.isEmpty()) {
        continue;
      }
      report(
          "passages " + group[0] + " to " + group[1],
          in.stream().map(passages::get).toList(),
          in.stream().map(transcripts::get).toList(),
          recognizer);
    }
    GoldSet.mistakes(passages, transcripts, recognizer, Terms.none())
        .forEach(m -> System.out.println("  " + m));
  }

  private static void report(
      String title,
      List<GoldSet.Passage> passages,
      List<Transcript> transcripts,
      EntityRecognizer recognizer) {
    System.out.println("== " + title + " (" + passages.size() + ")");
    print("model and rules alone", GoldSet.score(passages, transcripts, recognizer, Terms.none()));
    print(
        "with the names list (gold-terms.csv)",
        GoldSet.score(passages, transcripts, recognizer, GoldSet.namesList()));
  }

  private static void print(String title, Map<IdentifierType, GoldSet.Score> scores) {
    System.out.println(title + ":");
    System.out.printf(
        Locale.ROOT,
        "  %-13s %5s %6s %9s %6s%n",
        "type",
        "gold",
        "recall",
        "detected",
        "precision");
    scores.forEach(
        (type, s) ->
            System.out.printf(
                Locale.ROOT,
                "  %-13s %5d %6.3f %9d %6.3f%n",
                type.label(),
                s.gold(),
                s.recall(),
                s.detected(),
                s.precision()));
  }
}
