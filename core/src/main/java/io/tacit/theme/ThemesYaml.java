package io.tacit.theme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.tacit.Problem;
import io.tacit.codebook.YamlTree;
import io.tacit.codebook.YamlTree.Entry;
import io.tacit.codebook.YamlTree.Mapping;
import io.tacit.codebook.YamlTree.Node;
import io.tacit.codebook.YamlTree.Scalar;
import io.tacit.codebook.YamlTree.Sequence;
import io.tacit.text.Ids;
import io.tacit.text.Sha256;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes themes.yaml. Reading keeps the line of every theme and code, and collects every
 * problem instead of stopping at the first. Writing gives the same bytes for the same themes. A
 * file written by {@code themes suggest} starts with a comment holding the SHA-256 of the rest, so
 * that any later edit, by hand or by command, is recognised and protected. Stateless.
 */
public final class ThemesYaml {
  private static final String SUGGESTED =
      "# Candidate themes written by `tacit themes suggest`;" + " sha256 ";
  private static final String EDITED =
      "# Themes of this study: edit by hand or with `tacit themes"
          + " rename|merge|split|move-code|set-status`; check with `tacit themes validate`.\n";
  private static final Set<String> KEYS =
      Set.of("id", "name", "description", "codes", "subthemes", "status", "notes");
  private static final ObjectMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                  .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                  .build())
          .build();

  private ThemesYaml() {}

  /** The file as researchers edit it, without the suggestion hash. */
  public static String write(Themes themes) {
    return EDITED + body(themes);
  }

  /** The file as {@code themes suggest} writes it, with the hash of the body. */
  public static String writeSuggested(Themes themes) {
    String body = body(themes);
    return SUGGESTED + Sha256.of(body) + "\n" + body;
  }

  private static String body(Themes themes) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("themes", themes.themes().stream().map(ThemesYaml::tree).toList());
    try {
      return YAML.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> tree(Theme t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("name", t.name());
    m.put("status", t.status().label());
    if (!t.description().isEmpty()) {
      m.put("description", t.description());
    }
    m.put("codes", t.codes());
    if (!t.subthemes().isEmpty()) {
      m.put("subthemes", t.subthemes().stream().map(ThemesYaml::tree).toList());
    }
    if (!t.notes().isEmpty()) {
      m.put("notes", t.notes());
    }
    return m;
  }

  /** Reads themes.yaml, collecting every problem with its line. */
  public static ThemesFile read(String file, String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    boolean asSuggested = false;
    if (text.startsWith(SUGGESTED)) {
      int nl = text.indexOf('\n');
      String hash = text.substring(SUGGESTED.length(), nl < 0 ? text.length() : nl).strip();
      String body = nl < 0 ? "" : text.substring(nl + 1);
      asSuggested = hash.equals(Sha256.of(body));
    }
    Reader r = new Reader(file);
    Node root = YamlTree.read(file, text);
    List<Theme> themes = new ArrayList<>();
    if (root instanceof Mapping m) {
      for (Entry e : m.entries()) {
        if (e.key().equals("themes")) {
          themes = r.themes(e.value());
        } else {
          r.warn(e.line(), "unknown key \"" + e.key() + "\"; themes.yaml has one key, themes");
        }
      }
    } else if (!(root instanceof Scalar s && s.text() == null)) {
      r.error(root.line(), "themes.yaml is a mapping with one key, themes: a list of themes");
    }
    return new ThemesFile(file, new Themes(themes), r.located, r.errors, r.warnings, asSuggested);
  }

  /** Reading state: problems and locations. */
  private static final class Reader {
    private final String file;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final List<ThemesFile.Located> located = new ArrayList<>();

    Reader(String file) {
      this.file = file;
    }

    void error(int line, String message) {
      errors.add(Problem.at(file, line, message));
    }

    void warn(int line, String message) {
      warnings.add(Problem.at(file, line, message));
    }

    List<Theme> themes(Node node) {
      List<Theme> themes = new ArrayList<>();
      if (node instanceof Scalar s && s.text() == null) {
        return themes;
      }
      if (!(node instanceof Sequence seq)) {
        error(node.line(), "themes must be a list of themes (each starting with \"- id:\")");
        return themes;
      }
      for (Node item : seq.items()) {
        theme(item).ifPresent(themes::add);
      }
      return themes;
    }

    Optional<Theme> theme(Node node) {
      if (!(node instanceof Mapping m)) {
        error(node.line(), "a theme is a mapping with id, name, status, codes, ...");
        return Optional.empty();
      }
      Map<String, Entry> fields = new LinkedHashMap<>();
      for (Entry e : m.entries()) {
        if (!KEYS.contains(e.key())) {
          warn(
              e.line(),
              "unknown key \""
                  + e.key()
                  + "\"; a theme has "
                  + String.join(
                      ", ",
                      List.of(
                          "id", "name", "description", "codes", "subthemes", "status", "notes")));
        } else if (fields.put(e.key(), e) != null) {
          error(e.line(), "\"" + e.key() + "\" is given twice in this theme; keep one");
        }
      }
      String id = text(fields.get("id"));
      int line = fields.containsKey("id") ? fields.get("id").line() : m.line();
      boolean ok = true;
      if (id == null || id.isBlank()) {
        error(line, "a theme has no id; give it one (lowercase letters, digits, - and _)");
        ok = false;
      } else if (!Ids.isValid(id)) {
        error(line, Ids.describe("theme", id));
        ok = false;
      }
      String name = text(fields.get("name"));
      if (name == null || name.isBlank()) {
        warn(line, "theme \"" + id + "\" has no name; give it one with `tacit themes rename`");
        name = id == null ? "" : id;
      }
      ThemeStatus status = ThemeStatus.CANDIDATE;
      String statusText = text(fields.get("status"));
      if (statusText != null) {
        Optional<ThemeStatus> s = ThemeStatus.ofLabel(statusText);
        if (s.isEmpty()) {
          error(
              fields.get("status").line(),
              "status \"" + statusText + "\" is not candidate," + " reviewed or final");
        } else {
          status = s.get();
        }
      }
      List<String> codes = new ArrayList<>();
      List<Integer> codeLines = new ArrayList<>();
      Entry codesEntry = fields.get("codes");
      if (codesEntry != null && !(codesEntry.value() instanceof Scalar cs && cs.text() == null)) {
        if (codesEntry.value() instanceof Sequence seq) {
          for (Node c : seq.items()) {
            if (c instanceof Scalar cs && cs.text() != null && !cs.text().isBlank()) {
              codes.add(cs.text().strip());
              codeLines.add(cs.line());
            } else {
              error(c.line(), "a code is given by its id, one per line (\"- peer-role\")");
            }
          }
        } else {
          error(codesEntry.line(), "codes must be a list of code ids");
        }
      }
      int at = located.size();
      located.add(null);
      List<Theme> subthemes =
          fields.containsKey("subthemes") ? themes(fields.get("subthemes").value()) : List.of();
      if (!ok) {
        located.remove(at);
        return Optional.empty();
      }
      Theme theme =
          new Theme(
              id,
              name.strip(),
              orEmpty(text(fields.get("description"))),
              codes,
              subthemes,
              status,
              orEmpty(text(fields.get("notes"))));
      located.set(at, new ThemesFile.Located(theme, line, codeLines));
      return Optional.of(theme);
    }

    private @Nullable String text(@Nullable Entry e) {
      if (e == null) {
        return null;
      }
      if (e.value() instanceof Scalar s) {
        return s.text();
      }
      error(e.line(), "\"" + e.key() + "\" must be text");
      return null;
    }

    private static String orEmpty(@Nullable String s) {
      return s == null ? "" : s.strip();
    }
  }
}
