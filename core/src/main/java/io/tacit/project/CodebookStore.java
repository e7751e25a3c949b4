package io.tacit.project;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.codebook.Codebook;
import io.tacit.codebook.CodebookComments;
import io.tacit.codebook.CodebookEditor;
import io.tacit.codebook.CodebookFormat;
import io.tacit.codebook.ValidationResult;
import io.tacit.coding.CodingTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The project's codebook file (codebook.yaml unless tacit.yaml names another). Changes happen under
 * the project lock and are written atomically; a merge also recodes the coders' files, after
 * backing them up. Immutable; thread-safe through the lock.
 */
public final class CodebookStore {
  private static final DateTimeFormatter BACKUP_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Project project;
  private final Clock clock;

  CodebookStore(Project project, Clock clock) {
    this.project = project;
    this.clock = clock;
  }

  /** The file's name as the project names it, for messages. */
  public String fileName() {
    return project.settings().codebook();
  }

  public Path file() {
    return project.resolve(fileName());
  }

  public CodebookEditor editor() {
    return new CodebookEditor(clock);
  }

  /** Reads and checks the codebook, returning every problem rather than throwing for them. */
  public ValidationResult check() {
    Path file = file();
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(
          fileName(),
          "the project's codebook is missing; restore it from"
              + " version control, or import one with `tacit codebook import FILE`");
    }
    try {
      return CodebookFormat.YAML.read(fileName(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new BadInputException(fileName(), "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * @throws BadInputException listing every error in the file
   */
  public Codebook load() {
    return check().orThrow();
  }

  /** Writes the codebook atomically, under the project lock. */
  public void save(Codebook codebook) {
    try (ProjectLock lock = project.lock()) {
      write(codebook);
    }
  }

  /**
   * Loads, changes and saves the codebook under the lock, so that no other command's change is lost
   * in between. Nothing is written if {@code change} returns the codebook unchanged.
   *
   * @return the codebook as saved
   */
  public Codebook update(UnaryOperator<Codebook> change) {
    try (ProjectLock lock = project.lock()) {
      Codebook before = load();
      Codebook after = change.apply(before);
      if (after != before) {
        write(after);
      }
      return after;
    }
  }

  /** How many codings each coder has for each code. */
  public CodeUsage usage() {
    return project.codings().usage();
  }

  /**
   * Every coding, in any coder's file, whose code {@code codebook} does not have: one problem per
   * row, at its file and line, for checking a codebook that was edited by hand.
   */
  public List<Problem> unknownCodesInCodings(Codebook codebook) {
    Set<String> known = codebook.byId().keySet();
    List<Problem> problems = new ArrayList<>();
    project
        .codings()
        .tables()
        .values()
        .forEach(
            t ->
                t.rows().stream()
                    .filter(r -> !known.contains(t.code(r)))
                    .forEach(r -> problems.add(Codebook.unknownCode(t.code(r), t.where(r)))));
    return problems;
  }

  /** Removes a code and its sub-codes; refused while any coding uses one of them. */
  public Codebook remove(String id, String reason) {
    return update(
        cb -> {
          Set<String> ids = cb.subtreeIds(id);
          Map<String, Integer> uses = usage().usesOf(ids);
          if (!uses.isEmpty()) {
            int total = uses.values().stream().mapToInt(Integer::intValue).sum();
            throw new BadInputException(
                "",
                "code \""
                    + id
                    + "\""
                    + (ids.size() > 1 ? " or one of its sub-codes" : "")
                    + " is used by "
                    + total
                    + " coding(s) ("
                    + CodeUsage.describe(uses)
                    + "); merge it into another code (tacit codebook merge "
                    + id
                    + " OTHER) or remove those codings first");
          }
          return editor().remove(cb, id, reason);
        });
  }

  /** What a merge did: the codebook, codings recoded per coder, and where the backup is. */
  public record MergeOutcome(Codebook codebook, Map<String, Integer> recoded, List<Path> backups) {}

  /**
   * Merges code {@code from} into {@code into}, recoding every coder's codings. Coder files are
   * backed up to .tacit/backup/TIME/coding/ first, and written before the codebook: were the
   * command cut short, codings would name {@code into}, which the old codebook still has.
   */
  public MergeOutcome merge(String from, String into, String reason) {
    try (ProjectLock lock = project.lock()) {
      Codebook before = load();
      CodingStore codings = project.codings();
      Map<String, CodingTable.Recoded> changes = new TreeMap<>();
      codings
          .tables()
          .forEach(
              (coder, table) -> table.recode(from, into).ifPresent(r -> changes.put(coder, r)));
      Map<String, Integer> recoded = new TreeMap<>();
      changes.forEach((coder, r) -> recoded.put(coder, r.recoded()));
      String note =
          changes.isEmpty()
              ? "no codings used it"
              : "codings recoded: "
                  + changes.entrySet().stream()
                      .map(
                          e ->
                              e.getKey()
                                  + " "
                                  + e.getValue().recoded()
                                  + (e.getValue().dropped() == 0
                                      ? ""
                                      : " ("
                                          + e.getValue().dropped()
                                          + " now the same as another, kept once)"))
                      .collect(Collectors.joining(", "));
      Codebook after = editor().merge(before, from, into, reason, note);
      Map<Path, CodingTable.Recoded> files = new LinkedHashMap<>();
      changes.forEach((coder, r) -> files.put(codings.file(coder), r));
      List<Path> backups = backUp(files.keySet());
      files.forEach((f, r) -> AtomicFiles.write(f, r.text()));
      write(after);
      return new MergeOutcome(after, recoded, backups);
    }
  }

  /**
   * Imports a codebook into the project.
   *
   * @param merge see {@link CodebookEditor#importCodebook}; without it, refused while codings use a
   *     code that the import does not have
   */
  public Codebook importCodebook(Codebook incoming, boolean merge, String file, String reason) {
    return update(
        cb -> {
          if (!merge) {
            CodeUsage usage = usage();
            Set<String> dropped = CodebookEditor.droppedBy(cb, incoming);
            Map<String, Integer> uses = usage.usesOf(dropped);
            if (!uses.isEmpty()) {
              String codes =
                  dropped.stream()
                      .filter(id -> usage.total(id) > 0)
                      .map(id -> "\"" + id + "\"")
                      .collect(Collectors.joining(", "));
              throw new BadInputException(
                  file,
                  "codes "
                      + codes
                      + " are used by codings ("
                      + CodeUsage.describe(uses)
                      + ") but missing from this file; add them to it,"
                      + " import with --merge to keep them, or merge them into other codes first");
            }
          }
          return editor().importCodebook(cb, incoming, merge, file, reason);
        });
  }

  /** Writes the codebook with the comments of the file it replaces, each where it belongs. */
  private void write(Codebook codebook) {
    Path file = file();
    CodebookComments comments;
    try {
      comments =
          Files.isRegularFile(file)
              ? CodebookComments.read(Files.readString(file))
              : CodebookComments.read("");
    } catch (IOException e) {
      // Not UTF-8 or unreadable: there is no codebook to keep comments from.
      comments = CodebookComments.read("");
    }
    AtomicFiles.write(file, comments.placeInto(CodebookFormat.YAML.write(codebook)));
  }

  private List<Path> backUp(Set<Path> files) {
    if (files.isEmpty()) {
      return List.of();
    }
    Path base = project.derivedDir().resolve("backup");
    String stamp = BACKUP_STAMP.format(clock.instant());
    Path dir = base.resolve(stamp);
    for (int n = 2; Files.exists(dir); n++) {
      dir = base.resolve(stamp + "-" + n);
    }
    Path codingBackup = dir.resolve(CodingStore.DIR);
    try {
      for (Path f : files) {
        AtomicFiles.write(codingBackup.resolve(f.getFileName()), Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(
          "could not back up " + files + ": " + e.getMessage(), e);
    }
    return files.stream().map(f -> codingBackup.resolve(f.getFileName())).toList();
  }
}
