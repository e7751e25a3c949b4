package io.tacit.cli.render;

/**
 * How matches stand out in printed text: bold colour on a terminal, {@code **} around them
 * elsewhere (Markdown's bold, so md output renders them, and easy to strip in CSV or JSON).
 *
 * @param open what goes before a match
 * @param close what goes after it
 */
public record Emphasis(String open, String close) {
  public static final Emphasis MARKERS = new Emphasis("**", "**");
  public static final Emphasis ANSI = new Emphasis("\u001b[1;33m", "\u001b[0m");

  public static Emphasis forTerminal(boolean terminal) {
    return terminal ? ANSI : MARKERS;
  }

  public String apply(String text) {
    return open + text + close;
  }
}
