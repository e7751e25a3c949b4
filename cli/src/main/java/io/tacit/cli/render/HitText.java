package io.tacit.cli.render;

import io.tacit.search.Hit;
import io.tacit.search.KwicLine;
import io.tacit.transcript.Role;
import java.util.List;
import java.util.Map;

/** Search hits for reading at a terminal: whole passages, or a concordance aligned on the match. */
public final class HitText {
  private HitText() {}

  /**
   * Each hit as a heading (unit, who, score) and its whole text, matches emphasised: a passage is
   * read, not skimmed in a truncated table cell.
   *
   * @param describe a short description of each participant (e.g. their role), by id
   */
  public static String passages(List<Hit> hits, Emphasis emphasis, Map<String, String> describe) {
    StringBuilder out = new StringBuilder();
    for (Hit h : hits) {
      String who =
          h.role() == Role.INTERVIEWER
              ? "interviewer " + h.speaker()
              : "participant " + h.participant() + describe.getOrDefault(h.participant(), "");
      out.append(h.unit())
          .append("  ")
          .append(who)
          .append("  score ")
          .append(Figures.fixed(h.score(), 3))
          .append('\n')
          .append(h.marked(emphasis.open(), emphasis.close()))
          .append("\n\n");
    }
    return out.toString();
  }

  /** One line per match: unit id, left context right-aligned to {@code width}, match, right. */
  public static String concordance(List<KwicLine> lines, Emphasis emphasis, int width) {
    int idWidth = lines.stream().mapToInt(l -> l.unit().toString().length()).max().orElse(0);
    StringBuilder out = new StringBuilder();
    for (KwicLine l : lines) {
      String id = l.unit().toString();
      // One space on each side of the match, whatever spacing the text had there.
      String left = l.left().stripTrailing();
      out.append(id)
          .append(" ".repeat(idWidth - id.length()))
          .append("  ")
          .append(" ".repeat(Math.max(0, width - codePoints(left))))
          .append(left)
          .append(' ')
          .append(emphasis.apply(l.match()))
          .append(' ')
          .append(l.right().strip())
          .append('\n');
    }
    return out.toString();
  }

  private static int codePoints(String s) {
    return s.codePointCount(0, s.length());
  }
}
