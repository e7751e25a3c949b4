package io.tacit.project;

import io.tacit.coding.CodingTable;
import io.tacit.text.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coding files in the derived cache, {@code .tacit/cache/coding/CODER.bin}: the rows {@link
 * CodingTable#read} made of a coder's file, and the content key (CRC-32C and length) of the bytes
 * it read. Only a file read without a problem has an entry. Each distinct cell is stored once (a
 * study's ids, codes and times repeat on most rows), so reading an entry makes one string per
 * distinct cell. The checks against codebook and transcripts are not cached: they run on every
 * load. Thread-safe.
 */
final class CodingCache {
  private static final String KIND = "cf";
  private static final String FOLDER = "coding";

  private final DerivedCache cache;

  CodingCache(DerivedCache cache) {
    this.cache = cache;
  }

  /**
   * The coder's table as the entry has it, when the entry was made from the bytes {@code file}
   * holds now.
   */
  Optional<CodingTable> find(String coder, Path file, String location) {
    return cache.find(
        cache.entry(FOLDER, coder),
        KIND,
        in ->
            in.readLong() == CacheFile.key(file)
                ? Optional.of(decode(in, location))
                : Optional.empty());
  }

  /** Records the table read, without a problem, from bytes with this key. */
  void put(String coder, long key, CodingTable table) {
    // Each row takes its line, offsets and one number per cell; the distinct cells come on top.
    CacheFile.Out out =
        new CacheFile.Out(
            64 * 1024 + (long) table.rows().size() * (16 + 4 * table.header().size()));
    out.writeLong(key);
    encode(table, out);
    cache.write(cache.entry(FOLDER, coder), KIND, out);
  }

  static void encode(CodingTable table, CacheFile.Out out) {
    out.writeString(table.lineEnd()).writeStrings(table.header());
    Map<String, Integer> numbers = new HashMap<>();
    List<String> strings = new ArrayList<>();
    for (CodingTable.Row r : table.rows()) {
      for (String cell : r.cells()) {
        numbers.computeIfAbsent(
            cell,
            c -> {
              strings.add(c);
              return strings.size() - 1;
            });
      }
    }
    out.writeStrings(strings);
    out.writeInt(table.rows().size());
    for (CodingTable.Row r : table.rows()) {
      out.writeLong(r.line()).writeInt(r.span().start()).writeInt(r.span().end());
      for (String cell : r.cells()) {
        out.writeInt(numbers.get(cell));
      }
    }
  }

  /**
   * The table an entry holds.
   *
   * @throws RuntimeException if the entry's values break a record's rules
   */
  static CodingTable decode(CacheFile.In in, String location) throws CacheFile.Corrupt {
    String lineEnd = in.readString();
    List<String> header = List.of(in.readStrings());
    String[] strings = in.readStrings();
    int width = header.size();
    CodingTable.Row[] rows = new CodingTable.Row[in.readCount(8 + 4 + 4 + 4 * width)];
    for (int i = 0; i < rows.length; i++) {
      long line = in.readLong();
      Span span = Span.of(in.readInt(), in.readInt());
      String[] cells = new String[width];
      for (int c = 0; c < width; c++) {
        int n = in.readInt();
        if (n < 0 || n >= strings.length) {
          throw new CacheFile.Corrupt("a cell numbered " + n + " of " + strings.length);
        }
        cells[c] = strings[n];
      }
      rows[i] = new CodingTable.Row(line, List.of(cells), span);
    }
    in.end();
    return CodingTable.restore(location, header, List.of(rows), lineEnd);
  }
}
