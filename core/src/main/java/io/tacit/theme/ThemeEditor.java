package io.tacit.theme;

import io.tacit.BadInputException;
import io.tacit.text.Ids;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The edits researchers make to their themes, so that nobody needs to hand-edit YAML: rename,
 * merge, split, move a code, set the status. Each returns new themes (or the same instance when
 * nothing changes) and refuses what cannot be done with a message saying what to do. Stateless.
 */
public final class ThemeEditor {
  private ThemeEditor() {}

  public static Themes rename(Themes themes, String id, String name) {
    require(themes, id);
    if (name.isBlank()) {
      throw new BadInputException("--name", "a theme's name cannot be empty");
    }
    if (themes.find(id).orElseThrow().name().equals(name.strip())) {
      return themes;
    }
    return map(themes, id, t -> t.withName(name.strip()));
  }

  public static Themes setStatus(Themes themes, String id, ThemeStatus status) {
    if (themes.find(id).orElseThrow(() -> unknown(themes, id)).status() == status) {
      return themes;
    }
    return map(themes, id, t -> t.withStatus(status));
  }

  /**
   * Merges theme {@code b} into {@code a}: a keeps its place, name and status; b's codes, subthemes
   * and notes join it. With {@code as}, the merged theme takes that id.
   */
  public static Themes merge(Themes themes, String a, String b, String as) {
    Theme first = require(themes, a);
    Theme second = require(themes, b);
    if (a.equals(b)) {
      throw new BadInputException(b, "a theme cannot be merged with itself");
    }
    if (first.flatten().contains(second) || second.flatten().contains(first)) {
      throw new BadInputException(
          b,
          "one of \""
              + a
              + "\" and \""
              + b
              + "\" is a subtheme of"
              + " the other; move its codes instead (tacit themes move-code CODE --to "
              + a
              + ")");
    }
    String newId = as.isEmpty() ? a : Ids.require("theme", as);
    if (!newId.equals(a) && !newId.equals(b) && themes.find(newId).isPresent()) {
      throw new BadInputException("--as", "theme id \"" + newId + "\" is already used");
    }
    Set<String> codes = new LinkedHashSet<>(first.codes());
    codes.addAll(second.codes());
    List<Theme> subs = new ArrayList<>(first.subthemes());
    subs.addAll(second.subthemes());
    String notes = join(first.notes(), second.notes());
    Theme merged =
        new Theme(
            newId,
            first.name(),
            join(first.description(), second.description()),
            List.copyOf(codes),
            subs,
            first.status(),
            notes);
    return map(remove(themes, b), a, t -> merged);
  }

  /** Splits codes out of a theme into a new theme, placed right after it, as a candidate. */
  public static Themes split(
      Themes themes, String id, List<String> codes, String newId, String name) {
    Theme source = require(themes, id);
    Ids.require("theme", newId);
    if (themes.find(newId).isPresent()) {
      throw new BadInputException(
          "--as", "theme id \"" + newId + "\" is already used; choose" + " another");
    }
    if (codes.isEmpty()) {
      throw new BadInputException("--codes", "name the codes to split out");
    }
    for (String c : codes) {
      if (!source.codes().contains(c)) {
        throw new BadInputException(
            "--codes",
            "theme \""
                + id
                + "\" has no code \""
                + c
                + "\"; its codes are "
                + String.join(", ", source.codes()));
      }
    }
    List<String> kept = source.codes().stream().filter(c -> !codes.contains(c)).toList();
    Theme fresh =
        Theme.candidate(
            newId,
            name.isBlank() ? newId : name.strip(),
            "",
            List.copyOf(new LinkedHashSet<>(codes)),
            "Split from " + id + ".");
    return new Themes(insertAfter(themes.themes(), id, source.withCodes(kept), fresh));
  }

  /** Moves a code from wherever it is into theme {@code to} (appended to its codes). */
  public static Themes moveCode(Themes themes, String code, String to) {
    Theme target = require(themes, to);
    boolean elsewhere =
        themes.all().stream().anyMatch(t -> !t.id().equals(to) && t.codes().contains(code));
    if (target.codes().contains(code) && !elsewhere) {
      return themes;
    }
    Themes without = new Themes(themes.themes().stream().map(t -> dropCode(t, code, to)).toList());
    return map(without, to, t -> t.codes().contains(code) ? t : t.withCodes(append(t, code)));
  }

  private static List<String> append(Theme t, String code) {
    List<String> codes = new ArrayList<>(t.codes());
    codes.add(code);
    return codes;
  }

  private static Theme dropCode(Theme t, String code, String keepIn) {
    List<String> codes =
        t.id().equals(keepIn)
            ? t.codes()
            : t.codes().stream().filter(c -> !c.equals(code)).toList();
    return t.withCodes(codes)
        .withSubthemes(t.subthemes().stream().map(s -> dropCode(s, code, keepIn)).toList());
  }

  private static List<Theme> insertAfter(List<Theme> list, String id, Theme replaced, Theme fresh) {
    List<Theme> out = new ArrayList<>();
    for (Theme t : list) {
      if (t.id().equals(id)) {
        out.add(replaced);
        out.add(fresh);
      } else {
        out.add(t.withSubthemes(insertAfter(t.subthemes(), id, replaced, fresh)));
      }
    }
    return out;
  }

  private static Themes map(Themes themes, String id, UnaryOperator<Theme> change) {
    return new Themes(mapAll(themes.themes(), id, change));
  }

  private static List<Theme> mapAll(List<Theme> list, String id, UnaryOperator<Theme> change) {
    return list.stream()
        .map(
            t ->
                t.id().equals(id)
                    ? change.apply(t)
                    : t.withSubthemes(mapAll(t.subthemes(), id, change)))
        .toList();
  }

  private static Themes remove(Themes themes, String id) {
    return new Themes(removeAll(themes.themes(), id));
  }

  private static List<Theme> removeAll(List<Theme> list, String id) {
    return list.stream()
        .filter(t -> !t.id().equals(id))
        .map(t -> t.withSubthemes(removeAll(t.subthemes(), id)))
        .toList();
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b;
  }

  private static Theme require(Themes themes, String id) {
    return themes.find(id).orElseThrow(() -> unknown(themes, id));
  }

  private static BadInputException unknown(Themes themes, String id) {
    return new BadInputException(
        id,
        "no theme \""
            + id
            + "\" in themes.yaml; its themes are "
            + (themes.all().isEmpty()
                ? "none (run `tacit themes suggest` first)"
                : String.join(", ", themes.all().stream().map(Theme::id).toList())));
  }
}
