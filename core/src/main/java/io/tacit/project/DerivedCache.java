package io.tacit.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * The project's derived cache, {@code .tacit/cache/} (ADR 0016): what reading the project's own
 * files yields, kept in a form that is quicker to read, each entry keyed by the content of the
 * files it was made from. It is never the truth: an entry is used only when its key matches the
 * bytes just read from the project, and anything wrong with an entry (missing, corrupt, of another
 * version, unreadable) only means the project's files are read as they always were, and the entry
 * is written again. Deleting the folder is always safe.
 *
 * <p>Writing never gets in the way of the command: not while another process holds the project lock
 * (it is changing the files the entries would describe), not in a folder that cannot be written,
 * and never with an error; with {@code -v}, ignored entries and failed writes are logged. {@code
 * TACIT_CACHE=off} neither reads nor writes it. Thread-safe: each entry is its own file, written
 * whole and renamed into place.
 */
final class DerivedCache {
  static final String DIR = "cache";

  private final Path dir;
  private final Path lockFile;
  private final boolean enabled;
  private volatile @Nullable Boolean writable;

  DerivedCache(Path derivedDir) {
    this.dir = derivedDir.resolve(DIR);
    this.lockFile = derivedDir.resolve("lock");
    this.enabled = !"off".equalsIgnoreCase(System.getenv("TACIT_CACHE"));
  }

  /** The entry's file: {@code .tacit/cache/FOLDER/NAME.bin}, for a name that is a valid id. */
  Path entry(String folder, String name) {
    return dir.resolve(folder).resolve(name + ".bin");
  }

  /** Makes a value of an entry's payload; empty when the entry is for other bytes. */
  @FunctionalInterface
  interface Decoder<T> {
    /**
     * @throws IOException if a project file the entry is checked against cannot be read
     * @throws CacheFile.Corrupt if the payload is not what an entry of its kind holds
     */
    Optional<T> decode(CacheFile.In payload) throws IOException, CacheFile.Corrupt;
  }

  /**
   * What the entry holds, when there is one that is whole, of this kind and version, and for the
   * bytes the decoder checks; otherwise empty, and the caller reads the project's files.
   */
  <T> Optional<T> find(Path entry, String kind, Decoder<T> decoder) {
    if (!enabled) {
      return Optional.empty();
    }
    CacheFile.In payload;
    try {
      Optional<CacheFile.In> found = CacheFile.read(entry, kind);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      payload = found.get();
    } catch (CacheFile.Corrupt | IOException e) {
      ignored(entry, e);
      return Optional.empty();
    }
    try {
      return decoder.decode(payload);
    } catch (IOException e) {
      // A project file cannot be read: the caller reads it again and reports it as it always did.
      return Optional.empty();
    } catch (CacheFile.Corrupt | RuntimeException e) {
      // A checksum that matched by chance, or an entry made to look whole.
      ignored(entry, e);
      return Optional.empty();
    }
  }

  /** Writes an entry, unless it may not or cannot be written now; never fails. */
  void write(Path entry, String kind, CacheFile.Out payload) {
    if (!mayWrite()) {
      return;
    }
    try {
      CacheFile.write(entry, kind, payload);
    } catch (IOException | RuntimeException e) {
      // A read-only folder, a full disk: read the project's files next time too.
      writable = false;
      log("not writing the cache " + dir + " (" + e + "); commands read the project's files");
    }
  }

  /** An entry that could not be used, for {@code -v}. */
  private void ignored(Path entry, Exception e) {
    log("ignored the cache entry " + entry + " (" + e.getMessage() + "); it is made again");
  }

  private boolean mayWrite() {
    if (!enabled) {
      return false;
    }
    Boolean w = writable;
    if (w == null) {
      w = !ProjectLock.isHeldByAnotherProcess(lockFile);
      writable = w;
    }
    return w;
  }

  private static void log(String message) {
    Logger.getLogger("io.tacit.cache").log(Level.INFO, message);
  }
}
