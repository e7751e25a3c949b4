package io.tacit.transcript.format;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.text.DecodedText;
import io.tacit.text.TextDecoder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads SubRip subtitles: numbered cues, {@code 00:00:01,200 --> 00:00:04,900}, text lines that may
 * start with {@code Name: } or {@code [Name] }, and formatting tags, which are dropped. Stateless
 * and thread-safe.
 */
public final class SrtReader implements TranscriptReader {
  private static final String EXPECTED = "hh:mm:ss,ttt --> hh:mm:ss,ttt";

  @Override
  public ParsedTranscript read(SourceFile source) {
    String file = source.name();
    DecodedText decoded = TextDecoder.decode(file, source.bytes());
    List<String> lines = TextLines.split(decoded.text());
    List<Problem> problems = new ArrayList<>();
    List<CueBlocks.Block> blocks = CueBlocks.read(file, lines, 0, List.of(), EXPECTED, problems);
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    List<Cue> cues = new ArrayList<>(blocks.size());
    for (CueBlocks.Block block : blocks) {
      String text = CueText.clean(String.join(" ", block.text()));
      if (!text.isEmpty()) {
        cues.add(new Cue(block.line(), block.start(), null, text));
      }
    }
    List<RawTurn> turns = CueTurns.assemble(cues);
    if (turns.isEmpty()) {
      throw new BadInputException(
          file, "the SubRip file has no cues with text; export the" + " transcript again");
    }
    return new ParsedTranscript(
        TranscriptFormat.SRT, decoded.encoding(), List.of(), turns, decoded.warnings());
  }
}
