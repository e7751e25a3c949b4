package io.tacit.codebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The comments of a codebook file, each attached to what it stands before, so that a codebook
 * rewritten by a command keeps them: a comment line goes with the next key or list item (a comment
 * above {@code - id: care-plan} goes with code care-plan, wherever the code moves), an end-of-line
 * comment with the key or item on its line, and comments after the last entry stay at the end.
 * Codes are known by id, changelog entries by position, list items by text. A comment whose code or
 * item is gone (removed, merged) goes with it. Blank lines are not kept.
 *
 * <p>SnakeYAML reads the comments (its parser reports them as events, with every key's line); its
 * emitter can write comments too, but puts those of list items on the item's dash line, so the
 * comments are set back into the writer's output line by line, at the lines SnakeYAML reports for
 * each key. Immutable.
 */
public final class CodebookComments {
  private static final CodebookComments NONE = new CodebookComments(Map.of(), List.of());

  /** What comments one key or list item carries. */
  private record Attached(List<String> before, @Nullable String inline) {}

  private final Map<String, Attached> byPath;
  private final List<String> end;

  private CodebookComments(Map<String, Attached> byPath, List<String> end) {
    this.byPath = byPath;
    this.end = end;
  }

  /** The comments of a codebook file; none if it has none or is not YAML. */
  public static CodebookComments read(String yaml) {
    if (yaml.indexOf('#') < 0) {
      return NONE;
    }
    try {
      Walk walk = Walk.of(yaml);
      Map<String, Attached> byPath = new LinkedHashMap<>();
      for (Item item : walk.items) {
        if (!item.before.isEmpty() || item.inline != null) {
          byPath.putIfAbsent(item.path(), new Attached(List.copyOf(item.before), item.inline));
        }
      }
      return byPath.isEmpty() && walk.trailing.isEmpty()
          ? NONE
          : new CodebookComments(Map.copyOf(byPath), List.copyOf(walk.trailing));
    } catch (YAMLException e) {
      return NONE;
    }
  }

  public boolean isEmpty() {
    return byPath.isEmpty() && end.isEmpty();
  }

  /**
   * Sets these comments into {@code yaml}, a codebook as {@link CodebookFormat#YAML} writes it:
   * comment lines above the line of the key or item they belong to, at its indentation, end-of-line
   * comments after its value. Without comments, {@code yaml} comes back unchanged.
   */
  public String placeInto(String yaml) {
    if (isEmpty()) {
      return yaml;
    }
    Map<Integer, List<String>> above = new LinkedHashMap<>();
    Map<Integer, String> after = new LinkedHashMap<>();
    for (Item item : Walk.of(yaml).items) {
      Attached a = byPath.get(item.path());
      if (a == null) {
        continue;
      }
      above.computeIfAbsent(item.line, k -> new ArrayList<>()).addAll(a.before());
      if (a.inline() != null) {
        after.putIfAbsent(item.inlineLine, a.inline());
      }
    }
    String[] lines = yaml.split("\n", -1);
    StringBuilder out = new StringBuilder(yaml.length() + 256);
    for (int i = 0; i < lines.length; i++) {
      boolean last = i == lines.length - 1;
      if (last && lines[i].isEmpty()) {
        break;
      }
      String indent = lines[i].substring(0, lines[i].length() - lines[i].stripLeading().length());
      for (String c : above.getOrDefault(i, List.of())) {
        out.append(indent).append('#').append(c).append('\n');
      }
      out.append(lines[i]);
      String inline = after.get(i);
      if (inline != null) {
        out.append(" #").append(inline);
      }
      if (!last) {
        out.append('\n');
      }
    }
    end.forEach(c -> out.append('#').append(c).append('\n'));
    return out.toString();
  }

  /** A key of a mapping or an item of a list, where it is in the file, and its comments. */
  private static final class Item {
    final Frame frame;
    final String name;
    final int line;

    /** The line an end-of-line comment goes on: where the value ends, or the key's own line. */
    int inlineLine;

    final List<String> before;
    @Nullable String inline;
    @Nullable Frame value;

    Item(Frame frame, String name, int line, List<String> before) {
      this.frame = frame;
      this.name = name;
      this.line = line;
      this.inlineLine = line;
      this.before = before;
    }

    String path() {
      return frame.prefix() + name;
    }
  }

  /** A mapping or a list, and the item of its parent that holds it. */
  private static final class Frame {
    final boolean mapping;
    final @Nullable Item owner;
    final int index;
    @Nullable Item pendingKey;
    @Nullable String codeId;
    int size;

    Frame(boolean mapping, @Nullable Item owner, int index) {
      this.mapping = mapping;
      this.owner = owner;
      this.index = index;
    }

    /** Codes by id, wherever they are in the tree; changelog entries by position. */
    String prefix() {
      if (owner == null) {
        return "";
      }
      String ownerPath = owner.path();
      if (mapping
          && codeId != null
          && (owner.name.equals("codes") || owner.name.equals("children"))) {
        return "code:" + codeId + "/";
      }
      return ownerPath + "/" + (mapping ? "#" + index + "/" : "");
    }
  }

  /** One pass over SnakeYAML's events of a document, comments included. */
  private static final class Walk {
    final List<Item> items = new ArrayList<>();
    final List<String> trailing = new ArrayList<>();

    static Walk of(String yaml) {
      LoaderOptions options = new LoaderOptions();
      options.setProcessComments(true);
      Parser parser = new ParserImpl(new StreamReader(yaml), options);
      Walk walk = new Walk();
      String[] lines = yaml.split("\n", -1);
      List<Frame> stack = new ArrayList<>();
      List<String> pending = new ArrayList<>();
      @Nullable Item last = null;
      while (parser.peekEvent() != null) {
        Event e = parser.getEvent();
        Frame top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        if (e instanceof CommentEvent c) {
          if (c.getCommentType() == CommentType.BLANK_LINE) {
            continue;
          }
          // SnakeYAML calls the comment lines after a block scalar (>- or |) in-line comments;
          // what comes before the # on its line tells.
          if (aloneOnItsLine(lines, c) || last == null || last.inline != null) {
            pending.add(c.getValue());
          } else {
            last.inline = c.getValue();
          }
        } else if (e instanceof ScalarEvent s) {
          if (top != null && top.mapping && top.pendingKey == null) {
            Item key = walk.item(top, s.getValue(), s, pending);
            top.pendingKey = key;
            last = key;
          } else if (top != null && top.mapping) {
            Item key = top.pendingKey;
            key.inlineLine = endLine(s);
            if (key.name.equals("id")) {
              top.codeId = s.getValue();
            }
            top.pendingKey = null;
          } else if (top != null) {
            Item item = walk.item(top, "=" + s.getValue(), s, pending);
            item.inlineLine = endLine(s);
            top.size++;
            last = item;
          }
        } else if (e instanceof CollectionStartEvent) {
          boolean mapping = e instanceof MappingStartEvent;
          @Nullable Item owner = top == null ? null : top.mapping ? top.pendingKey : null;
          int index = top == null ? 0 : top.size;
          if (top != null && !top.mapping) {
            top.size++;
          }
          if (owner != null && ((CollectionStartEvent) e).isFlow()) {
            owner.inlineLine = e.getEndMark().getLine();
          }
          // A mapping in a list belongs to the list's key (codes, children, changelog).
          stack.add(new Frame(mapping, owner == null && top != null ? top.owner : owner, index));
        } else if (e instanceof MappingEndEvent || e instanceof SequenceEndEvent) {
          stack.remove(stack.size() - 1);
          if (!stack.isEmpty() && stack.get(stack.size() - 1).mapping) {
            stack.get(stack.size() - 1).pendingKey = null;
          }
        }
      }
      walk.trailing.addAll(pending);
      return walk;
    }

    private static boolean aloneOnItsLine(String[] lines, CommentEvent c) {
      int line = c.getStartMark().getLine();
      int column = c.getStartMark().getColumn();
      return line >= lines.length
          || lines[line].substring(0, Math.min(column, lines[line].length())).isBlank();
    }

    private Item item(Frame frame, String name, ScalarEvent s, List<String> pending) {
      Item item = new Item(frame, name, s.getStartMark().getLine(), new ArrayList<>(pending));
      pending.clear();
      items.add(item);
      return item;
    }

    /** Block scalars (| and >) end lines below their header: their comment goes on the key. */
    private static int endLine(ScalarEvent s) {
      ScalarStyle style = s.getScalarStyle();
      if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
        return s.getStartMark().getLine();
      }
      return s.getEndMark().getLine();
    }
  }
}
