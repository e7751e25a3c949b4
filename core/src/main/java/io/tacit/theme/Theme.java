package io.tacit.theme;

import io.tacit.text.Ids;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A theme in themes.yaml: a named pattern of meaning, made of codes, possibly with subthemes of the
 * same shape. Immutable.
 *
 * @param id stable id, following the ID rule
 * @param name what the researchers call it
 * @param description what it is about, possibly empty
 * @param codes the code ids it collates, in the researchers' order
 * @param subthemes nested themes
 * @param status candidate, reviewed or final
 * @param notes the researchers' notes, possibly empty
 */
public record Theme(
    String id,
    String name,
    String description,
    List<String> codes,
    List<Theme> subthemes,
    ThemeStatus status,
    String notes) {

  public Theme {
    Ids.require("theme", id);
    codes = List.copyOf(codes);
    subthemes = List.copyOf(subthemes);
  }

  public static Theme candidate(
      String id, String name, String description, List<String> codes, String notes) {
    return new Theme(id, name, description, codes, List.of(), ThemeStatus.CANDIDATE, notes);
  }

  /** Its codes and its subthemes' codes, each once, in order. */
  public List<String> allCodes() {
    Set<String> all = new LinkedHashSet<>(codes);
    subthemes.forEach(s -> all.addAll(s.allCodes()));
    return List.copyOf(all);
  }

  /** This theme and its subthemes, depth first. */
  public List<Theme> flatten() {
    List<Theme> all = new ArrayList<>();
    all.add(this);
    subthemes.forEach(s -> all.addAll(s.flatten()));
    return all;
  }

  public Theme withName(String newName) {
    return new Theme(id, newName, description, codes, subthemes, status, notes);
  }

  public Theme withCodes(List<String> newCodes) {
    return new Theme(id, name, description, newCodes, subthemes, status, notes);
  }

  public Theme withSubthemes(List<Theme> newSubthemes) {
    return new Theme(id, name, description, codes, newSubthemes, status, notes);
  }

  public Theme withStatus(ThemeStatus newStatus) {
    return new Theme(id, name, description, codes, subthemes, newStatus, notes);
  }

  public Theme withNotes(String newNotes) {
    return new Theme(id, name, description, codes, subthemes, status, newNotes);
  }
}
