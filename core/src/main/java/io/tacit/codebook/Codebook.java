package io.tacit.codebook;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.text.Ids;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A study's codebook: who made it and from what, and the tree of codes. Code ids are unique in the
 * whole tree, names among siblings. Immutable and thread-safe.
 *
 * <p>Lookups walk the tree; codebooks hold tens to hundreds of codes, so callers that look up many
 * codings at once take {@link #byId()} once.
 *
 * @param id the codebook's id, following the ID rule
 * @param title its human-readable name
 * @param version its version; bumped by the researcher when codes change
 * @param source where the codes come from (a citation, or how they were developed)
 * @param description how to apply it; may be empty
 * @param codes the top-level codes
 * @param changelog every change Tacit made to it, oldest first
 */
public record Codebook(
    String id,
    String title,
    String version,
    String source,
    String description,
    List<Code> codes,
    List<ChangelogEntry> changelog) {

  public Codebook {
    if (!Ids.isValid(id)) {
      throw new IllegalArgumentException(Ids.describe("codebook", id));
    }
    codes = List.copyOf(codes);
    changelog = List.copyOf(changelog);
    Code.requireUniqueNames("at the top level", codes);
    Set<String> seen = new LinkedHashSet<>();
    for (Code c : walk(codes)) {
      if (!seen.add(c.id())) {
        throw new IllegalArgumentException("code id \"" + c.id() + "\" is used twice");
      }
    }
  }

  public static Codebook empty(String id, String title) {
    return new Codebook(id, title, "0.1.0", "", "", List.of(), List.of());
  }

  /** Every code, parents before their children, in the codebook's order. */
  public List<Code> all() {
    return walk(codes);
  }

  /** Every code by id, in tree order. */
  public Map<String, Code> byId() {
    Map<String, Code> map = new LinkedHashMap<>();
    all().forEach(c -> map.put(c.id(), c));
    return map;
  }

  public Optional<Code> find(String codeId) {
    return all().stream().filter(c -> c.id().equals(codeId)).findFirst();
  }

  public boolean contains(String codeId) {
    return find(codeId).isPresent();
  }

  /**
   * The code with this id, for readers of codings: a coding must never name a code the codebook
   * does not have.
   *
   * @param location where the id was read ({@code coding/lead.csv:14}), for the message
   * @throws BadInputException naming the code, the place and the fix
   */
  public Code requireCode(String codeId, String location) {
    return find(codeId)
        .orElseThrow(() -> new BadInputException(List.of(unknownCode(codeId, location))));
  }

  /** The problem {@link #requireCode} reports, for readers that collect problems. */
  public static Problem unknownCode(String codeId, String location) {
    return Problem.at(
        location,
        "unknown code \""
            + codeId
            + "\": the codebook has no code with"
            + " this id; add it (tacit codebook add "
            + (Ids.isValid(codeId) ? codeId : "ID")
            + " --name \"...\") or correct the code");
  }

  /** The code's parent; empty for a top-level code or an unknown id. */
  public Optional<Code> parentOf(String codeId) {
    return Optional.ofNullable(parents().get(codeId));
  }

  /** The code and its ancestors' names from the top, {@code "Parent > Child"}. */
  public String path(String codeId) {
    List<String> names = new ArrayList<>();
    Map<String, Code> parents = parents();
    for (Optional<Code> c = find(codeId);
        c.isPresent();
        c = Optional.ofNullable(parents.get(c.get().id()))) {
      names.add(0, c.get().name());
    }
    return String.join(" > ", names);
  }

  /** 0 for a top-level code, 1 for its children, and so on. */
  public int depth(String codeId) {
    int depth = 0;
    Map<String, Code> parents = parents();
    for (Code p = parents.get(codeId); p != null; p = parents.get(p.id())) {
      depth++;
    }
    return depth;
  }

  /** The ids of the code and all its descendants, in tree order; empty for an unknown id. */
  public Set<String> subtreeIds(String codeId) {
    Set<String> ids = new LinkedHashSet<>();
    find(codeId).ifPresent(c -> walk(List.of(c)).forEach(d -> ids.add(d.id())));
    return ids;
  }

  public Codebook withCodes(List<Code> newCodes) {
    return new Codebook(id, title, version, source, description, newCodes, changelog);
  }

  public Codebook withEntry(ChangelogEntry entry) {
    List<ChangelogEntry> log = new ArrayList<>(changelog);
    log.add(entry);
    return new Codebook(id, title, version, source, description, codes, log);
  }

  private Map<String, Code> parents() {
    Map<String, Code> parents = new HashMap<>();
    for (Code c : all()) {
      c.children().forEach(child -> parents.put(child.id(), c));
    }
    return parents;
  }

  private static List<Code> walk(List<Code> top) {
    List<Code> out = new ArrayList<>();
    for (Code c : top) {
      out.add(c);
      out.addAll(walk(c.children()));
    }
    return out;
  }
}
