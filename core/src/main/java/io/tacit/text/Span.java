package io.tacit.text;

/**
 * A half-open range {@code [start, end)} of code points in a transcript's canonical text.
 * Immutable.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a span: " + start + "-" + end);
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  /** The number of code points both spans cover. */
  public int overlap(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
