package io.tacit.exchange;

import io.tacit.codebook.Codebook;
import io.tacit.coding.Coding;
import io.tacit.memo.Memo;
import io.tacit.participant.ParticipantTable;
import io.tacit.transcript.Transcript;
import java.util.List;

/**
 * What a study exports as a REFI-QDA project. Immutable.
 *
 * @param name the study's name
 * @param codebook its codebook
 * @param transcripts its transcripts
 * @param codings every coder's codings
 * @param memos every memo
 * @param participants the participants, whose {@code set} attribute becomes sets
 */
public record ExportInput(
    String name,
    Codebook codebook,
    List<Transcript> transcripts,
    List<Coding> codings,
    List<Memo> memos,
    ParticipantTable participants) {
  public ExportInput {
    transcripts = List.copyOf(transcripts);
    codings = List.copyOf(codings);
    memos = List.copyOf(memos);
  }
}
