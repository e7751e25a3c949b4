package io.tacit.report;

import java.util.List;

/**
 * One theme as reported: what it is, its codes, how far it reaches (participants n/N, per group),
 * and illustrative quotes attributed by role and participant id. Immutable.
 *
 * @param depth 0 for a theme, 1 for a subtheme, ...
 * @param status candidate, reviewed or final
 * @param extracts units carrying any of its codes
 * @param participants participants contributing extracts
 * @param of participants in the data
 */
public record ThemeSection(
    String id,
    String name,
    String description,
    String status,
    int depth,
    List<CodeRef> codes,
    int extracts,
    int participants,
    int of,
    List<GroupReach> byGroup,
    List<QuoteView> quotes) {

  public ThemeSection {
    codes = List.copyOf(codes);
    byGroup = List.copyOf(byGroup);
    quotes = List.copyOf(quotes);
  }

  /** A member code. */
  public record CodeRef(String id, String name) {}

  /** Participants of one group contributing, of the group's size. */
  public record GroupReach(String group, int n, int of) {
    public String text() {
      return group + " " + n + "/" + of;
    }
  }

  /**
   * A quote.
   *
   * @param unit the unit quoted, e.g. {@code p07:t12}
   * @param attribution by role and participant id, never by name: "a case manager (P03)"
   */
  public record QuoteView(
      String unit, String participant, String role, String attribution, String text) {
    /** The attribution with a capital first letter, to open a sentence. */
    public String speaker() {
      return Character.toUpperCase(attribution.charAt(0)) + attribution.substring(1);
    }
  }

  /** {@code 9/12}. */
  public String reach() {
    return participants + "/" + of;
  }

  public String byGroupText() {
    return String.join(", ", byGroup.stream().map(GroupReach::text).toList());
  }

  public boolean hasGroups() {
    return !byGroup.isEmpty();
  }

  public String codeList() {
    return String.join(", ", codes.stream().map(CodeRef::name).toList());
  }

  public boolean subtheme() {
    return depth > 0;
  }
}
