package io.tacit.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test files under src/test/resources/io/tacit/codebook, and codebooks read from them. */
final class Fixtures {
  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Codebook small() {
    return CodebookFormat.YAML.read("small.yaml", bytes("small.yaml")).orThrow(true);
  }

  static ValidationResult yaml(String text) {
    return CodebookFormat.YAML.read("codebook.yaml", text.getBytes(StandardCharsets.UTF_8));
  }
}
