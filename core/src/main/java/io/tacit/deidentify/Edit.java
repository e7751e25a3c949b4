package io.tacit.deidentify;

import io.tacit.text.Span;

/** One replacement in a transcript's canonical text. Immutable. */
public record Edit(Span span, String original, String replacement) {
  public Edit {
    if (span.isEmpty() || replacement.isEmpty()) {
      throw new IllegalArgumentException("an edit replaces some text with some text: " + span);
    }
  }

  int replacementLength() {
    return replacement.codePointCount(0, replacement.length());
  }
}
