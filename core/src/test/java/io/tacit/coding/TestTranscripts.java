package io.tacit.coding;

import io.tacit.text.CodePointText;
import io.tacit.text.Sha256;
import io.tacit.text.Span;
import io.tacit.transcript.Role;
import io.tacit.transcript.Sentence;
import io.tacit.transcript.SourceInfo;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small transcripts built in memory: turns alternate interviewer and participant, one sentence
 * each.
 */
final class TestTranscripts {
  private TestTranscripts() {}

  static Transcript of(String id, String... turns) {
    StringBuilder text = new StringBuilder();
    List<Turn> turnList = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < turns.length; i++) {
      boolean interviewer = i % 2 == 0;
      String label = interviewer ? "Interviewer" : id.toUpperCase(Locale.ROOT);
      text.append(label).append(": ");
      int start = text.codePointCount(0, text.length());
      text.append(turns[i]);
      int end = text.codePointCount(0, text.length());
      text.append(i == turns.length - 1 ? "\n" : "\n\n");
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
}
