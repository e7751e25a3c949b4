package io.tacit.codebook;

import io.tacit.BadInputException;
import io.tacit.codebook.YamlTree.Entry;
import io.tacit.codebook.YamlTree.Mapping;
import io.tacit.codebook.YamlTree.Node;
import io.tacit.codebook.YamlTree.Scalar;
import io.tacit.codebook.YamlTree.Sequence;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads codebook YAML into a draft, noting every key's line and every problem of shape. */
final class CodebookYamlReader {
  static final List<String> TOP_KEYS =
      List.of("id", "title", "version", "source", "description", "codes", "changelog");
  static final List<String> CODE_KEYS =
      List.of(
          "id",
          "name",
          "short",
          "definition",
          "include",
          "exclude",
          "examples",
          "terms",
          "color",
          "qdaGuid",
          "children");
  private static final Set<String> CHANGE_KEYS =
      Set.of("date", "action", "code", "detail", "reason");

  private final CodebookDraft draft;

  private CodebookYamlReader(CodebookDraft draft) {
    this.draft = draft;
  }

  /**
   * @throws BadInputException only when the text is not YAML, or not a mapping; all else is in the
   *     draft
   */
  static CodebookDraft read(String file, String text) {
    CodebookDraft draft = new CodebookDraft(file, true);
    new CodebookYamlReader(draft).readRoot(YamlTree.read(file, text));
    return draft;
  }

  private void readRoot(Node root) {
    if (!(root instanceof Mapping map)) {
      throw new BadInputException(
          draft.file + ":" + root.line(),
          "not a codebook: a codebook is"
              + " a YAML mapping that starts with `id:`, `title:`, `version:`, `source:` and"
              + " `codes:`; see codebooks/template.yaml");
    }
    for (Entry e : unique(map, "the codebook")) {
      switch (e.key()) {
        case "id" -> {
          draft.id = text(e);
          draft.idLine = e.line();
        }
        case "title" -> draft.title = text(e);
        case "version" -> draft.version = text(e);
        case "source" -> draft.source = text(e);
        case "description" -> draft.description = orEmpty(text(e));
        case "codes" -> codes(e).forEach(draft.codes::add);
        case "changelog" -> changelog(e);
        default -> unknownKey(e, "the codebook", TOP_KEYS);
      }
    }
  }

  private List<CodeDraft> codes(Entry e) {
    List<CodeDraft> codes = new ArrayList<>();
    if (e.value() instanceof Scalar s && s.text() == null) {
      return codes;
    }
    if (!(e.value() instanceof Sequence seq)) {
      draft.error(
          e.line(),
          "`" + e.key() + ":` must be a list of codes, each starting with" + " `- id: ...`");
      return codes;
    }
    for (Node item : seq.items()) {
      if (item instanceof Mapping m) {
        codes.add(code(m));
      } else {
        draft.error(
            item.line(),
            "each entry under `"
                + e.key()
                + ":` must be a code with `id:`,"
                + " `name:` and its other fields, not a single value");
      }
    }
    return codes;
  }

  private CodeDraft code(Mapping m) {
    CodeDraft c = new CodeDraft(m.line());
    for (Entry e : unique(m, "this code")) {
      c.keyLines.put(e.key(), e.line());
      switch (e.key()) {
        case "id" -> c.id = text(e);
        case "name" -> c.name = text(e);
        case "short" -> c.shortDefinition = orEmpty(text(e));
        case "definition" -> c.definition = orEmpty(text(e));
        case "include" -> c.include = orEmpty(text(e));
        case "exclude" -> c.exclude = orEmpty(text(e));
        case "examples" -> c.examples = list(e);
        case "terms" -> c.terms = list(e);
        case "color", "colour" -> c.color = text(e);
        case "qdaGuid" -> c.qdaGuid = text(e);
        case "children" -> c.children.addAll(codes(e));
        default -> unknownKey(e, "a code", CODE_KEYS);
      }
    }
    return c;
  }

  private void changelog(Entry e) {
    if (!(e.value() instanceof Sequence seq)) {
      if (!(e.value() instanceof Scalar s && s.text() == null)) {
        draft.error(e.line(), "`changelog:` must be a list of changes");
      }
      return;
    }
    for (Node item : seq.items()) {
      if (!(item instanceof Mapping m)) {
        draft.error(
            item.line(),
            "each change in `changelog:` needs date, action, code, detail" + " and reason");
        continue;
      }
      Map<String, String> fields = new HashMap<>();
      for (Entry f : unique(m, "this change")) {
        if (!CHANGE_KEYS.contains(f.key())) {
          unknownKey(f, "a change", List.copyOf(CHANGE_KEYS));
        }
        fields.put(f.key(), orEmpty(text(f)));
      }
      Optional<ChangelogEntry.Action> action =
          ChangelogEntry.Action.ofLabel(fields.getOrDefault("action", ""));
      if (action.isEmpty()) {
        draft.error(
            m.line(),
            "this change has no known action (add, rename, move, merge, remove" + " or import)");
        continue;
      }
      try {
        draft.changelog.add(
            new ChangelogEntry(
                fields.getOrDefault("date", ""),
                action.get(),
                fields.getOrDefault("code", ""),
                fields.getOrDefault("detail", ""),
                fields.getOrDefault("reason", "")));
      } catch (DateTimeParseException ex) {
        draft.error(
            m.line(),
            "this change's date is not an ISO-8601 time in UTC such as"
                + " \"2026-03-14T09:26:53Z\"");
      }
    }
  }

  /** The entries, reporting a key given twice (YAML would silently keep only the last). */
  private List<Entry> unique(Mapping m, String where) {
    Map<String, Integer> seen = new HashMap<>();
    List<Entry> out = new ArrayList<>();
    for (Entry e : m.entries()) {
      Integer first = seen.putIfAbsent(e.key(), e.line());
      if (first != null) {
        draft.error(
            e.line(),
            "`"
                + e.key()
                + ":` is given twice in "
                + where
                + " (also on line "
                + first
                + "); keep one");
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private void unknownKey(Entry e, String where, List<String> known) {
    draft.warning(
        e.line(),
        "unknown key `"
            + e.key()
            + ":` in "
            + where
            + " is ignored (and"
            + " dropped if Tacit rewrites the file); known keys: "
            + String.join(", ", known));
  }

  private @Nullable String text(Entry e) {
    if (e.value() instanceof Scalar s) {
      return s.text() == null ? null : s.text().strip();
    }
    draft.error(
        e.line(),
        "`"
            + e.key()
            + ":` must be a single value, not a "
            + (e.value() instanceof Sequence ? "list" : "mapping"));
    return null;
  }

  /** A list of texts; a single value is taken as a list of one, as a researcher would mean it. */
  private List<String> list(Entry e) {
    List<String> out = new ArrayList<>();
    if (e.value() instanceof Scalar s) {
      if (s.text() != null && !s.text().isBlank()) {
        out.add(s.text().strip());
      }
      return out;
    }
    if (!(e.value() instanceof Sequence seq)) {
      draft.error(e.line(), "`" + e.key() + ":` must be a list, one `- ` line per entry");
      return out;
    }
    for (Node item : seq.items()) {
      if (item instanceof Scalar s) {
        if (s.text() != null && !s.text().isBlank()) {
          out.add(s.text().strip());
        }
      } else {
        draft.error(item.line(), "each entry of `" + e.key() + ":` must be a single text");
      }
    }
    return out;
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
