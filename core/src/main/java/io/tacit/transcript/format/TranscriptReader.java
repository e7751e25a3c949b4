package io.tacit.transcript.format;

/** Reads one kind of transcript file. Implementations are stateless and thread-safe. */
public interface TranscriptReader {

  /**
   * @throws io.tacit.BadInputException naming the file and line when the content cannot be read as
   *     a transcript of this format
   */
  ParsedTranscript read(SourceFile source);
}
