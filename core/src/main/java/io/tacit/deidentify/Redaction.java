package io.tacit.deidentify;

import io.tacit.text.CodePointText;
import io.tacit.text.Sha256;
import io.tacit.text.Span;
import io.tacit.transcript.Sentence;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Turn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A transcript with its accepted replacements made: the canonical text edited, each turn's speaker
 * label and span and each sentence's span carried over (so unit ids such as {@code p01:s45} still
 * name the same turn and sentence, and memos and decision trails that name units stay true), the
 * title and header lines given the same replacements, and the text's hash renewed. The source file,
 * its hash and the format stay as imported: they are the transcript's provenance. Immutable.
 *
 * @param transcript the de-identified transcript
 * @param offsets carries offsets of the old text (codings) to the new
 */
public record Redaction(Transcript transcript, OffsetMap offsets) {

  /**
   * Makes the edits, which must not overlap each other and must each lie inside one speaker label
   * or one turn's text.
   *
   * @return empty with {@code problem} describing the first edit that breaks that rule
   */
  public static Optional<Redaction> of(Transcript t, List<Edit> edits, List<String> problem) {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparing(Edit::span));
    for (int i = 0; i < sorted.size(); i++) {
      Span s = sorted.get(i).span();
      if (i > 0 && sorted.get(i - 1).span().end() > s.start()) {
        problem.add("replacements at " + sorted.get(i - 1).span() + " and " + s + " overlap");
        return Optional.empty();
      }
      if (t.turns().stream()
          .noneMatch(
              turn ->
                  turn.span().contains(s)
                      || (!turn.speaker().isEmpty() && SpeakerNames.labelSpan(turn).contains(s)))) {
        problem.add("the replacement at " + s + " is not inside one speaker label or one turn");
        return Optional.empty();
      }
    }
    OffsetMap map = new OffsetMap(sorted);
    StringBuilder text = new StringBuilder();
    CodePointText old = t.text();
    int at = 0;
    for (Edit e : sorted) {
      text.append(old.substring(Span.of(at, e.span().start()))).append(e.replacement());
      at = e.span().end();
    }
    text.append(old.substring(Span.of(at, old.length())));
    CodePointText edited = new CodePointText(text.toString());

    List<Turn> turns = new ArrayList<>();
    for (Turn turn : t.turns()) {
      Span span = map.map(turn.span());
      String speaker = turn.speaker();
      if (!speaker.isEmpty()) {
        Span label = map.map(SpeakerNames.labelSpan(turn));
        speaker = edited.substring(label);
      }
      turns.add(new Turn(turn.number(), speaker, turn.role(), span, turn.time()));
    }
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : t.sentences()) {
      sentences.add(new Sentence(s.number(), s.turn(), map.map(s.span())));
    }
    List<String> header = t.header().stream().map(h -> replaceIn(h, sorted)).toList();
    Transcript result =
        new Transcript(
            t.id(),
            replaceIn(t.title(), sorted),
            t.format(),
            t.participant(),
            t.source(),
            edited,
            Sha256.of(edited.text()),
            header,
            turns,
            sentences,
            t.words(),
            t.warnings());
    return Optional.of(new Redaction(result, map));
  }

  /** A line outside the canonical text (the title, a header line) with the same replacements. */
  static String replaceIn(String line, List<Edit> edits) {
    List<Edit> longestFirst = new ArrayList<>(edits);
    longestFirst.sort(
        Comparator.comparingInt((Edit e) -> -e.original().length()).thenComparing(Edit::original));
    String result = line;
    for (Edit e : longestFirst) {
      result =
          Pattern.compile(
                  "(?<![\\p{L}\\p{N}])" + Pattern.quote(e.original()) + "(?![\\p{L}\\p{N}])",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
              .matcher(result)
              .replaceAll(java.util.regex.Matcher.quoteReplacement(e.replacement()));
    }
    return result;
  }
}
