package io.tacit.nlp;

/**
 * A named entity found in a text, as a half-open range of code points (never UTF-16 units).
 * Immutable.
 */
public record Entity(EntityKind kind, int start, int end) {
  public Entity {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("not an entity span: " + start + "-" + end);
    }
  }
}
