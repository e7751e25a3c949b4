package io.tacit.exchange;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import io.tacit.text.CodePointText;
import io.tacit.text.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The explicit mapping from another tool's character positions in a source to code-point offsets in
 * the transcript Tacit made of it, in three steps:
 *
 * <ol>
 *   <li>the tool's positions to indices of the source text as stored (by {@link PositionScheme}:
 *       UTF-16 units or code points, CRLF as two or one, a byte-order mark skipped);
 *   <li>the source to its normal form (LF line ends, NFC), one segment at a time (a line break, or
 *       a character with its combining marks), so a position inside a segment rounds outwards;
 *   <li>the normal form to the canonical text by Myers' diff of their code points: the canonical
 *       text is the same characters with headers and timestamps left out, speaker turns laid out
 *       one paragraph each, and blank lines reduced.
 * </ol>
 *
 * <p>A selection is placed only when the text it covers is the text Tacit keeps: every character of
 * it that is not white space is in the canonical span, and every such character of the canonical
 * span comes from it. White space may differ (line ends, the blank line between turns). Anything
 * else is refused with the reason, never shifted. Immutable after construction.
 */
public final class SourceAlignment {
  private final String raw;
  private final int[] norm;
  private final int[] normStart;
  private final int[] normEnd;
  private final int[] canon;
  private final int[] canonOfNorm;
  private final boolean[] canonMatched;
  private final Map<PositionScheme, Positions> positions = new EnumMap<>(PositionScheme.class);

  /** Where each of a scheme's positions is in the source; -1 inside a character. */
  private record Positions(int[] rawIndex, int total) {}

  /** Where a selection landed, or why it could not be placed. */
  public sealed interface Placement {}

  /** A selection placed on the canonical text. */
  public record Placed(Span span) implements Placement {}

  /** A selection that cannot be placed, and why, in words for the researcher. */
  public record Unplaced(String reason) implements Placement {}

  /**
   * @param raw the source's text as the tool stores it (byte-order mark and CRs included)
   * @param canonical the transcript's canonical text
   */
  public SourceAlignment(String raw, CodePointText canonical) {
    this.raw = raw;
    int len = raw.length();
    this.normStart = new int[len + 1];
    this.normEnd = new int[len + 1];
    List<Integer> n = new ArrayList<>(len);
    int i = 0;
    if (len > 0 && raw.charAt(0) == '\uFEFF') {
      i = 1;
    }
    while (i < len) {
      int segment = i;
      int j;
      @Nullable String out;
      if (raw.charAt(i) == '\r') {
        j = i + 1 < len && raw.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        out = "\n";
      } else {
        int cp = raw.codePointAt(i);
        j = i + Character.charCount(cp);
        while (j < len && isMark(raw.codePointAt(j))) {
          j += Character.charCount(raw.codePointAt(j));
        }
        // Below U+0300 a lone character is already NFC: most text needs no normalizer call.
        out =
            j == i + 1 && cp < 0x300
                ? null
                : Normalizer.normalize(raw.substring(i, j), Normalizer.Form.NFC);
        if (out == null) {
          n.add(cp);
          normStart[segment] = n.size() - 1;
          normEnd[segment] = n.size() - 1;
          i = j;
          continue;
        }
      }
      int ns = n.size();
      out.codePoints().forEach(n::add);
      int ne = n.size();
      normStart[segment] = ns;
      normEnd[segment] = ns;
      for (int k = segment + 1; k < j; k++) {
        normStart[k] = ns;
        normEnd[k] = ne;
      }
      i = j;
    }
    normStart[len] = n.size();
    normEnd[len] = n.size();
    this.norm = n.stream().mapToInt(Integer::intValue).toArray();
    this.canon = canonical.text().codePoints().toArray();
    this.canonOfNorm = new int[norm.length];
    this.canonMatched = new boolean[canon.length];
    align(n);
  }

  private void align(List<Integer> n) {
    Arrays.fill(canonOfNorm, -1);
    // The common start and end match as they are; only what lies between needs the diff.
    int head = 0;
    while (head < norm.length && head < canon.length && norm[head] == canon[head]) {
      head++;
    }
    int tail = 0;
    while (tail < norm.length - head
        && tail < canon.length - head
        && norm[norm.length - 1 - tail] == canon[canon.length - 1 - tail]) {
      tail++;
    }
    List<Integer> c = Arrays.stream(canon, head, canon.length - tail).boxed().toList();
    List<Change> changes =
        new MeyersDiffWithLinearSpace<Integer>()
            .computeDiff(n.subList(head, norm.length - tail), c, null);
    int o = 0;
    int r = 0;
    for (Change change : changes) {
      for (; o < change.startOriginal; o++, r++) {
        match(head + o, head + r);
      }
      o = change.endOriginal;
      r = change.endRevised;
    }
    for (; head + o < norm.length; o++, r++) {
      match(head + o, head + r);
    }
    for (int k = 0; k < head; k++) {
      match(k, k);
    }
  }

