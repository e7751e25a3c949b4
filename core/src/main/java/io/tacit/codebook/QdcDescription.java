package io.tacit.codebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * REFI-QDA gives a code one free-text {@code Description}. Tacit writes its fields there as
 * paragraphs: the definition first (what other tools show), then labelled paragraphs ({@code
 * Short:}, {@code Include:}, {@code Exclude:}, {@code Example:}, {@code Terms:}), and reads them
 * back the same way, so a codebook survives a trip through another tool. A description without
 * labels is taken as the definition.
 */
final class QdcDescription {
  private static final String SHORT = "Short: ";
  private static final String INCLUDE = "Include: ";
  private static final String EXCLUDE = "Exclude: ";
  private static final String EXAMPLE = "Example: ";
  private static final String TERMS = "Terms: ";

  private QdcDescription() {}

  static String compose(Code c) {
    List<String> paragraphs = new ArrayList<>();
    if (!c.definition().isEmpty()) {
      paragraphs.add(c.definition());
    }
    labelled(paragraphs, SHORT, c.shortDefinition());
    labelled(paragraphs, INCLUDE, c.include());
    labelled(paragraphs, EXCLUDE, c.exclude());
    c.examples().forEach(e -> labelled(paragraphs, EXAMPLE, e));
    labelled(paragraphs, TERMS, String.join(CodebookCsv.TERM_SEPARATOR, c.terms()));
    return String.join("\n\n", paragraphs);
  }

  private static void labelled(List<String> paragraphs, String label, String value) {
    if (!value.isEmpty()) {
      paragraphs.add(label + value);
    }
  }

  /** Fills the draft's fields; a paragraph without a label continues the one before. */
  static void parse(String description, CodeDraft c) {
    List<String> definition = new ArrayList<>();
    List<String> current = definition;
    List<String> shortText = new ArrayList<>();
    List<String> include = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    List<List<String>> examples = new ArrayList<>();
    for (String p : description.strip().replace("\r\n", "\n").split("\n\\s*\n")) {
      String text = p.strip();
      if (text.startsWith(SHORT)) {
        current = shortText;
      } else if (text.startsWith(INCLUDE)) {
        current = include;
      } else if (text.startsWith(EXCLUDE)) {
        current = exclude;
      } else if (text.startsWith(TERMS)) {
        current = terms;
      } else if (text.startsWith(EXAMPLE)) {
        current = new ArrayList<>();
        examples.add(current);
      } else {
        current.add(text);
        continue;
      }
      current.add(text.substring(text.indexOf(": ") + 2).strip());
    }
    c.definition = join(definition);
    c.shortDefinition = join(shortText);
    c.include = join(include);
    c.exclude = join(exclude);
    c.examples = examples.stream().map(QdcDescription::join).filter(s -> !s.isEmpty()).toList();
    c.terms =
        Arrays.stream(join(terms).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String join(List<String> paragraphs) {
    return String.join("\n\n", paragraphs).strip();
  }
}
