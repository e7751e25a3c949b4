package io.tacit.project;

import io.tacit.text.CodePointText;
import io.tacit.text.Ids;
import io.tacit.text.Span;
import io.tacit.transcript.Role;
import io.tacit.transcript.Sentence;
import io.tacit.transcript.SourceInfo;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Turn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Transcripts in the derived cache, {@code .tacit/cache/transcripts/ID.bin}: what reading
 * transcripts/ID.json yields, and the content keys (CRC-32C and length) of the .json and the .txt
 * it was read with. An entry is written only after the text's SHA-256 matched the hash its JSON
 * records, so an entry whose keys match the bytes on disk stands for a transcript that would load
 * without error, and gives the same {@link Transcript} as parsing and hashing would. Thread-safe.
 */
final class TranscriptCache {
  private static final String KIND = "tr";
  private static final String FOLDER = "transcripts";

  private static final Role[] ROLES = Role.values();
  private static final List<String> LABELS =
      java.util.Arrays.stream(ROLES).map(Role::label).toList();

  private final DerivedCache cache;

  TranscriptCache(DerivedCache cache) {
    this.cache = cache;
  }

  /**
   * The transcript {@code id} as the entry has it, when the entry was made from exactly the bytes
   * that {@code json} and {@code txt} hold now.
   */
  Optional<Transcript> find(String id, Path json, Path txt) {
    if (!Ids.isValid(id)) {
      return Optional.empty();
    }
    return cache.find(
        cache.entry(FOLDER, id),
        KIND,
        in -> {
          if (in.readLong() != CacheFile.key(json)) {
            return Optional.empty();
          }
          byte[] bytes = Files.readAllBytes(txt);
          if (in.readLong() != CacheFile.key(bytes)) {
            return Optional.empty();
          }
          // The bytes hashed as the JSON says when the entry was made, so they are UTF-8.
          return Optional.of(decode(in, new String(bytes, StandardCharsets.UTF_8)));
        });
  }

  /** Records transcript {@code id} as read, and checked, from JSON and text with these keys. */
  void put(String id, long jsonKey, long textKey, Transcript t) {
    if (!Ids.isValid(id)) {
      return;
    }
    CacheFile.Out out = new CacheFile.Out();
    out.writeLong(jsonKey).writeLong(textKey);
    encode(t, out);
    cache.write(cache.entry(FOLDER, id), KIND, out);
  }

  static void encode(Transcript t, CacheFile.Out out) {
    out.writeString(t.id())
        .writeString(t.title())
        .writeString(t.format())
        .writeString(t.participant())
        .writeString(t.source().file())
        .writeString(t.source().sha256())
        .writeString(t.source().encoding())
        .writeString(t.textSha256())
        .writeInt(t.words())
        .writeStrings(t.header())
        .writeStrings(t.warnings());
    out.writeInt(t.turns().size());
    for (Turn u : t.turns()) {
      out.writeInt(u.number())
          .writeString(u.speaker())
          .writeString(u.role().label())
          .writeInt(u.span().start())
          .writeInt(u.span().end())
          .writeTime(u.time());
    }
    out.writeInt(t.sentences().size());
    for (Sentence s : t.sentences()) {
      out.writeInt(s.number())
          .writeInt(s.turn())
          .writeInt(s.span().start())
          .writeInt(s.span().end());
    }
  }

  /**
   * The transcript an entry holds, built as {@link TranscriptDocument#toTranscript} builds it.
   *
   * @throws RuntimeException if the entry's values break a record's rules
   */
  static Transcript decode(CacheFile.In in, String text) throws CacheFile.Corrupt {
    String id = in.readString();
    String title = in.readString();
    String format = in.readString();
    String participant = in.readString();
    SourceInfo source = new SourceInfo(in.readString(), in.readString(), in.readString());
    String textSha256 = in.readString();
    int words = in.readInt();
    List<String> header = List.of(in.readStrings());
    List<String> warnings = List.of(in.readStrings());
    Turn[] turns = new Turn[in.readCount(4 * 5 + 1)];
    for (int i = 0; i < turns.length; i++) {
      turns[i] =
          new Turn(
              in.readInt(),
              in.readString(),
              role(in.readString()),
              Span.of(in.readInt(), in.readInt()),
              in.readTime());
    }
    Sentence[] sentences = new Sentence[in.readCount(4 * 4)];
    for (int i = 0; i < sentences.length; i++) {
      sentences[i] = new Sentence(in.readInt(), in.readInt(), Span.of(in.readInt(), in.readInt()));
    }
    in.end();
    return new Transcript(
        id,
        title,
        format,
        participant,
        source,
        new CodePointText(text),
        textSha256,
        header,
        List.of(turns),
        List.of(sentences),
        words,
        warnings);
  }

  /** The role written as {@link Role#label}, as {@link Role#ofLabel} reads it back. */
  private static Role role(String label) throws CacheFile.Corrupt {
    int i = LABELS.indexOf(label);
    if (i < 0) {
      throw new CacheFile.Corrupt("no role is called " + label);
    }
    return ROLES[i];
  }
}
