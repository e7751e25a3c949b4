package io.tacit.transcript.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Test inputs: source files made from strings, or read from this package's fixtures. */
final class Sources {
  private Sources() {}

  static SourceFile text(String name, String content) {
    return new SourceFile(name, content.getBytes(StandardCharsets.UTF_8));
  }

  /** The content in {@code charset}, after the byte-order mark given as unsigned bytes. */
  static SourceFile encoded(String name, String content, Charset charset, int... bom) {
    byte[] body = content.getBytes(charset);
    byte[] bytes = new byte[bom.length + body.length];
    for (int i = 0; i < bom.length; i++) {
      bytes[i] = (byte) bom[i];
    }
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    return new SourceFile(name, bytes);
  }

  static SourceFile fixture(String name) {
    try (InputStream in = Sources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new SourceFile(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
