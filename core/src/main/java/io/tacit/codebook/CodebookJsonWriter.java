package io.tacit.codebook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.tacit.JsonLayout;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the JSON of DESIGN.md: {@code {id, title, version, source, codes: [{id, name, definition,
 * include, exclude, examples, terms, color, children}]}} as a tree, plus {@code description}, each
 * code's {@code short} and the {@code changelog}. Keys in that order, two-space indentation, LF.
 */
final class CodebookJsonWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private CodebookJsonWriter() {}

  static String write(Codebook cb) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(JsonLayout.printer());
      g.writeStartObject();
      g.writeStringField("id", cb.id());
      g.writeStringField("title", cb.title());
      g.writeStringField("version", cb.version());
      g.writeStringField("source", cb.source());
      g.writeStringField("description", cb.description());
      g.writeFieldName("codes");
      codes(g, cb.codes());
      g.writeArrayFieldStart("changelog");
      for (ChangelogEntry e : cb.changelog()) {
        g.writeStartObject();
        g.writeStringField("date", e.date());
        g.writeStringField("action", e.action().label());
        g.writeStringField("code", e.code());
        g.writeStringField("detail", e.detail());
        g.writeStringField("reason", e.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void codes(JsonGenerator g, List<Code> codes) throws IOException {
    g.writeStartArray();
    for (Code c : codes) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeStringField("name", c.name());
      g.writeStringField("short", c.shortDefinition());
      g.writeStringField("definition", c.definition());
      g.writeStringField("include", c.include());
      g.writeStringField("exclude", c.exclude());
      strings(g, "examples", c.examples());
      strings(g, "terms", c.terms());
      g.writeStringField("color", c.color());
      g.writeFieldName("children");
      codes(g, c.children());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
