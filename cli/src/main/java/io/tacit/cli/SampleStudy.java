package io.tacit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled fictional sample study (transcripts, participants, both coders' codings), copied out
 * of the jar (or the build folder) for the demo.
 */
public final class SampleStudy {
  private static final String ROOT = "/io/tacit/cli/sample";

  private SampleStudy() {}

  /** Copies every sample file, sub-folders too, into {@code target}; returns them, sorted. */
  public static List<Path> copyTo(Path target) {
    URL url = SampleStudy.class.getResource(ROOT);
    if (url == null) {
      throw new IllegalStateException("the sample study is missing from this build");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return copy(fs.getPath(ROOT), target);
        }
      }
      return copy(Path.of(uri), target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> copy(Path source, Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.walk(source)) {
      List<String> sorted =
          files
              .filter(Files::isRegularFile)
              .map(f -> source.relativize(f).toString().replace('\\', '/'))
              .sorted()
              .toList();
      List<Path> copied = new java.util.ArrayList<>();
      for (String name : sorted) {
        Path to = target.resolve(name);
        Files.createDirectories(to.getParent());
        Files.copy(source.resolve(name), to);
        copied.add(to);
      }
      return copied;
    }
  }
}
