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
 * whole set, the first 32 passages and those added after, and lists the misses and false alarms
 * without the list. Run with: {@code ./mvnw -q -pl core test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.tacit.bench.DeidentifyGoldBenchmark}
 */
public final class DeidentifyGoldBenchmark {
  private DeidentifyGoldBenchmark() {}

  public static void main(String[] args) throws Exception {
    java.util.logging.LogManager.getLogManager().reset();
    List<GoldSet.Passage> passages = GoldSet.read();
    List<Transcript> transcripts =
        GoldSet.importInto(Files.createTempDirectory("tacit-gold"), passages);
    EntityRecognizer recognizer = new EntityRecognizer();
    int firstSet = (int) passages.stream().filter(p -> p.id().compareTo("g32") <= 0).count();
    report("all passages", passages, transcripts, recognizer);
    report(
        "first 32 passages",
        passages.subList(0, firstSet),
        transcripts.subList(0, firstSet),
        recognizer);
    report(
        "passages 33 and on (written before the first-name rules were tuned)",
        passages.subList(firstSet, passages.size()),
        transcripts.subList(firstSet, transcripts.size()),
        recognizer);
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
