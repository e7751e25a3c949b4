package io.tacit.deidentify;

import io.tacit.text.Span;

/**
 * One identifier found in a transcript's canonical text. Immutable.
 *
 * @param doc the transcript id
 * @param type what kind of identifier it is
 * @param span where it is, in code points of the canonical text
 * @param original the text at that span
 */
public record Finding(String doc, IdentifierType type, Span span, String original) {
  public Finding {
    if (span.isEmpty()) {
      throw new IllegalArgumentException("an identifier covers at least one character");
    }
  }
}
