package io.tacit.coding.reliability;

import io.tacit.coding.Coding;
import io.tacit.coding.CodingSet;
import io.tacit.text.CodePointText;
import io.tacit.text.Sha256;
import io.tacit.text.Span;
import io.tacit.transcript.Role;
import io.tacit.transcript.Sentence;
import io.tacit.transcript.SourceInfo;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Turn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Transcripts built in memory, turns alternating interviewer and participant, one sentence each,
 * laid out as {@code "Label: text\n\n"}; and codings on them.
 */
public final class Fixture {
  public static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  private Fixture() {}

  public static Transcript transcript(String id, String... turns) {
    StringBuilder text = new StringBuilder();
    List<Turn> turnList = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < turns.length; i++) {
      boolean interviewer = i % 2 == 0;
      String label = interviewer ? "I" : id.toUpperCase(Locale.ROOT);
      text.append(label).append(": ");
      int start = text.length();
      text.append(turns[i]);
      int end = text.length();
      text.append("\n\n");
      turnList.add(
          new Turn(
              i + 1,
              label,
              interviewer ? Role.INTERVIEWER : Role.PARTICIPANT,
              Span.of(start, end),
              null));
      sentences.add(new Sentence(i + 1, i + 1, Span.of(start, end)));
    }
    String t = text.toString();
    return new Transcript(
        id,
        id,
        "txt",
        id,
        new SourceInfo(id + ".txt", "00", "UTF-8"),
        new CodePointText(t),
        Sha256.of(t),
        List.of(),
        turnList,
        sentences,
        10,
        List.of());
  }

  /** A coding of turn {@code turn} of {@code t}, whole, or its first {@code fraction}. */
  public static Coding turn(String coder, Transcript t, int turn, String code, double fraction) {
    Span span = t.turn(turn).span();
    int end = span.start() + (int) Math.round(span.length() * fraction);
    return coding(coder, t.id(), span.start(), end, code);
  }

  public static Coding turn(String coder, Transcript t, int turn, String code) {
    return turn(coder, t, turn, code, 1.0);
  }

  public static Coding coding(String coder, String doc, int start, int end, String code) {
    return new Coding(coder, doc, Span.of(start, end), code, "", T);
  }

  public static CodingSet set(List<Coding> codings, Transcript... transcripts) {
    Map<String, Transcript> byId = new TreeMap<>();
    for (Transcript t : transcripts) {
      byId.put(t.id(), t);
    }
    return new CodingSet(codings, byId);
  }
}
