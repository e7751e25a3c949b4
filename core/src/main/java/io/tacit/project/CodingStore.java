package io.tacit.project;

import io.tacit.ProblemList;
import io.tacit.codebook.Codebook;
import io.tacit.coding.Coding;
import io.tacit.coding.CodingCheck;
import io.tacit.coding.CodingCsv;
import io.tacit.coding.CodingSet;
import io.tacit.coding.CodingTable;
import io.tacit.coding.Suggestion;
import io.tacit.text.Ids;
import io.tacit.text.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Every coder's codings, one file each: {@code coding/CODER.csv} (see {@link CodingCsv}). Reading
 * checks every coding against the transcripts and the codebook and reports every problem at its
 * file and line; writing happens under the project lock, checks what is new, and replaces the file
 * atomically, so two commands adding codings at once both keep theirs. Adding a coding that is
 * already there (same doc, span and code) changes nothing. Immutable; thread-safe through the lock.
 */
public final class CodingStore {
  public static final String DIR = "coding";

  /** The {@link #version} of a coder's file that does not exist yet. */
  public static final String NO_FILE = "none";

  private final Project project;
  private final Path dir;
  private final Clock clock;
  private final CodingCache cache;

  /**
   * What a write did: codings added, codings removed, and codings asked to be added that were
   * already there, or asked to be removed that were not.
   */
  public record Change(int added, int removed, int unchanged) {}

  /** What a write did, and the version of the coder's file it left (see {@link #version}). */
  public record Versioned(Change change, String version) {}

  /** What moving codings from one coder to another did. */
  public record Transfer(int moved, int alreadyThere) {}

  CodingStore(Project project, Clock clock) {
    this.project = project;
    this.dir = project.resolve(DIR);
    this.clock = clock;
    this.cache = new CodingCache(new DerivedCache(project.derivedDir()));
  }

  /** Now, to the second: the {@code created} time of codings made by this command. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * @throws io.tacit.BadInputException if {@code coder} breaks the ID rule ({@code ../x})
   */
  public Path file(String coder) {
    return dir.resolve(Ids.require("coder", coder) + ".csv");
  }

  /** {@code coding/lead.csv}, for messages. */
  public static String location(String coder) {
    return DIR + "/" + coder + ".csv";
  }

  public boolean exists(String coder) {
    return Files.isRegularFile(file(coder));
  }

  /** The coders with a file, sorted. */
  public List<String> coders() {
    return files().stream().map(CodingStore::coderOf).filter(Ids::isValid).toList();
  }

