package io.tacit.transcript.format;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.text.DecodedText;
import io.tacit.text.TextDecoder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads WebVTT transcripts as Zoom ({@code Name: text} in the cues) and Microsoft Teams ({@code <v
 * Name>text</v>} voice spans, {@code GUID/N-M} cue ids, unpadded legacy times) write them. Cue ids
 * are not needed: consecutive cues of one speaker form one turn whatever their ids. Stateless and
 * thread-safe.
 */
public final class WebVttReader implements TranscriptReader {
  private static final String EXPECTED = "hh:mm:ss.ttt --> hh:mm:ss.ttt";
  private static final List<String> SKIPPED = List.of("NOTE", "STYLE", "REGION");

  @Override
  public ParsedTranscript read(SourceFile source) {
    String file = source.name();
    DecodedText decoded = TextDecoder.decode(file, source.bytes());
    List<String> lines = TextLines.split(decoded.text());
    String first = lines.isEmpty() ? "" : lines.get(0);
    if (!first.startsWith("WEBVTT")
        || (first.length() > 6 && !TextLines.isSpace(first.charAt(6)))) {
      throw new BadInputException(
          file + ":1",
          "not a WebVTT file: the first line must be"
              + " \"WEBVTT\"; export the transcript again as .vtt, or import it with --format txt");
    }
    List<String> header = new ArrayList<>();
    int body = 1;
    while (body < lines.size() && !TextLines.isBlank(lines.get(body))) {
      header.add(TextLines.trim(lines.get(body)));
      body++;
    }
    List<Problem> problems = new ArrayList<>();
    List<CueBlocks.Block> blocks = CueBlocks.read(file, lines, body, SKIPPED, EXPECTED, problems);
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    List<Cue> cues = new ArrayList<>(blocks.size());
    for (CueBlocks.Block block : blocks) {
      for (CueText.Voiced part : CueText.voices(block.text())) {
        cues.add(new Cue(block.line(), block.start(), part.voice(), part.text()));
      }
    }
    List<RawTurn> turns = CueTurns.assemble(cues);
    if (turns.isEmpty()) {
      throw new BadInputException(
          file, "the WebVTT file has no cues with text; export the" + " transcript again");
    }
    return new ParsedTranscript(
        TranscriptFormat.VTT, decoded.encoding(), header, turns, decoded.warnings());
  }
}
