package io.tacit.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The hand-made vendor projects under test resources, zipped into .qdpx files as tests need. */
public final class Fixtures {
  private Fixtures() {}

  /** The unpacked project folder {@code io/tacit/exchange/NAME}. */
  public static Path folder(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/io/tacit/exchange/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Zips the fixture folder {@code name} into {@code dir/NAME.qdpx}. */
  public static Path qdpx(String name, Path dir) throws IOException {
    Path root = folder(name);
    Path out = dir.resolve(name + ".qdpx");
    try (OutputStream os = Files.newOutputStream(out);
        ZipOutputStream zip = new ZipOutputStream(os);
        Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new ZipEntry(root.relativize(f).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(f));
        zip.closeEntry();
      }
    }
    return out;
  }

  /** A .qdpx of the given entries, in order. */
  public static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
    try (OutputStream os = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  /** The fixtures, one per vendor style. */
  public static List<String> vendors() {
    return List.of("nvivo", "atlasti", "maxqda", "qualcoder");
  }
}
