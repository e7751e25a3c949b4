package io.tacit.project;

import io.tacit.BadInputException;
import io.tacit.text.Ids;
import io.tacit.text.Sha256;
import io.tacit.transcript.Transcript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * transcripts/ID.txt (the canonical text) and transcripts/ID.json (its structure). Reading checks
 * the text against its stored hash, because every coding's offsets depend on it never changing.
 */
public final class TranscriptStore {
  private final Path dir;
  private final TranscriptCache cache;

  TranscriptStore(Path dir, DerivedCache cache) {
    this.dir = dir;
    this.cache = new TranscriptCache(cache);
  }

  public boolean exists(String id) {
    return Files.exists(dir.resolve(id + ".json"));
  }

  /** Ids of every stored transcript, sorted. */
  public List<String> ids() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - 5))
          .filter(Ids::isValid)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Transcript> find(String id) {
    return exists(id) ? Optional.of(load(id)) : Optional.empty();
  }

  /**
   * @throws BadInputException if the transcript is missing, unreadable or its text was edited
   */
  public Transcript load(String id) {
    Path json = dir.resolve(id + ".json");
    Path txt = dir.resolve(id + ".txt");
    if (!Files.exists(json)) {
      throw new BadInputException(
          id,
          "no transcript \"" + id + "\" in this project; see" + " `tacit transcripts` for the ids");
    }
    Optional<Transcript> cached = cache.find(id, json, txt);
    if (cached.isPresent()) {
      return cached.get();
    }
    byte[] jsonBytes;
    byte[] bytes;
    try {
      jsonBytes = Files.readAllBytes(json);
    } catch (IOException e) {
      throw unreadable(id, e);
    }
    try {
      bytes = Files.readAllBytes(txt);
    } catch (IOException e) {
      // As before: a JSON file that cannot be read is reported first.
      try {
        TranscriptJson.read(jsonBytes, json);
      } catch (IOException jsonProblem) {
        throw unreadable(id, jsonProblem);
      }
      throw unreadable(id, e);
    }
    TranscriptDocument doc = parse(id, json, jsonBytes, txt, bytes);
    // The bytes are the ones import wrote (their hash says so), so they are valid UTF-8, and the
    // hash of the bytes is the hash of the text.
    Transcript t = doc.toTranscript(new String(bytes, StandardCharsets.UTF_8));
    cache.put(id, CacheFile.key(jsonBytes), CacheFile.key(bytes), t);
    return t;
  }

  /** Today's reading: the JSON parsed, the text's hash checked against it. */
  private static TranscriptDocument parse(
      String id, Path json, byte[] jsonBytes, Path txt, byte[] bytes) {
    try {
      TranscriptDocument doc = TranscriptJson.read(jsonBytes, json);
      if (!Sha256.of(bytes).equals(doc.textSha256())) {
        // Only text that is not UTF-8 cannot be read; any other mismatch is an edit.
        Files.readString(txt, StandardCharsets.UTF_8);
        throw new BadInputException(
            "transcripts/" + id + ".txt",
            "the text was changed after"
                + " import, so coding offsets no longer fit it; restore the file from version"
                + " control");
      }
      return doc;
    } catch (IOException e) {
      throw unreadable(id, e);
    }
  }

  private static BadInputException unreadable(String id, IOException e) {
    return new BadInputException(
        "transcripts/" + id + ".json",
        "cannot be read ("
            + e.getMessage()
            + "); restore it from version control or import the transcript again");
  }

  public List<Transcript> loadAll() {
    List<Transcript> all = new ArrayList<>();
    for (String id : ids()) {
      all.add(load(id));
    }
    return all;
  }

  /** Writes each transcript's two files atomically; the caller holds the project lock. */
  void saveAll(List<Transcript> transcripts) {
    AtomicFiles.writeAll(files(transcripts));
  }

  /** Each transcript's two files and their bytes, for a caller that writes them with others. */
  Map<Path, byte[]> files(List<Transcript> transcripts) {
    Map<Path, byte[]> files = new LinkedHashMap<>();
    for (Transcript t : transcripts) {
      files.put(dir.resolve(t.id() + ".txt"), t.text().text().getBytes(StandardCharsets.UTF_8));
      files.put(dir.resolve(t.id() + ".json"), render(t));
    }
    return files;
  }

  private static byte[] render(Transcript t) {
    try {
      return (ProjectFiles.JSON_WRITER.writeValueAsString(TranscriptDocument.of(t)) + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
