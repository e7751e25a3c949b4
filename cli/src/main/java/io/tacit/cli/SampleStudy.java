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

/** The bundled fictional sample study, copied out of the jar (or the build folder) for the demo. */
public final class SampleStudy {
  private static final String ROOT = "/io/tacit/cli/sample";

  private SampleStudy() {}

  /** Copies every sample file into {@code target}; returns the copied files, sorted. */
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
    try (Stream<Path> files = Files.list(source)) {
      List<Path> sorted = files.filter(Files::isRegularFile)
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
      for (Path f : sorted) {
        Files.copy(f, target.resolve(f.getFileName().toString()));
      }
      return sorted.stream().map(f -> target.resolve(f.getFileName().toString())).toList();
    }
  }
}
