package io.tacit;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The one layout of every JSON file and output Tacit writes: two-space indentation, LF line ends,
 * {@code "key": value}. The same data then gives the same bytes on every platform, and files diff
 * cleanly under git.
 */
public final class JsonLayout {
  private JsonLayout() {}

  /** A fresh pretty printer (a generator keeps its own, since printers track their depth). */
  public static DefaultPrettyPrinter printer() {
    return new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"))
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
  }

  /** A writer of {@code mapper}'s values in this layout. */
  public static ObjectWriter writer(ObjectMapper mapper) {
    return mapper.writer(printer());
  }
}
