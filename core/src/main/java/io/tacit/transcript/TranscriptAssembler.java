package io.tacit.transcript;

import io.tacit.nlp.SentenceSplitter;
import io.tacit.nlp.TextSpan;
import io.tacit.text.CodePointText;
import io.tacit.text.Sha256;
import io.tacit.text.Span;
import io.tacit.transcript.format.ParsedTranscript;
import io.tacit.transcript.format.RawTurn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns what a reader found into a stored transcript: lays out the canonical text (one paragraph
 * per turn, {@code Speaker: } before it, a blank line between turns), assigns roles, and splits
 * sentences in one CoreNLP pass over the whole text. Thread-safe if the splitter is.
 */
public final class TranscriptAssembler {
  private final SentenceSplitter splitter;

  public TranscriptAssembler(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  /**
   * @param id the transcript id (already checked against the ID rule)
   * @param participant the participant the transcript belongs to
   */
  public Transcript assemble(
      String id,
      String participant,
      SourceInfo source,
      ParsedTranscript parsed,
      SpeakerRoles speakerRoles) {
    List<String> warnings = new ArrayList<>(parsed.warnings());
    Map<String, Role> roles = speakerRoles.assign(parsed.turns(), warnings);

    StringBuilder text = new StringBuilder();
    // The same text with labels blanked out, so that no sentence starts with "P01:".
    StringBuilder analysed = new StringBuilder();
    List<int[]> charSpans = new ArrayList<>();
    for (RawTurn raw : parsed.turns()) {
      if (text.length() > 0) {
        text.append("\n\n");
        analysed.append("\n\n");
      }
      String label = raw.speaker().isEmpty() ? "" : raw.speaker() + ": ";
      text.append(label);
      analysed.append(" ".repeat(label.length()));
      String body = tidy(raw.text());
      int begin = text.length();
      text.append(body);
      analysed.append(body);
      charSpans.add(new int[] {begin, text.length()});
    }
    text.append('\n');
    analysed.append('\n');
    CodePointText canonical = new CodePointText(text.toString());

    List<Turn> turns = new ArrayList<>();
    for (int i = 0; i < charSpans.size(); i++) {
      RawTurn raw = parsed.turns().get(i);
      Span span =
          Span.of(
              canonical.toCodePointOffset(charSpans.get(i)[0]),
              canonical.toCodePointOffset(charSpans.get(i)[1]));
      turns.add(new Turn(i + 1, raw.speaker(), roles.get(raw.speaker()), span, raw.time()));
    }

    List<Sentence> sentences = new ArrayList<>();
    int words = 0;
    int turnIndex = 0;
    for (TextSpan s : splitter.split(analysed.toString())) {
      while (turnIndex < charSpans.size() - 1 && s.begin() >= charSpans.get(turnIndex)[1]) {
        turnIndex++;
      }
      int begin = Math.max(s.begin(), charSpans.get(turnIndex)[0]);
      int end = Math.min(s.end(), charSpans.get(turnIndex)[1]);
      if (end <= begin) {
        continue;
      }
      sentences.add(
          new Sentence(
              sentences.size() + 1,
              turnIndex + 1,
              Span.of(canonical.toCodePointOffset(begin), canonical.toCodePointOffset(end))));
      words += s.words();
    }

    String title = parsed.header().isEmpty() ? id : parsed.header().get(0).strip();
    return new Transcript(
        id,
        title,
        parsed.format().label(),
        participant,
        source,
        canonical,
        Sha256.of(canonical.text()),
        parsed.header(),
        turns,
        sentences,
        words,
        warnings);
  }

  /** One paragraph break at most inside a turn, so that blank lines only ever separate turns. */
  private static String tidy(String body) {
    return body.strip().replaceAll("[ \\t]*\\n\\s*\\n\\s*", "\n");
  }
}
