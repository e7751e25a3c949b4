package io.tacit.coding;

import io.tacit.text.Ids;
import io.tacit.text.Span;
import java.time.Instant;
import java.util.Comparator;

/**
 * One coder's application of one code to a span of one transcript. Immutable.
 *
 * @param coder the coder's id (the file {@code coding/CODER.csv})
 * @param doc the transcript id
 * @param span code-point offsets into the transcript's canonical text
 * @param code the code id
 * @param memo the coder's note, possibly empty
 * @param created when it was coded (UTC, second precision in files)
 */
public record Coding(String coder, String doc, Span span, String code, String memo, Instant created)
    implements Comparable<Coding> {

  /** The order of coder files: doc, start, end, code, then the rest for a total order. */
  public static final Comparator<Coding> FILE_ORDER =
      Comparator.comparing(Coding::doc)
          .thenComparing(Coding::span)
          .thenComparing(Coding::code)
          .thenComparing(Coding::memo)
          .thenComparing(Coding::created)
          .thenComparing(Coding::coder);

  public Coding {
    Ids.require("coder", coder);
    Ids.require("transcript", doc);
    if (span.isEmpty()) {
      throw new IllegalArgumentException("a coding covers at least one character: " + span);
    }
  }

  /** The same application, ignoring memo and time: adding it again changes nothing. */
  public boolean sameApplication(Coding other) {
    return coder.equals(other.coder)
        && doc.equals(other.doc)
        && span.equals(other.span)
        && code.equals(other.code);
  }

  @Override
  public int compareTo(Coding o) {
    return FILE_ORDER.compare(this, o);
  }
}
