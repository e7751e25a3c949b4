package io.tacit.exchange;

import io.tacit.BadInputException;
import io.tacit.ProblemList;
import io.tacit.exchange.QdeProject.Kind;
import io.tacit.exchange.QdeProject.Source;
import io.tacit.text.Sha256;
import io.tacit.transcript.SourceInfo;
import io.tacit.transcript.SpeakerRoles;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.TranscriptAssembler;
import io.tacit.transcript.format.ParsedTranscript;
import io.tacit.transcript.format.SourceFile;
import io.tacit.transcript.format.TranscriptFormat;
import io.tacit.transcript.format.TranscriptFormats;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The text sources of a project made into transcripts, through the same plain-text reader and
 * assembler as {@code tacit import}, each with its {@link SourceAlignment}. A source whose
 * transcript the study has with the same text reuses it; with other text it is a problem. Mutable:
 * notes problems and warnings in the lists it is given.
 */
final class TextSources {
  private final QdpxArchive archive;
  private final String where;
  private final Function<String, Optional<Transcript>> existing;
  private final TranscriptAssembler assembler;
  private final ProblemList problems;
  private final List<String> warnings;

  TextSources(
      QdpxArchive archive,
      String where,
      Function<String, Optional<Transcript>> existing,
      TranscriptAssembler assembler,
      ProblemList problems,
      List<String> warnings) {
    this.archive = archive;
    this.where = where;
    this.existing = existing;
    this.assembler = assembler;
    this.problems = problems;
    this.warnings = warnings;
  }

  /** Each text source read, made a transcript and aligned; problems and warnings noted. */
  List<ReadSource> read(QdeProject qde) {
    List<ReadSource> read = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Source s : qde.sources()) {
      if (s.kind() != Kind.TEXT) {
        warnings.add(
            "source \""
                + s.name()
                + "\" ("
                + s.kind().name().toLowerCase(java.util.Locale.ROOT)
                + ", "
                + s.uncarried()
                + (s.uncarried() == 1 ? " coding" : " codings")
                + ") was skipped: Tacit"
                + " imports text sources only");
        continue;
      }
      if (s.uncarried() > 0) {
        warnings.add(
            "source \""
                + s.name()
                + "\": "
                + s.uncarried()
                + " coding(s) of the whole"
                + " source were left out: Tacit codes spans of text");
      }
      String at = where + ":" + s.line();
      Optional<byte[]> bytes =
          s.plainText() != null
              ? Optional.of(s.plainText().getBytes(StandardCharsets.UTF_8))
              : s.plainTextPath() == null ? Optional.empty() : archive.source(s.plainTextPath());
      if (bytes.isEmpty()) {
        problems.add(
            at,
            "text source \""
                + s.name()
                + "\" has no plain text"
                + (s.plainTextPath() == null
                    ? ""
                    : " (" + s.plainTextPath() + " is not in the" + " archive)")
                + "; export the project again with its sources");
        continue;
      }
      String raw;
      try {
        raw =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.get()))
                .toString();
      } catch (CharacterCodingException e) {
        problems.add(
            at,
            "the plain text of source \""
                + s.name()
                + "\" is not UTF-8, as"
                + " REFI-QDA requires; export the project again");
        continue;
      }
      String id = transcriptId(s, ids);
      String file = s.plainTextPath() == null ? s.name() : s.plainTextPath();
      Transcript t;
      try {
        ParsedTranscript parsed =
            TranscriptFormats.read(new SourceFile(id + ".txt", bytes.get()), TranscriptFormat.TXT);
        SourceInfo info =
            new SourceInfo(archive.name() + ":" + file, Sha256.of(bytes.get()), parsed.encoding());
        t = assembler.assemble(id, id, info, parsed, SpeakerRoles.withInterviewers(List.of()));
      } catch (BadInputException e) {
        e.problems().forEach(p -> problems.add(at, "source \"" + s.name() + "\": " + p.message()));
        continue;
      }
      boolean isNew = true;
      Optional<Transcript> old = existing.apply(id);
      if (old.isPresent()) {
        if (!old.get().textSha256().equals(t.textSha256())) {
          problems.add(
              at,
              "source \""
                  + s.name()
                  + "\" would be transcript \""
                  + id
                  + "\", which"
                  + " the study already has with different text; import the project into a new"
                  + " study, or rename the source in the tool that exported it");
          continue;
        }
        t = old.get();
        isNew = false;
      }
      read.add(new ReadSource(s, t, isNew, new SourceAlignment(raw, t.text())));
    }
    return read;
  }

  /** The source's name without extension, made an id; a second "Interview 1" is interview-1-2. */
  private static String transcriptId(Source s, Set<String> taken) {
    String stem = s.name().replaceFirst("(?i)\\.(txt|docx?|rtf|odt)$", "");
    return ExchangeIds.unique(stem, "source-" + s.guid(), taken);
  }
}
