package io.tacit.project;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes a file so that readers see either the old content or the new, never half of either: the
 * bytes go to a temporary file in the same folder, are forced to disk, and the temporary file is
 * renamed over the target. An interrupted write leaves the old file as it was.
 */
public final class AtomicFiles {
  /** Writes the content to a stream; may fail part-way. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  public static void write(Path target, String text) {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  public static void write(Path target, byte[] bytes) {
    write(target, out -> out.write(bytes));
  }

  public static void write(Path target, Content content) {
    Path temp = prepare(target, content);
    commit(temp, target);
    forceDirectory(target.toAbsolutePath().getParent());
  }

  /**
   * Writes many files, each atomically: every file's content is on disk before any is renamed, and
   * each folder is forced once at the end rather than once per file (imports write thousands). If
   * any content fails, no file is replaced.
   */
  public static void writeAll(Map<Path, byte[]> files) {
    Map<Path, Path> temps = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, byte[]> f : files.entrySet()) {
        byte[] bytes = f.getValue();
        temps.put(f.getKey(), prepare(f.getKey(), out -> out.write(bytes)));
      }
    } catch (RuntimeException e) {
      temps.values().forEach(AtomicFiles::deleteQuietly);
      throw e;
    }
    Set<Path> dirs = new LinkedHashSet<>();
    temps.forEach(
        (target, temp) -> {
          commit(temp, target);
          dirs.add(target.toAbsolutePath().getParent());
        });
    dirs.forEach(AtomicFiles::forceDirectory);
  }

  /** Writes the content to a forced temporary file beside the target and returns it. */
  private static Path prepare(Path target, Content content) {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      keepPermissions(target, temp);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      Path done = temp;
      temp = null;
      return done;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + target + ": " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        deleteQuietly(temp);
      }
    }
  }

  private static void commit(Path temp, Path target) {
    try {
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new UncheckedIOException("could not write " + target + ": " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // The temporary file is hidden and named for its target; nothing else depends on it.
    }
  }

  /**
   * Temporary files are created private (0600); a project file must stay as readable as the one it
   * replaces, or as an ordinary new file (0644), so that collaborators and git see no change.
   */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> perms =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, perms);
  }

  /** Makes the rename itself durable; not every platform lets a directory be opened for this. */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException ignored) {
      // Windows cannot open directories; the rename is still atomic there.
    }
  }
}
