package io.tacit.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The page: one HTML file, one style sheet and one script, read from the jar once into a fixed
 * table. A request names an entry of the table, never a file. Immutable; thread-safe.
 */
final class Assets {
  /** One file of the page and its media type. */
  record Asset(byte[] bytes, String type) {}

  private static final Map<String, Asset> TABLE =
      Map.of(
          "", load("index.html", "text/html; charset=utf-8"),
          "app.css", load("app.css", "text/css; charset=utf-8"),
          "app.js", load("app.js", "text/javascript; charset=utf-8"),
          "favicon.svg", load("favicon.svg", "image/svg+xml"));

  private Assets() {}

  /** The asset with this name ({@code ""} for the page), if the table has it. */
  static Optional<Asset> find(String name) {
    return Optional.ofNullable(TABLE.get(name));
  }

  private static Asset load(String name, String type) {
    try (InputStream in = Assets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the workbench's " + name + " is missing from the jar");
      }
      return new Asset(in.readAllBytes(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
