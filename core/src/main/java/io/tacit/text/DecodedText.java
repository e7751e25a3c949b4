package io.tacit.text;

import java.util.List;

/**
 * A text file's content after decoding and normalisation.
 *
 * @param text normalised text (no BOM, LF, NFC)
 * @param encoding the encoding that was used, e.g. {@code UTF-8}, {@code UTF-16LE}
 * @param warnings what the user should know, e.g. a fallback to Windows-1252
 */
public record DecodedText(String text, String encoding, List<String> warnings) {
  public DecodedText {
    warnings = List.copyOf(warnings);
  }
}
