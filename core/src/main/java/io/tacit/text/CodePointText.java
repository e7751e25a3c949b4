package io.tacit.text;

import org.jspecify.annotations.Nullable;

/**
 * A string indexed by code points, so that offsets agree with what Python and R count. Converting
 * between code-point and UTF-16 offsets is O(1) after an O(n) scan; strings without surrogate pairs
 * (most transcripts) need no table at all. Immutable and thread-safe.
 */
public final class CodePointText {
  private final String text;
  private final int length;

  /** charIndex[cp] for cp in [0, length]; null when every code point is one char. */
  private final int @Nullable [] charIndex;

  public CodePointText(String text) {
    this.text = text;
    this.length = text.codePointCount(0, text.length());
    if (length == text.length()) {
      this.charIndex = null;
    } else {
      int[] index = new int[length + 1];
      int cp = 0;
      for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
        index[cp++] = i;
      }
      index[length] = text.length();
      this.charIndex = index;
    }
  }

  public String text() {
    return text;
  }

  /** Length in code points. */
  public int length() {
    return length;
  }

  /** The UTF-16 index of a code-point offset in {@code [0, length]}. */
  public int toCharIndex(int codePointOffset) {
    if (codePointOffset < 0 || codePointOffset > length) {
      throw new IndexOutOfBoundsException("offset " + codePointOffset + " outside 0-" + length);
    }
    int[] index = charIndex;
    return index == null ? codePointOffset : index[codePointOffset];
  }

  /** The code-point offset of a UTF-16 index (which must not split a surrogate pair). */
  public int toCodePointOffset(int charIndex) {
    int[] index = this.charIndex;
    if (index == null) {
      return charIndex;
    }
    int found = java.util.Arrays.binarySearch(index, charIndex);
    return found >= 0 ? found : text.codePointCount(0, charIndex);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodePointText other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }

  public String substring(Span span) {
    if (span.end() > length) {
      throw new IndexOutOfBoundsException("span " + span + " past the end (" + length + ")");
    }
    return text.substring(toCharIndex(span.start()), toCharIndex(span.end()));
  }
}