  private void match(int normIndex, int canonIndex) {
    canonOfNorm[normIndex] = canonIndex;
    canonMatched[canonIndex] = true;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** How many positions the source has in this scheme. */
  public int length(PositionScheme scheme) {
    return positions(scheme).total();
  }

  /** Whether the schemes can disagree on this source: it has a CRLF or a character past U+FFFF. */
  public boolean schemesDiffer() {
    return raw.contains("\r\n") || raw.codePoints().anyMatch(cp -> cp > 0xFFFF);
  }

  /** Places the selection {@code [start, end)} given in {@code scheme}'s positions. */
  public Placement place(long start, long end, PositionScheme scheme) {
    Positions p = positions(scheme);
    if (start < 0 || end > p.total() || start >= end) {
      return new Unplaced(
          "positions "
              + start
              + "-"
              + end
              + " do not fit the source's text (0-"
              + p.total()
              + " "
              + scheme.label()
              + ")");
    }
    int rs = p.rawIndex()[(int) start];
    int re = p.rawIndex()[(int) end];
    if (rs < 0 || re < 0) {
      return new Unplaced(
          "positions "
              + start
              + "-"
              + end
              + " split a character in two when"
              + " counted in "
              + scheme.label());
    }
    int ns = normStart[rs];
    int ne = normEnd[re];
    int first = -1;
    int last = -1;
    boolean words = false;
    for (int k = ns; k < ne; k++) {
      words |= !Character.isWhitespace(norm[k]);
      if (canonOfNorm[k] >= 0) {
        first = first < 0 ? k : first;
        last = k;
      } else if (!Character.isWhitespace(norm[k])) {
        return new Unplaced(
            "it covers \""
                + excerpt(norm, k)
                + "\", which Tacit's transcript"
                + " of the source leaves out (a header line, a timestamp, or a label written"
                + " differently)");
      }
    }
    if (first < 0 || !words) {
      return new Unplaced("it covers only white space");
    }
    int cs = canonOfNorm[first];
    int ce = canonOfNorm[last] + 1;
    for (int k = cs; k < ce; k++) {
      if (!canonMatched[k] && !Character.isWhitespace(canon[k])) {
        return new Unplaced(
            "Tacit's transcript has \""
                + excerpt(canon, k)
                + "\" inside it,"
                + " which the source has not");
      }
    }
    return new Placed(Span.of(cs, ce));
  }

  /**
   * Whether a span starts and ends between words, as people select text: the tell-tale of the right
   * position scheme, since a wrong one shifts selections into words.
   */
  public boolean atWordBoundaries(Span span) {
    return boundary(span.start()) && boundary(span.end());
  }

  private boolean boundary(int at) {
    return at <= 0
        || at >= canon.length
        || !Character.isLetterOrDigit(canon[at - 1])
        || !Character.isLetterOrDigit(canon[at]);
  }

  private static String excerpt(int[] cps, int at) {
    int end = Math.min(cps.length, at + 20);
    return new String(cps, at, end - at).replace("\n", "\\n");
  }

  private Positions positions(PositionScheme scheme) {
    return positions.computeIfAbsent(scheme, this::count);
  }

  private Positions count(PositionScheme scheme) {
    int len = raw.length();
    int[] map = new int[len + 1];
    int i = len > 0 && raw.charAt(0) == '\uFEFF' ? 1 : 0;
    int pos = 0;
    map[0] = i;
    while (i < len) {
      int cp = raw.codePointAt(i);
      boolean crlf = cp == '\r' && i + 1 < len && raw.charAt(i + 1) == '\n';
      int w = scheme.width(cp, crlf);
      i += Character.charCount(cp);
      if (w == 0) {
        continue; // a CR counted with its LF: the position before it stays before it
      }
      for (int k = 1; k < w; k++) {
        map[pos + k] = -1;
      }
      pos += w;
      map[pos] = i;
    }
    return new Positions(map, pos);
  }
}
