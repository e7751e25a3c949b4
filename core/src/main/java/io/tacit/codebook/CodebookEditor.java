package io.tacit.codebook;

import io.tacit.BadInputException;
import io.tacit.codebook.ChangelogEntry.Action;
import io.tacit.text.Ids;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The changes a codebook goes through during a study: add, rename, move, merge, remove and import.
 * Each takes a codebook and gives a new one with an entry appended to its changelog; ids never
 * change, because coding files refer to codes by id. Codings are not touched here: merging and
 * removing codes that are in use are the project's business ({@code CodebookStore}). An edit that
 * changes nothing returns the same codebook, without an entry. Immutable and thread-safe.
 */
public final class CodebookEditor {
  private final Clock clock;

  public CodebookEditor(Clock clock) {
    this.clock = clock;
  }

  /**
   * @throws BadInputException for a taken or invalid id, an unknown parent, a clashing name
   */
  public Codebook add(Codebook cb, NewCode n, String reason) {
    Ids.require("code", n.id());
    cb.find(n.id())
        .ifPresent(
            c -> {
              throw new BadInputException(
                  "",
                  "the codebook already has a code \""
                      + n.id()
                      + "\" ("
                      + cb.path(c.id())
                      + "); choose another id");
            });
    if (n.parent() != null) {
      require(cb, n.parent());
    }
    if (n.name().isBlank()) {
      throw new BadInputException("", "code \"" + n.id() + "\" needs a name (--name)");
    }
    if (n.color() != null && !Code.COLOR.matcher(n.color()).matches()) {
      throw new BadInputException(
          "", "colour \"" + n.color() + "\" is not #RRGGBB, e.g." + " #1B447E");
    }
    requireFreeName(cb, n.parent(), n.name(), null);
    Code code =
        new Code(
            n.id(),
            n.name().strip(),
            n.shortDefinition(),
            n.definition(),
            n.include(),
            n.exclude(),
            n.examples(),
            n.terms(),
            n.color(),
            null,
            List.of());
    Codebook changed = cb.withCodes(CodeTree.insert(cb.codes(), n.parent(), code));
    return changed.withEntry(
        entry(Action.ADD, n.id(), "path \"" + changed.path(n.id()) + "\"", reason));
  }

  public Codebook rename(Codebook cb, String id, String name, String reason) {
    Code code = require(cb, id);
    String newName = name.strip();
    if (newName.isEmpty()) {
      throw new BadInputException("", "a code's name cannot be empty");
    }
    if (newName.equals(code.name())) {
      return cb;
    }
    requireFreeName(cb, cb.parentOf(id).map(Code::id).orElse(null), newName, id);
    Codebook changed = cb.withCodes(CodeTree.replace(cb.codes(), id, c -> c.withName(newName)));
    return changed.withEntry(
        entry(Action.RENAME, id, "name \"" + code.name() + "\" -> \"" + newName + "\"", reason));
  }

  /**
   * @param parent the new parent's id, or null for the top level
   */
  public Codebook move(Codebook cb, String id, @Nullable String parent, String reason) {
    Code code = require(cb, id);
    if (parent != null) {
      require(cb, parent);
      if (parent.equals(id)) {
        throw new BadInputException("", "a code cannot be its own parent");
      }
      if (cb.subtreeIds(id).contains(parent)) {
        throw new BadInputException(
            "",
            "cannot move \""
                + id
                + "\" under \""
                + parent
                + "\","
                + " which is inside it; move \""
                + parent
                + "\" out first");
      }
    }
    String oldParent = cb.parentOf(id).map(Code::id).orElse(null);
    if (Objects.equals(oldParent, parent)) {
      return cb;
    }
    requireFreeName(cb, parent, code.name(), id);
    String before = cb.path(id);
    Codebook changed = cb.withCodes(CodeTree.insert(CodeTree.remove(cb.codes(), id), parent, code));
    return changed.withEntry(
        entry(Action.MOVE, id, "from \"" + before + "\" to \"" + changed.path(id) + "\"", reason));
  }

  /**
   * Merges {@code from} into {@code into}: its children move under {@code into}, its examples and
   * search terms join {@code into}'s, and it is removed.
   *
   * @param note what happened to codings, for the changelog; may be empty
   */
  public Codebook merge(Codebook cb, String from, String into, String reason, String note) {
    Code source = require(cb, from);
    require(cb, into);
    if (from.equals(into)) {
      throw new BadInputException("", "cannot merge \"" + from + "\" into itself");
    }
    if (cb.subtreeIds(from).contains(into)) {
      throw new BadInputException(
          "",
          "cannot merge \""
              + from
              + "\" into \""
              + into
              + "\", which"
              + " is inside it; move \""
              + into
              + "\" out first (tacit codebook move)");
    }
    for (Code child : source.children()) {
      requireFreeName(cb, into, child.name(), null);
    }
    // From the tree without FROM: INTO may be FROM's parent, and must not take it back in.
    List<Code> codes =
        CodeTree.replace(
            CodeTree.remove(cb.codes(), from),
            into,
            c -> {
              List<Code> children = new ArrayList<>(c.children());
              children.addAll(source.children());
              return c.withChildren(children)
                  .withExamplesAndTerms(
                      union(c.examples(), source.examples()), union(c.terms(), source.terms()));
            });
    String detail =
        "from \""
            + cb.path(from)
            + "\" into \""
            + cb.path(into)
            + "\""
            + (source.children().isEmpty()
                ? ""
                : "; " + source.children().size() + " sub-code(s) moved")
            + (note.isEmpty() ? "" : "; " + note);
    return cb.withCodes(codes).withEntry(entry(Action.MERGE, from, detail, reason));
  }

