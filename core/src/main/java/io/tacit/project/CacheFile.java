package io.tacit.project;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the derived cache in {@code .tacit/cache/} (ADR 0016): a file of Tacit's own binary
 * layout, written whole to a temporary file and renamed into place, and read back only when
 * everything about it checks out. The layout: eight bytes naming the kind of entry, the format
 * version, the payload's length, the payload, and the CRC-32C of the payload. A file that is
 * missing, short, long, of another kind or version, or whose checksum differs is no entry at all:
 * the caller reads the project's own files instead and writes the entry again.
 *
 * <p>The payload is read through {@link In}, which checks every length and count against the bytes
 * that remain, so that no file, however made, can make a reader allocate more than the file holds
 * or read outside it. Never Java serialization. Stateless; thread-safe.
 */
final class CacheFile {
  /** Raise when the layout of any entry changes: entries of another version are not read. */
  static final int VERSION = 1;

  private static final int HEADER = 8 + 4 + 4;
  private static final int TRAILER = 4;

  private CacheFile() {}

  /** The content key of a file's bytes: their CRC-32C and their length, as one long. */
  static long key(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length);
    return (crc.getValue() << 32) | (bytes.length & 0xffffffffL);
  }

  private static final int CHUNK = 64 * 1024;
  private static final ThreadLocal<ByteBuffer> CHUNKS =
      ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(CHUNK));

  /**
   * The content key of a file's bytes as it is now, read a piece at a time without copying it onto
   * the heap: for a file whose bytes are not needed when its key matches.
   *
   * @throws IOException if it cannot be read
   */
  static long key(Path file) throws IOException {
    CRC32C crc = new CRC32C();
    long length = 0;
    ByteBuffer chunk = CHUNKS.get();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      while (true) {
        chunk.clear();
        int n = channel.read(chunk);
        if (n < 0) {
          break;
        }
        length += n;
        chunk.flip();
        crc.update(chunk);
      }
    }
    if (length > Integer.MAX_VALUE) {
      // Such a file could not be read into one array either; no key is -1 (see key(byte[])).
      return -1;
    }
    return (crc.getValue() << 32) | length;
  }

  /**
   * The payload of the entry in {@code file}, when it is whole and of this kind and version.
   *
   * @throws Corrupt if the file is there but is not such an entry
   * @throws IOException if it cannot be read
   */
  static Optional<In> read(Path file, String kind) throws IOException, Corrupt {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (bytes.length < HEADER + TRAILER
        || !Arrays.equals(bytes, 0, 8, magic(kind), 0, 8)
        || b.getInt(8) != VERSION) {
      throw new Corrupt("not a cache entry of this version");
    }
    int length = b.getInt(12);
    if (length != bytes.length - HEADER - TRAILER) {
      throw new Corrupt("truncated or overlong");
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, HEADER, length);
    if ((int) crc.getValue() != b.getInt(HEADER + length)) {
      throw new Corrupt("checksum differs");
    }
    return Optional.of(new In(ByteBuffer.wrap(bytes, HEADER, length).slice()));
  }

  /**
   * Writes an entry: to a temporary file beside it (named for this process and thread), renamed
   * over it, so that a reader sees the old entry, the new one or none, never part of one. Not
   * forced to disk: an entry lost or torn by a crash fails its checksum and is made again.
   */
  static void write(Path file, String kind, Out payload) throws IOException {
    ByteBuffer bytes = payload.finish(magic(kind));
    Path dir = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      // Only when missing: making a folder that exists still takes the parent's lock.
      Files.createDirectories(dir);
    }
    Path temp =
        dir.resolve(
            "."
                + file.getFileName()
                + "."
                + ProcessHandle.current().pid()
                + "-"
                + Thread.currentThread().getId()
                + ".tmp");
    try {
      try (FileChannel channel =
          FileChannel.open(
              temp,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Eight bytes: "tacit", then the kind, padded. */
  private static byte[] magic(String kind) {
    if (kind.isEmpty() || kind.length() > 3) {
      throw new IllegalArgumentException("a kind is one to three letters: " + kind);
    }
    return Arrays.copyOf(("tacit" + kind).getBytes(StandardCharsets.US_ASCII), 8);
  }

  /** A cache file that is not a whole entry of this version; its caller reads the project's own. */
  static final class Corrupt extends Exception {
    private static final long serialVersionUID = 1L;

    Corrupt(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * A payload being written, after room for the header. Strings keep every char exactly (unpaired
   * surrogates too): Latin-1 bytes when every char fits one, UTF-16 otherwise.
   */
  static final class Out {
    private ByteBuffer b;

    Out() {
      this(16 * 1024);
    }

    /** A payload of about {@code size} bytes: room for that is made at once. */
    Out(long size) {
      b = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, size + HEADER + TRAILER));
      b.position(HEADER);
    }

    private ByteBuffer room(int n) {
      if (b.remaining() < n) {
        long size = Math.max(2L * b.capacity(), (long) b.position() + n + TRAILER);
        if (size > Integer.MAX_VALUE - 16) {
          throw new IllegalStateException("a cache entry over 2 GB");
        }
        ByteBuffer bigger = ByteBuffer.allocate((int) size);
        bigger.put(b.flip());
        b = bigger;
      }
      return b;
    }

    Out writeInt(int v) {
      room(4).putInt(v);
      return this;
    }

    Out writeLong(long v) {
      room(8).putLong(v);
      return this;
    }

    Out writeString(String s) {
      int n = s.length();
      boolean latin1 = true;
      for (int i = 0; i < n && latin1; i++) {
        latin1 = s.charAt(i) < 256;
      }
      if (latin1) {
        room(4 + n).putInt(n).put(s.getBytes(StandardCharsets.ISO_8859_1));
      } else {
        room(4 + 2 * n).putInt(-1 - n);
        for (int i = 0; i < n; i++) {
          b.putChar(s.charAt(i));
        }
      }
      return this;
    }

    Out writeStrings(List<String> strings) {
      writeInt(strings.size());
      strings.forEach(this::writeString);
      return this;
    }

    /** A duration or null, exactly: a flag, then seconds and nanoseconds. */
    Out writeTime(@Nullable Duration d) {
      if (d == null) {
        room(1).put((byte) 0);
      } else {
        room(13).put((byte) 1).putLong(d.getSeconds()).putInt(d.getNano());
      }
      return this;
    }

    /** The whole entry, ready to be written: the header, the payload, its checksum. */
    private ByteBuffer finish(byte[] magic) {
      int length = b.position() - HEADER;
      room(TRAILER);
      CRC32C crc = new CRC32C();
      crc.update(b.array(), HEADER, length);
      b.putInt((int) crc.getValue());
      b.put(0, magic).putInt(8, VERSION).putInt(12, length);
      return b.flip();
    }
  }

  /**
   * A payload being read; every read is bounds-checked.
   *
   * @see Corrupt
   */
  static final class In {
    private final ByteBuffer b;

    private In(ByteBuffer b) {
      this.b = b;
    }

    int readInt() throws Corrupt {
      try {
        return b.getInt();
      } catch (BufferUnderflowException e) {
        throw new Corrupt("truncated");
      }
    }

    long readLong() throws Corrupt {
      try {
        return b.getLong();
      } catch (BufferUnderflowException e) {
        throw new Corrupt("truncated");
      }
    }

    /** A count of items that each take at least {@code bytesEach} bytes of what remains. */
    int readCount(int bytesEach) throws Corrupt {
      int n = readInt();
      if (n < 0 || (long) n * bytesEach > b.remaining()) {
        throw new Corrupt("a count of " + n + " does not fit the entry");
      }
      return n;
    }

    String readString() throws Corrupt {
      int n = readInt();
      boolean latin1 = n >= 0;
      int chars = latin1 ? n : -1 - n;
      long size = latin1 ? chars : 2L * chars;
      if (chars < 0 || size > b.remaining()) {
        throw new Corrupt("a string of " + chars + " chars does not fit the entry");
      }
      int at = b.position();
      b.position(at + (int) size);
      if (latin1) {
        return new String(b.array(), b.arrayOffset() + at, chars, StandardCharsets.ISO_8859_1);
      }
      char[] cs = new char[chars];
      b.duplicate().position(at).asCharBuffer().get(cs);
      return new String(cs);
    }

    String[] readStrings() throws Corrupt {
      String[] strings = new String[readCount(4)];
      for (int i = 0; i < strings.length; i++) {
        strings[i] = readString();
      }
      return strings;
    }

    @Nullable Duration readTime() throws Corrupt {
      try {
        byte present = b.get();
        if (present == 0) {
          return null;
        }
        if (present != 1) {
          throw new Corrupt("a flag of " + present);
        }
        return Duration.ofSeconds(b.getLong(), b.getInt());
      } catch (BufferUnderflowException e) {
        throw new Corrupt("truncated");
      }
    }

    /** Every byte was read: an entry with bytes left over is not one this version wrote. */
    void end() throws Corrupt {
      if (b.hasRemaining()) {
        throw new Corrupt(b.remaining() + " bytes left over");
      }
    }
  }
}
