package io.tacit.transcript.format;

import io.tacit.BadInputException;
import io.tacit.text.DecodedText;
import io.tacit.text.TextDecoder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain-text transcripts as typists and transcription services write them: speaker labels in
 * one of several styles ({@code Interviewer:}, {@code [P01]}, Otter's {@code Name 0:06}, Rev's
 * {@code Name (00:00):}, whisperX's {@code [SPEAKER_00]:}), timestamps in many forms, a header
 * before the first label. Refuses a Zoom chat export. Stateless and thread-safe.
 */
public final class PlainTextReader implements TranscriptReader {

  @Override
  public ParsedTranscript read(SourceFile source) {
    DecodedText decoded = TextDecoder.decode(source.name(), source.bytes());
    List<String> lines = TextLines.split(decoded.text());
    ZoomChat.refuse(source.name(), lines);
    LabelledText.Result result = LabelledText.parse(lines);
    if (result.turns().isEmpty()) {
      throw new BadInputException(
          source.name(),
          "found speaker labels but no text after them;"
              + " check that this is the whole transcript");
    }
    List<String> warnings = new ArrayList<>(decoded.warnings());
    warnings.addAll(result.warnings());
    return new ParsedTranscript(
        TranscriptFormat.TXT, decoded.encoding(), result.header(), result.turns(), warnings);
  }
}
