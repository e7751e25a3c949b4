package io.tacit.codebook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.tacit.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A YAML document as a tree whose every node knows its line, read with Jackson's streaming parser
 * (Jackson's own trees forget where things were, and a researcher needs the line). Immutable once
 * read. Shared with other readers of located YAML (themes.yaml).
 */
public final class YamlTree {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  /** A node of the tree. */
  public sealed interface Node permits Scalar, Mapping, Sequence {
    int line();
  }

  /** A scalar; {@code text} is null for an empty value or {@code null}. */
  public record Scalar(int line, @Nullable String text) implements Node {}

  /** A mapping's entry, with the line of its key. */
  public record Entry(String key, int line, Node value) {}

  /** A mapping, in the file's order; duplicate keys are kept for the reader to report. */
  public record Mapping(int line, List<Entry> entries) implements Node {}

  /** A sequence. */
  public record Sequence(int line, List<Node> items) implements Node {}

  private YamlTree() {}

  /**
   * @throws BadInputException with the parser's line and a human message if the text is not YAML
   */
  public static Node read(String file, String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Scalar(1, null);
      }
      return node(parser, file);
    } catch (JsonProcessingException e) {
      throw YamlErrors.describe(file, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Node node(JsonParser p, String file) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
      throw new BadInputException(
          file + ":" + line,
          "YAML aliases (*"
              + p.getText()
              + ") are"
              + " not used in codebooks; write the value out in full");
    }
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      List<Entry> entries = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int keyLine = p.currentTokenLocation().getLineNr();
        p.nextToken();
        entries.add(new Entry(key, keyLine, node(p, file)));
      }
      return new Mapping(line, entries);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(p, file));
      }
      return new Sequence(line, items);
    }
    return new Scalar(line, t == JsonToken.VALUE_NULL ? null : p.getText());
  }
}
