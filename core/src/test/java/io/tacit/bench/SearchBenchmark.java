package io.tacit.bench;

import io.tacit.nlp.SentenceSplitter;
import io.tacit.participant.ParticipantCsv;
import io.tacit.project.Project;
import io.tacit.project.ProjectInitializer;
import io.tacit.project.TranscriptImporter;
import io.tacit.search.IndexReport;
import io.tacit.search.SearchRequest;
import io.tacit.search.UnitSearch;
import io.tacit.transcript.UnitType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Search benchmark (not a unit test): imports a generated corpus (1,000 transcripts of about 2,000
 * words by default), then times building the unit index, an incremental update after one more
 * import, and, once the index is open, the latency of a few kinds of query (median and slowest of
 * 50 runs after warm-up), word counts and keyness. Run with: {@code ./mvnw -q -pl core test-compile
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.tacit.bench.SearchBenchmark
 * [-Dexec.args="1000 2000"]}
 */
public final class SearchBenchmark {
  private static final int RUNS = 50;

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int words = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    java.util.logging.LogManager.getLogManager().reset();
    Path work = Files.createTempDirectory("tacit-bench-search");
    Path corpus = work.resolve("corpus");
    long corpusWords = CorpusGenerator.write(corpus, count, words, 20260101L);
    Project project = ProjectInitializer.init(work.resolve("project"), "bench", null);
    SentenceSplitter splitter = new SentenceSplitter();
    long t0 = System.nanoTime();
    new TranscriptImporter(project, splitter)
        .run(
            new TranscriptImporter.Request(List.of(corpus), null, null, null, List.of(), false),
            (f, d, t) -> {});
    double importSeconds = (System.nanoTime() - t0) / 1e9;
    StringBuilder csv = new StringBuilder("id,role,group,site\n");
    for (int i = 1; i <= count; i++) {
      csv.append(
          String.format(
              Locale.ROOT,
              "t%04d,%s,%s,site%d%n",
              i,
              i % 5 == 0 ? "peer support specialist" : "case manager",
              i % 5 == 0 ? "PSS" : "MHP",
              i % 6));
    }
    project
        .participants()
        .importTable(
            ParticipantCsv.read(
                "participants.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));

    IndexReport built = project.index().refresh(true);
    Files.writeString(
        work.resolve("extra.txt"),
        "Interviewer: Anything else?\n\nP9999: The" + " pharmacy called about the care plan.\n");
    new TranscriptImporter(project, splitter)
        .run(
            new TranscriptImporter.Request(
                List.of(work.resolve("extra.txt")), null, null, null, List.of(), false),
            (f, d, t) -> {});
    IndexReport updated = project.index().refresh(false);
    // A coding changes a transcript already in the index: its old units are deleted and merged
    // away.
    Files.writeString(
        project.resolve("coding/lead.csv"),
        "doc,start,end,code,memo,created\n" + "t0500,0,400,care-plan,,2026-01-01T00:00:00Z\n");
    IndexReport recoded = project.index().refresh(false);
    long tc = System.nanoTime();
    IndexReport current = project.index().refresh(false);
    double checkMillis = (System.nanoTime() - tc) / 1e6;

    System.out.printf(
        Locale.ROOT,
        "corpus: %d transcripts, %,d words; import %.1f s; %d cores%n",
        count,
        corpusWords,
        importSeconds,
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        Locale.ROOT,
        "index build: %.1f s for %,d units (turns and sentences)%n",
        built.took().toMillis() / 1000.0,
        built.units());
    System.out.printf(
        Locale.ROOT,
        "incremental update after one import: %.2f s (%s)%n",
        updated.took().toMillis() / 1000.0,
        updated.reindexed());
    System.out.printf(
        Locale.ROOT,
        "incremental update after one coding: %.2f s (%s)%n",
        recoded.took().toMillis() / 1000.0,
        recoded.reindexed());
    System.out.printf(
        Locale.ROOT, "staleness check when current: %.1f ms (%s)%n", checkMillis, current.action());
    try (UnitSearch search = project.index().open()) {
      Map<String, SearchRequest> queries = new java.util.LinkedHashMap<>();
      queries.put("term", request("appointment", Map.of()));
      queries.put("phrase", request("\"care plan\"", Map.of()));
      queries.put("boolean", request("pharmacy AND (landlord OR grant) NOT hospital", Map.of()));
      queries.put("wildcard", request("coordinat*", Map.of()));
      queries.put("proximity", request("\"peer appointment\"~4", Map.of()));
      queries.put("term --where", request("appointment", Map.of("group", List.of("PSS"))));
      for (Map.Entry<String, SearchRequest> q : queries.entrySet()) {
        long[] hits = new long[1];
        report(
            q.getKey() + " " + q.getValue().query(),
            () -> {
              hits[0] = search.search(q.getValue()).total();
              return hits[0];
            });
      }
      report(
          "code suggestion terms (4 terms, limit 50)",
          () ->
              (long)
                  search
                      .matchingTerms(
                          List.of("care plan", "coordinat*", "pharmacy", "discharge papers"),
                          UnitType.SENTENCE,
                          50)
                      .size());
      reportOnce(
          "words (all stems, participant turns)", () -> (long) search.words(UnitType.TURN).size());
      reportOnce("keyness --by group", () -> (long) search.keyness(UnitType.TURN, "group").size());
    }
  }

  private static SearchRequest request(String query, Map<String, List<String>> where) {
    return new SearchRequest(query, UnitType.TURN, false, null, null, where, 50);
  }

  private static void report(String label, Supplier<Long> run) {
    for (int i = 0; i < 10; i++) {
      run.get();
    }
    double[] millis = new double[RUNS];
    long result = 0;
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      result = run.get();
      millis[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "%-60s median %6.2f ms, slowest %6.2f ms (%,d results)%n",
        label,
        millis[RUNS / 2],
        millis[RUNS - 1],
        result);
  }

  private static void reportOnce(String label, Supplier<Long> run) {
    long t = System.nanoTime();
    long result = run.get();
    double cold = (System.nanoTime() - t) / 1e6;
    t = System.nanoTime();
    run.get();
    System.out.printf(
        Locale.ROOT,
        "%-60s first %6.0f ms, again %6.0f ms (%,d results)%n",
        label,
        cold,
        (System.nanoTime() - t) / 1e6,
        result);
  }
}
