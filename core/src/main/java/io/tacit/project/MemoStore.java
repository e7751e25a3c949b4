package io.tacit.project;

import io.tacit.BadInputException;
import io.tacit.coding.CodingCsv;
import io.tacit.memo.Memo;
import io.tacit.memo.MemoFile;
import io.tacit.memo.MemoTarget;
import io.tacit.text.Ids;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.UnitId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The project's memos: memos/TARGET.md, one Markdown file per transcript, unit, code or theme noted
 * on (see {@link MemoFile}). Entries are appended under the project lock and each file is replaced
 * atomically. Immutable; thread-safe through the lock.
 */
public final class MemoStore {
  public static final String DIR = "memos";

  private final Project project;
  private final Path dir;
  private final Clock clock;

  MemoStore(Project project, Clock clock) {
    this.project = project;
    this.dir = project.resolve(DIR);
    this.clock = clock;
  }

  /**
   * Appends a memo on {@code target}, which must exist: a transcript, a unit of one, a code of the
   * codebook, or a theme id.
   *
   * @param coder who writes it, or null
   * @return the memo as written
   * @throws BadInputException for an unknown target or coder id, or an empty memo
   */
  public Memo add(MemoTarget target, String text, @Nullable String coder) {
    if (coder != null) {
      Ids.require("coder", coder);
    }
    if (text.isBlank()) {
      throw new BadInputException("", "the memo is empty; give its text");
    }
    requireExists(target);
    String created = CodingCsv.formatCreated(clock.instant());
    Path file = dir.resolve(target.fileName());
    try (ProjectLock lock = project.lock()) {
      String existing = read(file);
      Optional<MemoTarget> title = MemoFile.titleOf(existing);
      if (!existing.isBlank() && title.isPresent() && !title.get().equals(target)) {
        throw new BadInputException(
            DIR + "/" + target.fileName(),
            "holds the memos on "
                + title.get()
                + ", not "
                + target
                + "; rename that file to add memos on "
                + target);
      }
      AtomicFiles.write(
          file, MemoFile.append(existing, target, created, coder == null ? "" : coder, text));
    }
    return new Memo(target, created, coder == null ? "" : coder, text.strip());
  }

  /**
   * The memo files with {@code memos} appended, for a caller that holds the lock and writes them
   * with others; a memo whose text its file already has is left out, so importing the same notes
   * twice adds them once.
   *
   * @return the new content of each file that changes
   * @throws BadInputException if a file holds the memos of another target
   */
  Map<Path, byte[]> appended(List<Memo> memos) {
    Map<Path, String> texts = new java.util.TreeMap<>();
    for (Memo m : memos) {
      Path file = dir.resolve(m.target().fileName());
      String existing = texts.containsKey(file) ? texts.get(file) : read(file);
      Optional<MemoTarget> title = MemoFile.titleOf(existing);
      if (!existing.isBlank() && title.isPresent() && !title.get().equals(m.target())) {
        throw new BadInputException(
            DIR + "/" + m.target().fileName(),
            "holds the memos on "
                + title.get()
                + ", not "
                + m.target()
                + "; rename that file first");
      }
      boolean known =
          MemoFile.read(m.target(), existing).stream()
              .anyMatch(e -> e.text().strip().equals(m.text().strip()));
      if (!known) {
        texts.put(file, MemoFile.append(existing, m.target(), m.created(), m.coder(), m.text()));
      }
    }
    Map<Path, byte[]> files = new java.util.LinkedHashMap<>();
    texts.forEach((f, t) -> files.put(f, t.getBytes(StandardCharsets.UTF_8)));
    return files;
  }

  /** Every memo, or those on one target; by file, then oldest first. */
  public List<Memo> list(@Nullable MemoTarget on) {
    List<Memo> memos = new ArrayList<>();
    if (on != null) {
      Path f = dir.resolve(on.fileName());
      String text = read(f);
      if (MemoFile.titleOf(text).map(on::equals).orElse(true)) {
        memos.addAll(MemoFile.read(on, text));
      }
      return memos;
    }
    for (Path f : files()) {
      String text = read(f);
      MemoTarget target =
          MemoFile.titleOf(text)
              .orElse(new MemoTarget(MemoTarget.Kind.FILE, f.getFileName().toString()));
      memos.addAll(MemoFile.read(target, text));
    }
    return memos;
  }

  /**
   * What a memo is about, in a line: a unit's text, a transcript's title, how many codings a code
   * has (and by whom); empty for a theme or a file.
   */
  public String context(MemoTarget target, Map<String, Transcript> transcripts, CodeUsage usage) {
    return switch (target.kind()) {
      case UNIT ->
          target
              .unit()
              .flatMap(u -> transcript(u.doc(), transcripts).flatMap(t -> t.unit(u)))
              .map(u -> u.text())
              .orElse("");
      case TRANSCRIPT -> transcript(target.id(), transcripts).map(Transcript::title).orElse("");
      case CODE ->
          usage.total(target.id())
              + " codings"
              + (usage.byCoder(target.id()).isEmpty()
                  ? ""
                  : " ("
                      + usage.byCoder(target.id()).entrySet().stream()
                          .map(e -> e.getKey() + " " + e.getValue())
                          .collect(Collectors.joining(", "))
                      + ")");
      case THEME, FILE -> "";
    };
  }

  private Optional<Transcript> transcript(String id, Map<String, Transcript> cache) {
    Transcript t = cache.get(id);
    if (t == null) {
      Optional<Transcript> found = project.transcripts().find(id);
      found.ifPresent(x -> cache.put(id, x));
      return found;
    }
    return Optional.of(t);
  }

  private void requireExists(MemoTarget target) {
    switch (target.kind()) {
      case TRANSCRIPT -> project.transcripts().load(target.id());
      case UNIT -> {
        UnitId id = target.unit().orElseThrow();
        Transcript t = project.transcripts().load(id.doc());
        if (t.unit(id).isEmpty()) {
          throw new BadInputException(
              "--on " + target,
              id.doc()
                  + " has no unit "
                  + id
                  + "; see `tacit show "
                  + id.doc()
                  + "` for the unit ids");
        }
      }
      case CODE -> project.codebook().load().requireCode(target.id(), "--on " + target);
      case THEME, FILE -> {}
    }
  }

  private List<Path> files() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + f + ": " + e.getMessage(), e);
    }
  }
}
