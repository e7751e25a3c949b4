package io.tacit.search;

import io.tacit.text.CodePointText;
import io.tacit.text.Span;
import io.tacit.transcript.Role;
import io.tacit.transcript.UnitId;
import java.util.List;

/**
 * One unit that matched a search, with where in it the query matched. Immutable.
 *
 * @param unit the unit id
 * @param participant the participant the transcript belongs to
 * @param speaker the speaker label of the unit's turn
 * @param role interviewer or participant
 * @param span the unit in the transcript's canonical text
 * @param text the unit's text
 * @param score the relevance score (BM25); higher is better
 * @param matches the matched passages, as code-point spans of the canonical text, sorted and
 *     disjoint; empty when only non-text fields matched (e.g. {@code speaker:p01})
 */
public record Hit(
    UnitId unit,
    String participant,
    String speaker,
    Role role,
    Span span,
    String text,
    double score,
    List<Span> matches) {
  public Hit {
    matches = List.copyOf(matches);
  }

  /** The text with each match wrapped in {@code open} and {@code close}, e.g. {@code **}. */
  public String marked(String open, String close) {
    CodePointText cp = new CodePointText(text);
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Span m : matches) {
      int from = m.start() - span.start();
      int to = m.end() - span.start();
      out.append(cp.substring(Span.of(at, from)))
          .append(open)
          .append(cp.substring(Span.of(from, to)))
          .append(close);
      at = to;
    }
    return out.append(cp.substring(Span.of(at, cp.length()))).toString();
  }
}
