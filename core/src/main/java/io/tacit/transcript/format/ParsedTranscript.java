package io.tacit.transcript.format;

import java.util.List;

/**
 * What a reader found in a transcript file. Immutable.
 *
 * @param format the format that read it
 * @param encoding the text encoding of the source ("UTF-8", "windows-1252", "docx", ...)
 * @param header lines before the first speaker turn (title, date, notes), kept apart from the turns
 * @param turns the speaker turns in order, at least one
 * @param warnings what the researcher should check, e.g. "no speaker labels"
 */
public record ParsedTranscript(
    TranscriptFormat format,
    String encoding,
    List<String> header,
    List<RawTurn> turns,
    List<String> warnings) {
  public ParsedTranscript {
    header = List.copyOf(header);
    turns = List.copyOf(turns);
    warnings = List.copyOf(warnings);
    if (turns.isEmpty()) {
      throw new IllegalArgumentException("a transcript needs at least one turn");
    }
  }
}
