package io.tacit.codebook;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a codebook as YAML the way the template lays it out: keys in the template's order,
 * two-space indentation, long text as folded {@code >-} blocks wrapped before 100 columns, text
 * with line breaks as literal {@code |} blocks, and double quotes only where YAML needs them. The
 * same codebook always gives the same bytes, so writing what was read changes nothing.
 *
 * <p>Jackson's YAML writer cannot fold long text, so this drives SnakeYAML's emitter (the library
 * under Jackson's YAML support) event by event; SnakeYAML still decides how to escape each value.
 */
final class CodebookYamlWriter {
  /**
   * SnakeYAML folds at the first space past this column, so folded lines end near 100; a value that
   * would run past it on its key's line is folded rather than left for SnakeYAML to split.
   */
  private static final int WIDTH = 84;

  /** Plain (unquoted) style only for text that is plainly text to any reader of YAML. */
  private static final Pattern SAFE_PLAIN = Pattern.compile("[\\p{L}\\p{N}][^\\n\\t]*");

  private static final Resolver RESOLVER = new Resolver();

  private final Emitter emitter;
  private int depth;

  private CodebookYamlWriter(StringWriter out) {
    DumperOptions options = new DumperOptions();
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setWidth(WIDTH);
    options.setSplitLines(true);
    options.setAllowUnicode(true);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    this.emitter = new Emitter(out, options);
  }

  static String write(Codebook codebook) {
    StringWriter out = new StringWriter();
    new CodebookYamlWriter(out).codebook(codebook);
    return out.toString();
  }

  private void codebook(Codebook cb) {
    emit(new StreamStartEvent(null, null));
    emit(new DocumentStartEvent(null, null, false, null, null));
    startMapping();
    field("id", cb.id());
    field("title", cb.title());
    field("version", cb.version());
    field("source", cb.source());
    if (!cb.description().isEmpty()) {
      field("description", cb.description());
    }
    key("codes");
    codes(cb.codes());
    if (!cb.changelog().isEmpty()) {
      key("changelog");
      startSequence(false);
      for (ChangelogEntry e : cb.changelog()) {
        startMapping();
        field("date", e.date());
        field("action", e.action().label());
        field("code", e.code());
        field("detail", e.detail());
        field("reason", e.reason());
        endMapping();
      }
      endSequence();
    }
    endMapping();
    emit(new DocumentEndEvent(null, null, false));
    emit(new StreamEndEvent(null, null));
  }

  private void codes(List<Code> codes) {
    startSequence(codes.isEmpty());
    for (Code c : codes) {
      startMapping();
      field("id", c.id());
      field("name", c.name());
      field("short", c.shortDefinition());
      field("definition", c.definition());
      field("include", c.include());
      field("exclude", c.exclude());
      list("examples", c.examples());
      list("terms", c.terms());
      if (c.color() != null) {
        key("color");
        scalar(c.color(), ScalarStyle.DOUBLE_QUOTED);
      }
      if (c.qdaGuid() != null) {
        field("qdaGuid", c.qdaGuid());
      }
      if (!c.children().isEmpty()) {
        key("children");
        codes(c.children());
      }
      endMapping();
    }
    endSequence();
  }

  private void field(String key, String value) {
    key(key);
    value(value, key.length() + 2);
  }

  private void list(String key, List<String> values) {
    key(key);
    startSequence(values.isEmpty());
    values.forEach(v -> value(v, 2));
    endSequence();
  }

  private void key(String key) {
    scalar(key, ScalarStyle.PLAIN);
  }

  /**
   * @param prefix the columns taken on the line before the value: "key: " or "- "
   */
  private void value(String value, int prefix) {
    ScalarStyle style;
    if (value.indexOf('\n') >= 0) {
      style = ScalarStyle.LITERAL;
    } else if (indent() + prefix + value.length() > WIDTH) {
      style = ScalarStyle.FOLDED;
    } else if (SAFE_PLAIN.matcher(value).matches()
        && !value.contains(": ")
        && !value.contains(" #")
        && !value.endsWith(":")
        && !value.endsWith(" ")) {
      style = ScalarStyle.PLAIN;
    } else {
      style = ScalarStyle.DOUBLE_QUOTED;
    }
    scalar(value, style);
  }

  private void scalar(String value, ScalarStyle style) {
    // Plain only if a reader would take it back as text: "1.0", "yes" and "null" would not be.
    boolean plainIsText = RESOLVER.resolve(NodeId.scalar, value, true).equals(Tag.STR);
    ScalarStyle chosen =
        style == ScalarStyle.PLAIN && !plainIsText ? ScalarStyle.DOUBLE_QUOTED : style;
    emit(
        new ScalarEvent(
            null, null, new ImplicitTuple(plainIsText, true), value, null, null, chosen));
  }

  /** The column where the current mapping's keys start: each level of codes indents by four. */
  private int indent() {
    return Math.max(0, depth - 1) * 4;
  }

  private void startMapping() {
    depth++;
    emit(new MappingStartEvent(null, null, true, null, null, FlowStyle.BLOCK));
  }

  private void endMapping() {
    depth--;
    emit(new MappingEndEvent(null, null));
  }

  private void startSequence(boolean empty) {
    // An empty list reads best as [], the only form YAML has for it besides omitting the key.
    emit(
        new SequenceStartEvent(
            null, null, true, null, null, empty ? FlowStyle.FLOW : FlowStyle.BLOCK));
  }

  private void endSequence() {
    emit(new SequenceEndEvent(null, null));
  }

  private void emit(Event event) {
    try {
      emitter.emit(event);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
