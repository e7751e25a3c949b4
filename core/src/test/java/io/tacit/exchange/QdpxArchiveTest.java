package io.tacit.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QdpxArchiveTest {
  private static final byte[] QDE = "<Project name=\"x\"/>".getBytes(StandardCharsets.UTF_8);
  @TempDir Path tmp;

  private static QdpxArchive read(Path file) {
    return QdpxArchive.read(file, "in.qdpx", QdpxArchive.Limits.DEFAULT);
  }

  @Test
  void readsEveryEntryAndFindsSourcesAsVendorsSpellTheirFolder() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("project.qde", QDE);
    entries.put("Sources/ABC.txt", "text".getBytes(StandardCharsets.UTF_8));
    QdpxArchive a = read(Fixtures.zip(tmp.resolve("a.qdpx"), entries));
    assertThat(a.names()).containsExactly("Sources/ABC.txt", "project.qde");
    assertThat(a.source("internal://abc.txt"))
        .hasValueSatisfying(
            b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("text"));
    assertThat(a.projectDocument().getKey()).isEqualTo("project.qde");
  }

  @Test
  void takesTheOneQdeNamedAfterTheProject() throws IOException {
    QdpxArchive a = read(Fixtures.zip(tmp.resolve("a.qdpx"), Map.of("Home visits.qde", QDE)));
    assertThat(a.projectDocument().getKey()).isEqualTo("Home visits.qde");
  }

  @Test
  void refusesAnArchiveWithoutAProjectDocument() throws IOException {
    QdpxArchive a = read(Fixtures.zip(tmp.resolve("a.qdpx"), Map.of("notes.txt", QDE)));
    assertThatThrownBy(a::projectDocument)
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("no project.qde");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../evil.txt", "/etc/passwd", "sources/../../x", "C:/x.txt", "a\\..\\b"})
  void refusesEntriesReachingOutsideTheArchive(String name) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("project.qde", QDE);
    entries.put(name, QDE);
    Path file = Fixtures.zip(tmp.resolve("a.qdpx"), entries);
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("reaches outside the archive");
  }

  @Test
  void refusesAZipBombByWhatItReallyInflatesTo() throws IOException {
    Path file = tmp.resolve("bomb.qdpx");
    try (OutputStream os = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      zip.putNextEntry(new ZipEntry("project.qde"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 20; i++) {
        zip.write(zeros); // 20 MB of zeros pack into about 20 KB
      }
      zip.closeEntry();
    }
    assertThat(Files.size(file)).isLessThan(100_000);
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("times its packed size")
        .hasMessageContaining("zip bomb");
  }

  @Test
  void refusesMoreEntriesThanTheLimit() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      entries.put("sources/" + i + ".txt", QDE);
    }
    Path file = Fixtures.zip(tmp.resolve("many.qdpx"), entries);
    assertThatThrownBy(
            () ->
                QdpxArchive.read(
                    file, "many.qdpx", new QdpxArchive.Limits(10, 1 << 20, 1 << 20, 100)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("12 entries");
  }

  @Test
  void refusesMoreThanTheTotalSize() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < 4; i++) {
      entries.put("sources/" + i + ".txt", new byte[400]);
    }
    Path file = Fixtures.zip(tmp.resolve("big.qdpx"), entries);
    assertThatThrownBy(
            () -> QdpxArchive.read(file, "big.qdpx", new QdpxArchive.Limits(10, 1000, 1000, 1000)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("past the limit");
  }

  @Test
  void refusesAnArchiveWhoseEntryNamesAreNotUtf8() throws IOException {
    Path file = tmp.resolve("latin1.qdpx");
    try (OutputStream os = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(os, StandardCharsets.ISO_8859_1)) {
      zip.putNextEntry(new ZipEntry("sources/caf\u00E9.txt"));
      zip.write(QDE);
      zip.closeEntry();
    }
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not a readable zip archive");
  }

  @Test
  void refusesAFileThatIsNotAZip() throws IOException {
    Path file = Files.writeString(tmp.resolve("plain.qdpx"), "not a zip at all");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not a readable zip archive");
  }
}
