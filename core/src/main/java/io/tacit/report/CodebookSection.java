package io.tacit.report;

import java.util.List;

/**
 * The codebook: where it came from, how often each code was applied by each coder, and its
 * changelog. Immutable.
 *
 * @param title the codebook's title
 * @param version its version
 * @param source where its codes come from
 * @param coders the coders, in the order of each row's counts
 * @param codes every code, parents before children
 * @param changelog every recorded change, oldest first
 */
public record CodebookSection(
    String title,
    String version,
    String source,
    List<String> coders,
    List<CodeRow> codes,
    List<Change> changelog) {

  public CodebookSection {
    coders = List.copyOf(coders);
    codes = List.copyOf(codes);
    changelog = List.copyOf(changelog);
  }

  /**
   * One code.
   *
   * @param depth 0 for a top-level code
   * @param counts codings per coder, in {@link #coders()} order
   * @param reported codings of the reported coder
   */
  public record CodeRow(String id, String name, int depth, List<Integer> counts, int reported) {
    public CodeRow {
      counts = List.copyOf(counts);
    }

    /** The name, indented by its depth for a flat table. */
    public String label() {
      return "\u00b7 ".repeat(depth) + name;
    }
  }

  /** One changelog entry. */
  public record Change(String date, String action, String code, String detail, String reason) {}

  public boolean hasChangelog() {
    return !changelog.isEmpty();
  }

  /** The source without a closing full stop, to end a sentence with one. */
  public String sourceText() {
    String s = source.strip();
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /** Codes added during the study (the changelog's additions and imports). */
  public long added() {
    return changelog.stream().filter(c -> c.action().equals("add")).count();
  }

  /** Codes some coder applied. */
  public long used() {
    return codes.stream().filter(c -> c.counts().stream().anyMatch(n -> n > 0)).count();
  }
}
