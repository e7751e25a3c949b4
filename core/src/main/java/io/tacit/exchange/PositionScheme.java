package io.tacit.exchange;

import java.util.Locale;

/**
 * How a tool counts the characters of a source when it writes a selection's {@code startPosition}
 * and {@code endPosition}. A byte-order mark is never counted: no tool shows it. Closed set; see
 * docs/adr/0012-exchange-positions.md.
 */
public enum PositionScheme {
  /** The standard's reading: Unicode code points, a CRLF line break being two of them. */
  CODE_POINTS("code points"),
  /** NVivo's: UTF-16 units (an emoji is two), a CRLF line break two. */
  UTF16("UTF-16 units"),
  /** ATLAS.ti's: code points, but a CRLF line break counted as one character. */
  CRLF_AS_ONE("code points with CRLF as one");

  private final String label;

  PositionScheme(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** How many positions one character of the source takes; {@code crlf} for a CR before LF. */
  int width(int codePoint, boolean crlf) {
    return switch (this) {
      case CODE_POINTS -> 1;
      case UTF16 -> Character.charCount(codePoint);
      case CRLF_AS_ONE -> crlf ? 0 : 1;
    };
  }

  /** The tool a project's {@code origin} names, and the scheme it counts in. */
  public enum Vendor {
    NVIVO("NVivo", UTF16),
    ATLAS_TI("ATLAS.ti", CRLF_AS_ONE),
    MAXQDA("MAXQDA", CODE_POINTS),
    QUALCODER("QualCoder", CODE_POINTS),
    TACIT("Tacit", CODE_POINTS),
    OTHER("another tool", CODE_POINTS);

    private final String label;
    private final PositionScheme scheme;

    Vendor(String label, PositionScheme scheme) {
      this.label = label;
      this.scheme = scheme;
    }

    public String label() {
      return label;
    }

    public PositionScheme scheme() {
      return scheme;
    }

    /** From the {@code origin} attribute ({@code "NVivo 14.23.0"}, {@code "ATLAS.ti 23"}). */
    public static Vendor of(String origin) {
      String o = origin.toLowerCase(Locale.ROOT).replace(".", "").replace(" ", "");
      if (o.contains("nvivo")) {
        return NVIVO;
      }
      if (o.contains("atlasti")) {
        return ATLAS_TI;
      }
      if (o.contains("maxqda")) {
        return MAXQDA;
      }
      if (o.contains("qualcoder")) {
        return QUALCODER;
      }
      return o.contains("tacit") ? TACIT : OTHER;
    }
  }
}