  /** Removes the code and its sub-codes; whether codings still use them is the caller's check. */
  public Codebook remove(Codebook cb, String id, String reason) {
    require(cb, id);
    int below = cb.subtreeIds(id).size() - 1;
    String detail =
        "path \"" + cb.path(id) + "\"" + (below == 0 ? "" : " and " + below + " sub-code(s)");
    return cb.withCodes(CodeTree.remove(cb.codes(), id))
        .withEntry(entry(Action.REMOVE, id, detail, reason));
  }

  /**
   * The project's codebook after importing another.
   *
   * @param merge false: the import replaces the codes (and, for YAML, the title, version and
   *     source); true: new codes are added and codes with the same id take the imported fields,
   *     keeping their place in the tree
   * @param file the imported file, for the changelog
   */
  public Codebook importCodebook(
      Codebook current, Codebook incoming, boolean merge, String file, String reason) {
    Codebook imported = merge ? mergeCodes(current, incoming) : incoming;
    Codebook result =
        new Codebook(
            imported.id(),
            imported.title(),
            imported.version(),
            imported.source(),
            imported.description(),
            imported.codes(),
            current.changelog());
    Set<String> before = current.byId().keySet();
    Set<String> after = result.byId().keySet();
    long added = after.stream().filter(id -> !before.contains(id)).count();
    long removed = before.stream().filter(id -> !after.contains(id)).count();
    long updated =
        after.stream()
            .filter(before::contains)
            .filter(id -> !sameFields(current.find(id), result.find(id)))
            .count();
    return result.withEntry(
        entry(
            Action.IMPORT,
            file,
            (merge ? "merged: " : "replaced: ")
                + added
                + " added, "
                + updated
                + " updated, "
                + removed
                + " removed",
            reason));
  }

  /** Ids in {@code current} that a replacing import of {@code incoming} would drop. */
  public static Set<String> droppedBy(Codebook current, Codebook incoming) {
    Set<String> dropped = new LinkedHashSet<>(current.byId().keySet());
    dropped.removeAll(incoming.byId().keySet());
    return dropped;
  }

  private static Codebook mergeCodes(Codebook current, Codebook incoming) {
    List<Code> codes = current.codes();
    for (Code in : incoming.all()) {
      Codebook sofar = current.withCodes(codes);
      if (sofar.contains(in.id())) {
        codes = CodeTree.replace(codes, in.id(), c -> c.withFieldsOf(in));
      } else {
        String parent =
            incoming.parentOf(in.id()).map(Code::id).filter(sofar::contains).orElse(null);
        requireFreeName(sofar, parent, in.name(), null);
        codes = CodeTree.insert(codes, parent, in.withChildren(List.of()));
      }
    }
    return current.withCodes(codes);
  }

  private static boolean sameFields(Optional<Code> a, Optional<Code> b) {
    return a.map(x -> x.withChildren(List.of())).equals(b.map(x -> x.withChildren(List.of())));
  }

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static Code require(Codebook cb, String id) {
    return cb.find(id)
        .orElseThrow(
            () ->
                new BadInputException(
                    "",
                    "the codebook has no code \""
                        + id
                        + "\"; see the ids with `tacit codebook show`"));
  }

  /** Siblings need names a coder can tell apart; {@code self} is a code being renamed or moved. */
  private static void requireFreeName(
      Codebook cb, @Nullable String parent, String name, @Nullable String self) {
    List<Code> siblings =
        parent == null ? cb.codes() : cb.find(parent).map(Code::children).orElse(List.of());
    for (Code s : siblings) {
      if (!s.id().equals(self) && Code.nameKey(s.name()).equals(Code.nameKey(name))) {
        throw new BadInputException(
            "",
            "code \""
                + s.id()
                + "\" "
                + (parent == null ? "at the top level" : "under \"" + parent + "\"")
                + " is already named \""
                + s.name()
                + "\"; choose another name");
      }
    }
  }

  private ChangelogEntry entry(Action action, String code, String detail, String reason) {
    return ChangelogEntry.at(clock.instant(), action, code, detail, reason);
  }
}
