package io.tacit.search;

import io.tacit.text.CodePointText;
import io.tacit.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keyword in context: one line per match occurrence, with the text on either side cut to a fixed
 * number of code points, in transcript order (unit id, then offset) so that a concordance reads
 * like the data. Context stays within the unit, the thing a researcher codes.
 */
public final class Kwic {
  private Kwic() {}

  public static List<KwicLine> lines(List<Hit> hits, int width) {
    if (width < 0) {
      throw new IllegalArgumentException("context width must not be negative: " + width);
    }
    List<KwicLine> lines = new ArrayList<>();
    for (Hit hit : hits) {
      CodePointText text = new CodePointText(hit.text());
      for (Span m : hit.matches()) {
        int from = m.start() - hit.span().start();
        int to = m.end() - hit.span().start();
        String left = text.substring(Span.of(Math.max(0, from - width), from));
        String right = text.substring(Span.of(to, Math.min(text.length(), to + width)));
        lines.add(
            new KwicLine(
                hit.unit(),
                hit.participant(),
                m,
                flat(left),
                flat(text.substring(Span.of(from, to))),
                flat(right)));
      }
    }
    lines.sort(Comparator.comparing(KwicLine::unit).thenComparing(KwicLine::span));
    return lines;
  }

  private static String flat(String s) {
    return s.replace('\n', ' ').replace('\t', ' ');
  }
}
