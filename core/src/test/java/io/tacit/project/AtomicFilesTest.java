package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void replacesContentWhole() throws IOException {
    Path f = dir.resolve("coding.csv");
    AtomicFiles.write(f, "old\n");
    AtomicFiles.write(f, "new\n");
    assertThat(Files.readString(f)).isEqualTo("new\n");
    assertThat(filesIn(dir)).containsExactly("coding.csv");
  }

  @Test
  void interruptedWriteLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
    Path f = dir.resolve("coding.csv");
    AtomicFiles.write(f, "doc,start,end\np01,0,10\n");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    f,
                    out -> {
                      out.write("doc,start,end\np01,0,".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
    assertThat(Files.readString(f)).isEqualTo("doc,start,end\np01,0,10\n");
    assertThat(filesIn(dir)).containsExactly("coding.csv");
  }

  @Test
  void aBatchThatFailsPartWayReplacesNothing() throws IOException {
    Path a = dir.resolve("a.txt");
    AtomicFiles.write(a, "old\n");
    Files.writeString(dir.resolve("blocker"), "a file where a folder should be");
    java.util.Map<Path, byte[]> batch = new java.util.LinkedHashMap<>();
    batch.put(a, "new\n".getBytes(StandardCharsets.UTF_8));
    batch.put(dir.resolve("blocker/b.txt"), "b\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> AtomicFiles.writeAll(batch)).isInstanceOf(UncheckedIOException.class);
    assertThat(Files.readString(a)).isEqualTo("old\n");
    assertThat(filesIn(dir)).containsExactly("a.txt", "blocker");
  }

  @Test
  void newFilesAreReadableByOthersAndExistingPermissionsAreKept() throws IOException {
    Path f = dir.resolve("a.txt");
    AtomicFiles.write(f, "x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
        .isEqualTo("rw-r--r--");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFiles.write(f, "y");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
        .isEqualTo("rw-rw----");
  }

  private static Stream<String> filesInStream(Path dir) throws IOException {
    return Files.list(dir).map(p -> p.getFileName().toString());
  }

  private static java.util.List<String> filesIn(Path dir) throws IOException {
    try (Stream<String> s = filesInStream(dir)) {
      return s.sorted().toList();
    }
  }
}