  /** Every {@code coding/*.csv}, sorted, including any whose name is not a coder id. */
  public List<Path> files() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".csv"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String coderOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".csv".length());
  }

  // --- The files as written, for views that need only codes and offsets ---

  /**
   * Every coder's file as written, by coder, without checking against transcripts or codebook.
   *
   * @throws io.tacit.BadInputException listing every unreadable file and row, and every file whose
   *     name is not a coder id
   */
  public Map<String, CodingTable> tables() {
    ProblemList problems = new ProblemList();
    misnamed(problems);
    Map<String, CodingTable> tables = new TreeMap<>();
    for (String coder : coders()) {
      tables.put(coder, table(coder, problems));
    }
    problems.throwIfAny();
    return tables;
  }

  /** A problem for each coding file whose name is not a coder id. */
  private void misnamed(ProblemList problems) {
    for (Path f : files()) {
      String coder = coderOf(f);
      if (!Ids.isValid(coder)) {
        problems.add(
            DIR + "/" + f.getFileName(), Ids.describe("coder", coder) + "; rename the file");
      }
    }
  }

  CodingTable table(String coder, ProblemList problems) {
    String location = location(coder);
    Path f = file(coder);
    if (!Files.exists(f)) {
      return CodingTable.read(location, "", problems);
    }
    Optional<CodingTable> cached = cache.find(coder, f, location);
    if (cached.isPresent()) {
      return cached.get();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + f + ": " + e.getMessage(), e);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      problems.add(
          location, "is not UTF-8 text; save it as UTF-8, or restore it from version" + " control");
      return CodingTable.read(location, "", problems);
    }
    ProblemList found = new ProblemList();
    CodingTable table = CodingTable.read(location, text, found);
    if (found.isEmpty()) {
      cache.put(coder, CacheFile.key(bytes), table);
    }
    problems.addAll(found);
    return table;
  }

  /** How many codings each coder has for each code. */
  public CodeUsage usage() {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    tables()
        .forEach(
            (coder, table) ->
                table
                    .rows()
                    .forEach(
                        r ->
                            counts
                                .computeIfAbsent(table.code(r), k -> new HashMap<>())
                                .merge(coder, 1, Integer::sum)));
    return new CodeUsage(counts);
  }

  /** The transcripts any coder's coding points into, sorted. */
  public Set<String> codedTranscripts() {
    Set<String> docs = new TreeSet<>();
    tables().values().forEach(t -> t.rows().forEach(r -> docs.add(t.doc(r))));
    return docs;
  }

  /**
   * Whether a person codes as {@code coder}: the lead coder, or a coder with codings that are not
   * unaccepted suggestions. Suggestions are never written into such a coder's file unasked.
   */
  public boolean isHuman(String coder) {
    if (coder.equals(project.settings().leadCoder())) {
      return true;
    }
    ProblemList problems = new ProblemList();
    CodingTable table = table(coder, problems);
    problems.throwIfAny();
    return table.rows().stream().anyMatch(r -> !Suggestion.isSuggested(table.memo(r)));
  }

  // --- Checked codings ---

  /**
   * One coder's codings, each checked; empty for a coder without a file.
   *
   * @throws io.tacit.BadInputException listing every problem in the file, each at its line
   */
  public List<Coding> load(String coder) {
    return load(List.of(coder)).codings();
  }

  /** The codings of every coder, each checked, with the transcripts they point into. */
  public CodingSet loadAll() {
    ProblemList problems = new ProblemList();
    misnamed(problems);
    return load(coders(), problems);
  }

  /** The codings of these coders, each checked, with the transcripts they point into. */
  public CodingSet load(Collection<String> coders) {
    return load(coders, new ProblemList());
  }

  private CodingSet load(Collection<String> coders, ProblemList problems) {
    coders.forEach(c -> Ids.require("coder", c));
    CodingCheck check = check();
    List<String> sorted = List.copyOf(new TreeSet<>(coders));
    // Each coder's file parses on its own core; problems keep the coders' order.
    List<ProblemList> found = sorted.stream().map(c -> new ProblemList()).toList();
    List<CodingTable> tables =
        IntStream.range(0, sorted.size())
            .parallel()
            .mapToObj(i -> table(sorted.get(i), found.get(i)))
            .toList();
    found.forEach(problems::addAll);
    Set<String> docs = new HashSet<>();
    tables.forEach(t -> t.rows().forEach(r -> docs.add(t.doc(r))));
    check.preload(docs);
    List<Coding> all = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      all.addAll(check.codings(sorted.get(i), tables.get(i), null, problems));
    }
    problems.throwIfAny();
    return new CodingSet(all, check.loaded());
  }

  CodingCheck check() {
    Codebook codebook = project.codebook().load();
    TranscriptStore transcripts = project.transcripts();
    return new CodingCheck(codebook, transcripts::find);
  }

  /**
   * The version of the coder's file as it is now: the SHA-256 of its bytes, or {@link #NO_FILE}
   * while it does not exist. A reader keeps it and hands it back to {@link #update(String, String,
   * UnaryOperator)}, which refuses the write if the file changed in between.
   */
  public String version(String coder) {
    Path f = file(coder);
    try {
      return Files.exists(f) ? Sha256.of(Files.readAllBytes(f)) : NO_FILE;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + f + ": " + e.getMessage(), e);
    }
  }

  // --- Writing, under the lock ---

  /**
   * Adds codings to the coder's file; those already there (same doc, span and code) are left as
   * they are.
   *
   * @throws io.tacit.BadInputException if the file or any new coding has a problem; nothing is
   *     written then
   */
  public Change add(String coder, Collection<Coding> codings) {
    Change c =
        update(
            coder,
            current -> {
              List<Coding> after = new ArrayList<>(current);
              after.addAll(codings);
              return after;
            });
    return new Change(c.added(), 0, codings.size() - c.added());
  }

  /**
   * Checks every row of a file of codings ({@code doc,start,end,code[,memo][,created]}) and adds
   * them to the coder's file; rows without {@code created} get the current time.
   *
   * @param location the file as the user named it, for messages ({@code FILE:LINE: ...})
   * @throws io.tacit.BadInputException listing every problem in every row; nothing is written
   */
  public Change importCodings(String coder, String location, String text) {
    Ids.require("coder", coder);
    ProblemList problems = new ProblemList();
    CodingTable table = CodingTable.read(location, text, problems);
    List<Coding> rows = check().codings(coder, table, now(), problems);
    problems.throwIfAny();
    return add(coder, rows);
  }

  /** Removes the coder's codings of the same doc, span and code as any of {@code codings}. */
  public Change remove(String coder, Collection<Coding> codings) {
    Set<CodingEdit.Key> gone = new HashSet<>();
    codings.forEach(c -> gone.add(CodingEdit.Key.of(c)));
    Change c =
        update(
            coder,
            current -> current.stream().filter(k -> !gone.contains(CodingEdit.Key.of(k))).toList());
    return new Change(0, c.removed(), gone.size() - c.removed());
  }

  /**
   * Replaces the coder's codings with what {@code change} makes of them, under the lock, so that no
   * other command's codings are lost in between. Codings of one doc, span and code are kept once
   * (the first); new codings are checked; nothing is written if nothing changed.
   */
  public Change update(String coder, UnaryOperator<List<Coding>> change) {
    return edit(
        locked -> {
          List<Coding> before = locked.load(coder);
          return locked.save(coder, before, change.apply(before));
        });
  }

  /**
   * Like {@link #update(String, UnaryOperator)}, but only if the coder's file is still at {@code
   * version}: under the lock it is read again, and a changed file is refused rather than
   * overwritten, so an edit made elsewhere in the meantime is never lost.
   *
   * @return what changed, and the file's version after the write
   * @throws StaleFileException if the file is no longer at {@code version}; nothing is written
   */
  public Versioned update(String coder, String version, UnaryOperator<List<Coding>> change) {
    Ids.require("coder", coder);
    return edit(
        locked -> {
          if (!version(coder).equals(version)) {
            throw new StaleFileException(
                location(coder),
                "changed since it was read (another"
                    + " command or window wrote it); nothing was written: reload it and apply the change"
                    + " again");
          }
          List<Coding> before = locked.load(coder);
          Change c = locked.save(coder, before, change.apply(before));
          return new Versioned(c, version(coder));
        });
  }

  /**
   * Moves the codings {@code which} selects from one coder's file to another's, rewritten by {@code
   * as} (whose coder is then set to {@code to}); codings the target already has are only removed
   * from the source. The target is written first, so an interrupted move leaves a coding in both
   * files, never in neither.
   */
  public Transfer transfer(
      String from, String to, Predicate<Coding> which, UnaryOperator<Coding> as) {
    Ids.require("coder", from);
    Ids.require("coder", to);
    if (from.equals(to)) {
      throw new io.tacit.BadInputException(
          "", "the codings would move from " + from + " to " + from + "; name another coder");
    }
    return edit(
        locked -> {
          List<Coding> source = locked.load(from);
          List<Coding> moving = source.stream().filter(which).toList();
          List<Coding> target = locked.load(to);
          List<Coding> after = new ArrayList<>(target);
          for (Coding c : moving) {
            Coding m = as.apply(c);
            after.add(new Coding(to, m.doc(), m.span(), m.code(), m.memo(), m.created()));
          }
          Change added = locked.save(to, target, after);
          Set<Coding> gone = new HashSet<>(moving);
          locked.save(from, source, source.stream().filter(c -> !gone.contains(c)).toList());
          return new Transfer(moving.size(), moving.size() - added.added());
        });
  }

  private <T> T edit(Function<CodingEdit, T> work) {
    try (ProjectLock lock = project.lock()) {
      return work.apply(new CodingEdit(this, check()));
    }
  }
}
