package io.tacit.bench;

import io.tacit.codebook.Code;
import io.tacit.codebook.Codebook;
import io.tacit.coding.Coding;
import io.tacit.participant.Participant;
import io.tacit.participant.ParticipantTable;
import io.tacit.report.Report;
import io.tacit.report.ReportBuilder;
import io.tacit.report.ReportFormat;
import io.tacit.report.ReportInput;
import io.tacit.report.ReportWriter;
import io.tacit.theme.CodedData;
import io.tacit.theme.SuggestOptions;
import io.tacit.theme.ThemeSuggester;
import io.tacit.theme.Themes;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.UnitType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Report benchmark (not a unit test): the corpus and planted codings of {@link ThemeBenchmark} as
 * coder {@code lead}, a second coder on every third transcript (the lead's codings with one in
 * eight dropped and one in twenty moved to another code), candidate themes from the lead, then the
 * report built (agreement with 1,000 bootstrap replicates per code, quotes, matrix) and written in
 * every format, timed. Run with: {@code ./mvnw -q -pl core test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.tacit.bench.ReportBenchmark [-Dexec.args="1000
 * 2000"]}
 */
public final class ReportBenchmark {
  private ReportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int words = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    Path dir = Files.createTempDirectory("tacit-bench-report");
    CorpusGenerator.write(dir, count, words, 20260101L);
    List<Transcript> transcripts = new ArrayList<>();
    List<Participant> participants = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        Transcript t = ThemeBenchmark.transcript(f);
        transcripts.add(t);
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("role", transcripts.size() % 5 == 0 ? "peer support specialist" : "clinician");
        attrs.put("group", transcripts.size() % 5 == 0 ? "PSS" : "MHP");
        participants.add(new Participant(t.participant(), attrs));
      }
    }
    Random random = new Random(7);
    List<Coding> lead =
        ThemeBenchmark.plant(transcripts, random).stream()
            .map(c -> new Coding("lead", c.doc(), c.span(), c.code(), "", c.created()))
            .toList();
    Set<String> doubled = new java.util.HashSet<>();
    for (int i = 0; i < transcripts.size(); i += 3) {
      doubled.add(transcripts.get(i).id());
    }
    List<Coding> second = new ArrayList<>();
    for (Coding c : lead) {
      if (doubled.contains(c.doc()) && random.nextInt(8) != 0) {
        String code =
            random.nextInt(20) == 0
                ? ThemeBenchmark.code(
                    random.nextInt(ThemeBenchmark.GROUPS * ThemeBenchmark.PER_GROUP))
                : c.code();
        second.add(new Coding("second", c.doc(), c.span(), code, "", c.created()));
      }
    }
    List<Code> codes = new ArrayList<>();
    for (int c = 0; c < ThemeBenchmark.GROUPS * ThemeBenchmark.PER_GROUP; c++) {
      codes.add(Code.of(ThemeBenchmark.code(c), "Code " + c));
    }
    Codebook codebook = Codebook.empty("bench", "Bench").withCodes(codes);
    ParticipantTable table = new ParticipantTable(List.of("role", "group"), participants);
    Themes themes =
        ThemeSuggester.suggest(
                CodedData.of(lead, transcripts, table, UnitType.TURN),
                codebook,
                SuggestOptions.DEFAULT)
            .toThemes("Suggested");
    ReportInput input =
        new ReportInput(
            "Bench",
            null,
            "Bench",
            "lead",
            "lead",
            UnitType.TURN,
            transcripts,
            table,
            codebook,
            Map.of("lead", lead, "second", second),
            themes,
            null,
            List.of());
    System.out.printf(
        Locale.ROOT,
        "%d transcripts (%d double-coded), %d + %d codings, %d codes," + " %d themes%n",
        transcripts.size(),
        doubled.size(),
        lead.size(),
        second.size(),
        codes.size(),
        themes.themes().size());
    for (int run = 1; run <= 3; run++) {
      long t0 = System.nanoTime();
      Report report = ReportBuilder.build(input);
      long t1 = System.nanoTime();
      Map<String, byte[]> files = ReportWriter.write(report, ReportFormat.all());
      long t2 = System.nanoTime();
      long bytes = files.values().stream().mapToLong(b -> b.length).sum();
      System.out.printf(
          Locale.ROOT,
          "run %d: build %.2f s, write %.2f s; %d files, %,d bytes;" + " alpha %s%n",
          run,
          (t1 - t0) / 1e9,
          (t2 - t1) / 1e9,
          files.size(),
          bytes,
          report.agreement() == null ? "n/a" : report.agreement().alpha().cell());
    }
  }
}
