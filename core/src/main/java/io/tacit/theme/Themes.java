package io.tacit.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The themes of a study, in the researchers' order: the content of themes.yaml. Immutable. */
public record Themes(List<Theme> themes) {
  public Themes {
    themes = List.copyOf(themes);
  }

  public static Themes empty() {
    return new Themes(List.of());
  }

  public boolean isEmpty() {
    return themes.isEmpty();
  }

  /** Every theme and subtheme, depth first. */
  public List<Theme> all() {
    List<Theme> all = new ArrayList<>();
    themes.forEach(t -> all.addAll(t.flatten()));
    return all;
  }

  public Optional<Theme> find(String id) {
    return all().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The ids of every code in any theme, sorted. */
  public Set<String> codes() {
    Set<String> codes = new TreeSet<>();
    themes.forEach(t -> codes.addAll(t.allCodes()));
    return codes;
  }

  /** True if every theme and subtheme is still a candidate, as Tacit suggested it. */
  public boolean allCandidates() {
    return all().stream().allMatch(t -> t.status() == ThemeStatus.CANDIDATE);
  }
}
