package io.tacit.text;

import java.text.Normalizer;

/**
 * Puts text in the one form Tacit stores and counts: no byte-order mark, LF line ends, Unicode NFC
 * (so that "é" typed two ways is one code point and offsets agree across tools).
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String text) {
    String s = text;
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
