package io.tacit.bench;

import io.tacit.codebook.Code;
import io.tacit.codebook.Codebook;
import io.tacit.coding.Coding;
import io.tacit.participant.Participant;
import io.tacit.participant.ParticipantTable;
import io.tacit.text.CodePointText;
import io.tacit.text.Span;
import io.tacit.theme.Candidate;
import io.tacit.theme.CodedData;
import io.tacit.theme.SuggestOptions;
import io.tacit.theme.Suggestion;
import io.tacit.theme.ThemeSuggester;
import io.tacit.transcript.Role;
import io.tacit.transcript.Sentence;
import io.tacit.transcript.SourceInfo;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Turn;
import io.tacit.transcript.UnitType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Theme suggestion benchmark (not a unit test): a generated corpus (CorpusGenerator, 1,000
 * transcripts of about 2,000 words by default) read into transcripts without CoreNLP (one sentence
 * per turn), 60 codes in 6 planted groups of 10 applied to participant turns in memory (a coded
 * turn gets one to three codes of one group, and now and then a stray code of any group), then
 * {@code themes suggest}'s core timed: laying codings over units, co-occurrence, clustering,
 * naming, quotes. Reports how well the planted groups come back. Run with: {@code ./mvnw -q -pl
 * core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.tacit.bench.ThemeBenchmark [-Dexec.args="1000 2000"]}
 */
public final class ThemeBenchmark {
  static final int GROUPS = 6;
  static final int PER_GROUP = 10;

  private ThemeBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int words = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    Path dir = Files.createTempDirectory("tacit-bench-themes");
    CorpusGenerator.write(dir, count, words, 20260101L);
    List<Transcript> transcripts = new ArrayList<>();
    List<Participant> participants = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        Transcript t = transcript(f);
        transcripts.add(t);
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("role", transcripts.size() % 5 == 0 ? "peer support specialist" : "clinician");
        attrs.put("group", transcripts.size() % 5 == 0 ? "PSS" : "MHP");
        participants.add(new Participant(t.participant(), attrs));
      }
    }
    List<Coding> codings = plant(transcripts, new Random(7));
    List<Code> codes = new ArrayList<>();
    for (int c = 0; c < GROUPS * PER_GROUP; c++) {
      codes.add(Code.of(code(c), "Code " + c));
    }
    Codebook codebook = Codebook.empty("bench", "Bench").withCodes(codes);
    ParticipantTable table = new ParticipantTable(List.of("role", "group"), participants);
    long units = transcripts.stream().mapToLong(Transcript::participantTurns).sum();
    System.out.printf(
        Locale.ROOT,
        "%d transcripts, %d participant turns, %d codings, %d codes%n",
        transcripts.size(),
        units,
        codings.size(),
        codes.size());
    for (int run = 1; run <= 3; run++) {
      long t0 = System.nanoTime();
      CodedData data = CodedData.of(codings, transcripts, table, UnitType.TURN);
      long t1 = System.nanoTime();
      Suggestion s = ThemeSuggester.suggest(data, codebook, SuggestOptions.DEFAULT);
      long t2 = System.nanoTime();
      System.out.printf(
          Locale.ROOT,
          "run %d: codings over units %.2f s, suggest %.2f s, total"
              + " %.2f s; %d candidates, purity %.3f%n",
          run,
          (t1 - t0) / 1e9,
          (t2 - t1) / 1e9,
          (t2 - t0) / 1e9,
          s.candidates().size(),
          purity(s));
    }
  }

  /** Share of placed codes that sit with the majority planted group of their candidate. */
  private static double purity(Suggestion s) {
    int agree = 0;
    int all = 0;
    for (Candidate c : s.candidates()) {
      int[] byGroup = new int[GROUPS];
      c.codes().forEach(code -> byGroup[Integer.parseInt(code.substring(5)) / PER_GROUP]++);
      int max = 0;
      for (int n : byGroup) {
        max = Math.max(max, n);
      }
      agree += max;
      all += c.codes().size();
    }
    return all == 0 ? 0 : agree / (double) all;
  }

  static String code(int c) {
    return String.format(Locale.ROOT, "code-%02d", c);
  }

  static List<Coding> plant(List<Transcript> transcripts, Random random) {
    List<Coding> codings = new ArrayList<>();
    for (Transcript t : transcripts) {
      for (Turn turn : t.turns()) {
        if (turn.role() != Role.PARTICIPANT || random.nextInt(10) >= 4) {
          continue;
        }
        int group = random.nextInt(GROUPS);
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
          codings.add(coding(t, turn, group * PER_GROUP + random.nextInt(PER_GROUP)));
        }
        if (random.nextInt(10) == 0) {
          codings.add(coding(t, turn, random.nextInt(GROUPS * PER_GROUP)));
        }
      }
    }
    return codings;
  }

  private static Coding coding(Transcript t, Turn turn, int code) {
    return new Coding("bench", t.id(), turn.span(), code(code), "", Instant.EPOCH);
  }

  /** The generator's labelled paragraphs as turns, without sentence splitting. */
  static Transcript transcript(Path file) throws Exception {
    String id = file.getFileName().toString().replace(".txt", "");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<Turn> turns = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int offset = 0;
    for (String para : text.split("\n\n", -1)) {
      int colon = para.indexOf(": ");
      if (colon > 0 && colon < 20) {
        String speaker = para.substring(0, colon);
        Role role = speaker.equals("Interviewer") ? Role.INTERVIEWER : Role.PARTICIPANT;
        int start = offset + colon + 2;
        Span span = Span.of(start, offset + para.length());
        turns.add(new Turn(turns.size() + 1, speaker, role, span, null));
        sentences.add(new Sentence(sentences.size() + 1, turns.size(), span));
        seen.merge(speaker, 1, Integer::sum);
      }
      offset += para.length() + 2;
    }
    return new Transcript(
        id,
        id,
        "txt",
        id,
        new SourceInfo(file.toString(), "", "UTF-8"),
        new CodePointText(text),
        "",
        List.of(),
        turns,
        sentences,
        0,
        List.of());
  }
}
