package io.tacit.transcript.format;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A .docx-shaped zip whose word/document.xml inflates to {@code megabytes} MB of spaces, built in
 * milliseconds and about 1 KB per MB: one megabyte is deflated once with a full flush, which resets
 * the compressor, so the same compressed bytes can be repeated to stand for every further megabyte.
 * The zip structure is written by hand because ZipOutputStream would deflate the whole gigabyte
 * itself, which takes seconds.
 */
final class ZipBomb {
  private static final int MB = 1 << 20;

  private ZipBomb() {}

  /**
   * @param declared whether the local header states the sizes (else they follow the data, as
   *     ZipOutputStream writes them, and a reader learns them only by inflating)
   */
  static byte[] docx(int megabytes, boolean declared) {
    return zipOf("word/document.xml", megabytes, declared);
  }

  /** A zip with one entry, {@code name}, that inflates to {@code megabytes} MB of spaces. */
  static byte[] zipOf(String name, int megabytes, boolean declared) {
    byte[] spaces = new byte[MB];
    Arrays.fill(spaces, (byte) ' ');
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    byte[] chunk = deflate(deflater, spaces, Deflater.FULL_FLUSH);
    deflater.finish();
    byte[] tail = deflate(deflater, new byte[0], Deflater.FULL_FLUSH);
    deflater.end();
    ByteArrayOutputStream data = new ByteArrayOutputStream(chunk.length * megabytes + 16);
    CRC32 crc = new CRC32();
    for (int i = 0; i < megabytes; i++) {
      data.write(chunk, 0, chunk.length);
      crc.update(spaces);
    }
    data.write(tail, 0, tail.length);
    return zip(name, data.toByteArray(), (long) megabytes * MB, crc.getValue(), declared);
  }

  private static byte[] deflate(Deflater deflater, byte[] input, int flush) {
    deflater.setInput(input);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    do {
      n = deflater.deflate(buffer, 0, buffer.length, flush);
      out.write(buffer, 0, n);
    } while (n == buffer.length || (!deflater.needsInput() && !deflater.finished()));
    return out.toByteArray();
  }

  private static byte[] zip(String name, byte[] data, long size, long crc, boolean declared) {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    int flags = declared ? 0 : 8;
    ByteBuffer b = ByteBuffer.allocate(data.length + 256).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0x04034b50)
        .putShort((short) 20)
        .putShort((short) flags)
        .putShort((short) 8)
        .putInt(0)
        .putInt(declared ? (int) crc : 0)
        .putInt(declared ? data.length : 0)
        .putInt(declared ? (int) size : 0)
        .putShort((short) nameBytes.length)
        .putShort((short) 0)
        .put(nameBytes)
        .put(data);
    if (!declared) {
      b.putInt(0x08074b50).putInt((int) crc).putInt(data.length).putInt((int) size);
    }
    int central = b.position();
    b.putInt(0x02014b50)
        .putShort((short) 20)
        .putShort((short) 20)
        .putShort((short) flags)
        .putShort((short) 8)
        .putInt(0)
        .putInt((int) crc)
        .putInt(data.length)
        .putInt((int) size)
        .putShort((short) nameBytes.length)
        .putShort((short) 0)
        .putShort((short) 0)
        .putShort((short) 0)
        .putShort((short) 0)
        .putInt(0)
        .putInt(0)
        .put(nameBytes);
    int end = b.position();
    b.putInt(0x06054b50)
        .putShort((short) 0)
        .putShort((short) 0)
        .putShort((short) 1)
        .putShort((short) 1)
        .putInt(end - central)
        .putInt(central)
        .putShort((short) 0);
    return Arrays.copyOf(b.array(), b.position());
  }
}
