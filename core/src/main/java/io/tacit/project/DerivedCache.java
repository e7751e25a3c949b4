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

  /** The entry's payload; empty when there is none that is whole and of this version. */
  Optional<CacheFile.In> read(Path entry, String kind) {
    if (!enabled) {
      return Optional.empty();
    }
    try {
      return CacheFile.read(entry, kind);
    } catch (CacheFile.Corrupt | IOException e) {
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
  void ignored(Path entry, Exception e) {
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
