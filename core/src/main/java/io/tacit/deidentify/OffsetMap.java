package io.tacit.deidentify;

import io.tacit.text.Span;
import java.util.List;

/**
 * Carries offsets of a text over to the same text after a set of replacements (sorted, not
 * overlapping). An offset outside every replaced span moves by what the replacements before it
 * added or removed. A span whose start or end falls inside a replaced identifier is widened to
 * cover the whole replacement, so a coding never ends half-way into {@code [PERSON-3]}. Immutable.
 */
public final class OffsetMap {
  private final List<Edit> edits;
  private final int[] newStarts;

  OffsetMap(List<Edit> edits) {
    this.edits = List.copyOf(edits);
    this.newStarts = new int[edits.size()];
    int shift = 0;
    for (int i = 0; i < edits.size(); i++) {
      Edit e = edits.get(i);
      newStarts[i] = e.span().start() + shift;
      shift += e.replacementLength() - e.span().length();
    }
  }

  /** A span's new place, widened where an end falls inside a replacement. */
  public Span map(Span span) {
    int start = mapStart(span.start());
    int end = Math.max(start, mapEnd(span.end()));
    return Span.of(start, end);
  }

  /** Whether mapping the span widens it (an end falls strictly inside a replaced identifier). */
  public boolean widens(Span span) {
    for (Edit e : edits) {
      Span s = e.span();
      if ((span.start() > s.start() && span.start() < s.end())
          || (span.end() > s.start() && span.end() < s.end())) {
        return true;
      }
    }
    return false;
  }

  /** A start offset: inside a replacement it moves to the replacement's start. */
  int mapStart(int offset) {
    int i = last(offset);
    if (i < 0) {
      return offset;
    }
    Edit e = edits.get(i);
    if (offset < e.span().end()) {
      return newStarts[i];
    }
    return newStarts[i] + e.replacementLength() + (offset - e.span().end());
  }

  /** An end offset: inside a replacement it moves to the replacement's end. */
  int mapEnd(int offset) {
    int i = last(offset - 1);
    if (i < 0) {
      return offset;
    }
    Edit e = edits.get(i);
    if (offset <= e.span().end()) {
      return newStarts[i] + e.replacementLength();
    }
    return newStarts[i] + e.replacementLength() + (offset - e.span().end());
  }

  /** The last edit starting at or before {@code offset}, or -1. */
  private int last(int offset) {
    int lo = 0;
    int hi = edits.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (edits.get(mid).span().start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
