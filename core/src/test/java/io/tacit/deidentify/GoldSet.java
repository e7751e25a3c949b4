package io.tacit.deidentify;

import io.tacit.nlp.EntityRecognizer;
import io.tacit.nlp.SentenceSplitter;
import io.tacit.project.Project;
import io.tacit.project.ProjectInitializer;
import io.tacit.project.TranscriptImporter;
import io.tacit.text.CodePointText;
import io.tacit.text.Span;
import io.tacit.transcript.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-marked gold set (src/test/resources/deidentify/gold.txt, format in the README beside it)
 * and its scoring: passages imported as transcripts of one project, the detector run with every
 * type, recall and precision per type by overlap.
 */
public final class GoldSet {
  private static final Pattern MARK = Pattern.compile("\\[\\[([A-Z]+):(.+?)\\]\\]");

  /** One passage: its text without markup, and its gold identifiers. */
  public record Passage(String id, String text, List<Candidate> gold) {}

  /** Found and expected counts of one type. */
  public record Score(int gold, int found, int detected, int correct) {
    public double recall() {
      return gold == 0 ? 1 : (double) found / gold;
    }

    public double precision() {
      return detected == 0 ? 1 : (double) correct / detected;
    }
  }

  private GoldSet() {}

  public static List<Passage> read() {
    try (InputStream in = GoldSet.class.getResourceAsStream("/deidentify/gold.txt")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Passage> passages = new ArrayList<>();
      for (String block : all.split("(?m)^## ")) {
        if (block.isBlank()) {
          continue;
        }
        int nl = block.indexOf('\n');
        String id = "g" + block.substring(0, nl).strip();
        String marked = block.substring(nl + 1).strip() + "\n";
        StringBuilder text = new StringBuilder();
        List<Candidate> gold = new ArrayList<>();
        Matcher m = MARK.matcher(marked);
        int at = 0;
        while (m.find()) {
          text.append(marked, at, m.start());
          int start = text.codePointCount(0, text.length());
          text.append(m.group(2));
          gold.add(
              new Candidate(
                  IdentifierType.valueOf(m.group(1)),
                  Span.of(start, text.codePointCount(0, text.length()))));
          at = m.end();
        }
        text.append(marked.substring(at));
        passages.add(new Passage(id, text.toString(), gold));
      }
      return passages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The names list a team would keep in deidentify/terms.csv for names the model cannot tell from
   * words (gold-terms.csv beside gold.txt).
   */
  public static Terms namesList() {
    try (InputStream in = GoldSet.class.getResourceAsStream("/deidentify/gold-terms.csv")) {
      io.tacit.ProblemList problems = new io.tacit.ProblemList();
      Terms terms =
          Terms.read(
              "gold-terms.csv", new String(in.readAllBytes(), StandardCharsets.UTF_8), problems);
      problems.throwIfAny();
      return terms;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports the passages into a new project under {@code dir}; checks the text is unchanged. */
  public static List<Transcript> importInto(Path dir, List<Passage> passages) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    List<Path> files = new ArrayList<>();
    for (Passage p : passages) {
      files.add(Files.writeString(in.resolve(p.id() + ".txt"), p.text()));
    }
    Project project = ProjectInitializer.init(dir.resolve("gold"), "gold", null);
    new TranscriptImporter(project, new SentenceSplitter())
        .run(
            new TranscriptImporter.Request(
                files, null, null, null, List.of("Jordan Reyes", "Alex Kim"), false),
            (f, d, t) -> {});
    List<Transcript> transcripts = new ArrayList<>();
    for (Passage p : passages) {
      Transcript t = project.transcripts().load(p.id());
      if (!t.text().text().equals(p.text())) {
        throw new IllegalStateException("passage " + p.id() + " is not in canonical layout");
      }
      transcripts.add(t);
    }
    return transcripts;
  }

  /** Runs the detector with every type and scores it against the gold marks, by gold type. */
  public static Map<IdentifierType, Score> score(
      List<Passage> passages,
      List<Transcript> transcripts,
      EntityRecognizer recognizer,
      Terms terms) {
    Detector detector =
        new Detector(
            recognizer,
            EnumSet.allOf(IdentifierType.class),
            terms,
            Runtime.getRuntime().availableProcessors());
    List<List<Finding>> found = detector.detect(transcripts, (d, n, t) -> {});
    Map<IdentifierType, int[]> counts = new EnumMap<>(IdentifierType.class);
    for (int i = 0; i < passages.size(); i++) {
      List<Candidate> gold = passages.get(i).gold();
      List<Finding> detected = found.get(i);
      for (Candidate g : gold) {
        int[] c = counts.computeIfAbsent(g.type(), k -> new int[4]);
        c[0]++;
        if (caught(transcripts.get(i), g, detected)) {
          c[1]++;
        }
      }
      for (Finding f : detected) {
        int[] c = counts.computeIfAbsent(f.type(), k -> new int[4]);
        c[2]++;
        if (gold.stream().anyMatch(g -> g.span().overlap(f.span()) > 0)) {
          c[3]++;
        }
      }
    }
    Map<IdentifierType, Score> scores = new EnumMap<>(IdentifierType.class);
    counts.forEach((t, c) -> scores.put(t, new Score(c[0], c[1], c[2], c[3])));
    return scores;
  }

  /**
   * Whether de-identification would leave nothing of a gold identifier: every word of it is inside
   * a finding (of any type, since any replacement hides it). A title before a name ("Dr.", "Nurse")
   * identifies no one and may stay. A finding that covers part of a name ("Justice [PERSON-1]")
   * does not count: the rest of the name is still there to read.
   */
  static boolean caught(Transcript t, Candidate gold, List<Finding> found) {
    String text = t.text().substring(gold.span());
    Matcher words = GOLD_WORD.matcher(text);
    while (words.find()) {
      if (TITLES.contains(words.group().toLowerCase(Locale.ROOT).replace(".", ""))) {
        continue;
      }
      CodePointText inner = new CodePointText(text);
      int start = gold.span().start() + inner.toCodePointOffset(words.start());
      int end = gold.span().start() + inner.toCodePointOffset(words.end());
      if (found.stream().noneMatch(f -> f.span().start() <= start && end <= f.span().end())) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern GOLD_WORD =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.@_+/:-]*");
  private static final Set<String> TITLES =
      Set.of(
          "dr",
          "mr",
          "mrs",
          "ms",
          "mx",
          "miss",
          "prof",
          "doctor",
          "nurse",
          "officer",
          "judge",
          "pastor",
          "father",
          "sister",
          "auntie",
          "uncle",
          "aunt",
          "sergeant",
          "rabbi",
          "coach");

  /** The misses and false alarms, for a person improving the rules. */
  public static List<String> mistakes(
      List<Passage> passages,
      List<Transcript> transcripts,
      EntityRecognizer recognizer,
      Terms terms) {
    Detector detector = new Detector(recognizer, EnumSet.allOf(IdentifierType.class), terms, 1);
    List<List<Finding>> found = detector.detect(transcripts, (d, n, t) -> {});
    List<String> out = new ArrayList<>();
    for (int i = 0; i < passages.size(); i++) {
      Transcript t = transcripts.get(i);
      for (Candidate g : passages.get(i).gold()) {
        if (!caught(t, g, found.get(i))) {
          out.add(
              String.format(Locale.ROOT, "missed %s %s in %s", g.type(), t.text(g.span()), t.id()));
        }
      }
      for (Finding f : found.get(i)) {
        if (passages.get(i).gold().stream().noneMatch(g -> g.span().overlap(f.span()) > 0)) {
          out.add(String.format(Locale.ROOT, "false %s %s in %s", f.type(), f.original(), t.id()));
        }
      }
    }
    return out;
  }
}
