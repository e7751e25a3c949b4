package io.tacit.report;

import io.tacit.codebook.Codebook;
import io.tacit.coding.Coding;
import io.tacit.participant.ParticipantTable;
import io.tacit.theme.Themes;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.UnitType;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything a report is made from, already read and checked. Immutable.
 *
 * @param title the report's title
 * @param timestamp when it was made, printed only when given (reports are otherwise byte-identical
 *     for the same inputs)
 * @param project the study's name
 * @param coder whose codings the themes, quotes and matrix come from
 * @param leadCoder the lead coder of tacit.yaml, if any
 * @param unit the unit of analysis
 * @param transcripts every transcript of the study
 * @param participants participant attributes
 * @param codebook the study's codebook, with its changelog
 * @param codings every coder's codings, by coder
 * @param themes the researchers' themes
 * @param decisions the consensus decisions sheet of {@code coder}, if it has one
 * @param inputs the files read, with their SHA-256
 */
public record ReportInput(
    String title,
    @Nullable String timestamp,
    String project,
    String coder,
    @Nullable String leadCoder,
    UnitType unit,
    List<Transcript> transcripts,
    ParticipantTable participants,
    Codebook codebook,
    Map<String, List<Coding>> codings,
    Themes themes,
    @Nullable Decisions decisions,
    List<InputFile> inputs) {

  public ReportInput {
    transcripts = List.copyOf(transcripts);
    Map<String, List<Coding>> sorted = new TreeMap<>();
    codings.forEach((c, list) -> sorted.put(c, List.copyOf(list)));
    codings = Collections.unmodifiableMap(sorted);
    inputs = inputs.stream().sorted(java.util.Comparator.comparing(InputFile::path)).toList();
    if (!codings.containsKey(coder)) {
      throw new IllegalArgumentException("no codings of coder " + coder);
    }
  }

  /** A file the report was made from: its path in the project and the SHA-256 of its bytes. */
  public record InputFile(String path, String sha256, long bytes) {}
}
