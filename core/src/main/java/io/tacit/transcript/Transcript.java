package io.tacit.transcript;

import io.tacit.text.CodePointText;
import io.tacit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One imported transcript: its canonical text (which never changes after import), speaker turns and
 * sentences. Offsets are code points into {@link #text()}. Immutable and thread-safe.
 *
 * @param id transcript id, following the ID rule
 * @param title a human title (first header line, or the id)
 * @param format the format it was imported from ("txt", "vtt", ...)
 * @param participant the id of the participant it belongs to
 * @param source the source file, its hash and encoding
 * @param text the canonical text: NFC, LF, one paragraph per turn
 * @param textSha256 SHA-256 of the canonical text's UTF-8 bytes; codings are checked against it
 * @param header lines before the first turn in the source
 * @param turns speaker turns in order
 * @param sentences sentences in order, each inside one turn
 * @param words number of word tokens (punctuation excluded)
 * @param warnings what the researcher should check about the import
 */
public record Transcript(
    String id,
    String title,
    String format,
    String participant,
    SourceInfo source,
    CodePointText text,
    String textSha256,
    List<String> header,
    List<Turn> turns,
    List<Sentence> sentences,
    int words,
    List<String> warnings) {

  public Transcript {
    header = List.copyOf(header);
    turns = List.copyOf(turns);
    sentences = List.copyOf(sentences);
    warnings = List.copyOf(warnings);
  }

  public String text(Span span) {
    return text.substring(span);
  }

  public Turn turn(int number) {
    return turns.get(number - 1);
  }

  public long participantTurns() {
    return turns.stream().filter(t -> t.role() == Role.PARTICIPANT).count();
  }

  /** Distinct speaker labels, sorted. */
  public List<String> speakers() {
    TreeSet<String> names = new TreeSet<>();
    turns.forEach(t -> names.add(t.speaker()));
    return List.copyOf(names);
  }

  /** Coding units of one type, participant units only unless {@code includeInterviewer}. */
  public List<Unit> units(UnitType type, boolean includeInterviewer) {
    List<Unit> units = new ArrayList<>();
    if (type == UnitType.TURN) {
      for (Turn t : turns) {
        if (includeInterviewer || t.role() == Role.PARTICIPANT) {
          units.add(unitOf(t));
        }
      }
    } else {
      for (Sentence s : sentences) {
        Turn t = turn(s.turn());
        if (includeInterviewer || t.role() == Role.PARTICIPANT) {
          units.add(unitOf(s));
        }
      }
    }
    return units;
  }

  /** The unit with this id, if this transcript has it. */
  public Optional<Unit> unit(UnitId id) {
    if (!id.doc().equals(this.id)) {
      return Optional.empty();
    }
    if (id.type() == UnitType.TURN) {
      return id.number() <= turns.size()
          ? Optional.of(unitOf(turn(id.number())))
          : Optional.empty();
    }
    return id.number() <= sentences.size()
        ? Optional.of(unitOf(sentences.get(id.number() - 1)))
        : Optional.empty();
  }

  private Unit unitOf(Turn t) {
    return new Unit(
        new UnitId(id, UnitType.TURN, t.number()), t.speaker(), t.role(), t.span(), text(t.span()));
  }

  private Unit unitOf(Sentence s) {
    Turn t = turn(s.turn());
    return new Unit(
        new UnitId(id, UnitType.SENTENCE, s.number()),
        t.speaker(),
        t.role(),
        s.span(),
        text(s.span()));
  }
}
