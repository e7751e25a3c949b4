package io.tacit.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The report's Mustache templates (resources under {@code io/tacit/report/}), each with the
 * escaping of its output: HTML for HTML and SVG, Markdown for Markdown, none for plain text.
 * Compiled templates are cached; thread-safe.
 */
enum Templates {
  HTML {
    @Override
    MustacheFactory create() {
      return new DefaultMustacheFactory(ROOT);
    }
  },
  MARKDOWN {
    @Override
    MustacheFactory create() {
      return escaping(Templates::markdown);
    }
  },
  TEXT {
    @Override
    MustacheFactory create() {
      return escaping(UnaryOperator.identity());
    }
  };

  private static final String ROOT = "io/tacit/report";

  private volatile @Nullable MustacheFactory factory;

  abstract MustacheFactory create();

  /** A factory that writes every value through {@code escape} instead of HTML escaping. */
  private static MustacheFactory escaping(UnaryOperator<String> escape) {
    return new DefaultMustacheFactory(ROOT) {
      @Override
      public void encode(String value, Writer writer) {
        try {
          writer.write(escape.apply(value));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /** Renders {@code name} (e.g. {@code report.md.mustache}) with {@code scope}. */
  String render(String name, Object scope) {
    MustacheFactory f = factory;
    if (f == null) {
      synchronized (this) {
        if (factory == null) {
          factory = create();
        }
        f = java.util.Objects.requireNonNull(factory);
      }
    }
    Mustache template = f.compile(name);
    StringWriter out = new StringWriter();
    template.execute(out, scope);
    return out.toString();
  }

  /**
   * Text that Markdown would read as markup, escaped: table pipes, emphasis, code, links and HTML;
   * line breaks become spaces, so a value stays in its table cell or paragraph.
   */
  static String markdown(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\', '|', '*', '_', '`', '[', ']', '<' -> out.append('\\').append(c);
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
