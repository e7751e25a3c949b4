package io.tacit.exchange;

import io.tacit.BadInputException;
import io.tacit.ProblemList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The entries of a {@code .qdpx} archive, read into memory with limits so that a hostile archive (a
 * zip bomb, a million entries, names reaching outside the archive) is refused before it costs more
 * than the limits allow. Nothing is ever extracted to disk. Immutable.
 */
public final class QdpxArchive {
  /** Limits on what an archive may hold. */
  public record Limits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxRatio) {
    /** Enough for a study of hundreds of interviews; far below what hurts a laptop. */
    public static final Limits DEFAULT = new Limits(10_000, 1L << 30, 256L << 20, 200);
  }

  private final String name;
  private final Map<String, byte[]> entries;

  private QdpxArchive(String name, Map<String, byte[]> entries) {
    this.name = name;
    this.entries = Collections.unmodifiableMap(entries);
  }

  /**
   * @param name the file as the user named it, for messages
   * @throws BadInputException if the file is not a zip archive, breaks a limit or names an entry
   *     outside itself
   */
  public static QdpxArchive read(Path file, String name, Limits limits) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(name, "no such file");
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > limits.maxEntries()) {
        throw new BadInputException(
            name,
            "holds "
                + zip.size()
                + " entries, more than the "
                + limits.maxEntries()
                + " a project archive may have; is it the right file?");
      }
      ProblemList problems = new ProblemList();
      Map<String, byte[]> entries = new TreeMap<>();
      long total = 0;
      for (ZipEntry e : Collections.list(zip.entries())) {
        String entryName = e.getName();
        if (!safeName(entryName)) {
          problems.add(
              name + ":" + entryName,
              "an entry whose name reaches outside the archive;"
                  + " the archive was not made by a QDA tool and is refused");
          continue;
        }
        if (e.isDirectory()) {
          continue;
        }
        byte[] bytes = readEntry(zip, e, name, limits, limits.maxTotalBytes() - total);
        total += bytes.length;
        entries.put(entryName, bytes);
      }
      problems.throwIfAny();
      return new QdpxArchive(name, entries);
    } catch (ZipException | IllegalArgumentException e) {
      // ZipFile throws IllegalArgumentException for entry names that are not valid UTF-8.
      throw new BadInputException(
          name,
          "is not a readable zip archive ("
              + e.getMessage()
              + "); a .qdpx file is one; export the project again");
    } catch (IOException e) {
      throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static byte[] readEntry(
      ZipFile zip, ZipEntry e, String name, Limits limits, long totalLeft) throws IOException {
    long compressed = Math.max(e.getCompressedSize(), 1);
    long allowed = Math.min(limits.maxEntryBytes(), totalLeft);
    // The ratio is checked on what is really inflated, not on sizes the archive claims.
    long ratioCap = compressed * limits.maxRatio() + 64 * 1024;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = zip.getInputStream(e)) {
      long read = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        read += n;
        if (read > allowed) {
          throw new BadInputException(
              name + ":" + e.getName(),
              "unpacks to more than "
                  + (allowed >> 20)
                  + " MB, past the limit for a project archive; refused as a"
                  + " possible zip bomb");
        }
        if (read > ratioCap) {
          throw new BadInputException(
              name + ":" + e.getName(),
              "unpacks to more than "
                  + limits.maxRatio()
                  + " times its packed size; refused as a possible zip bomb");
        }
        out.write(buffer, 0, n);
      }
    }
    return out.toByteArray();
  }

  /** Relative, without {@code ..}, drive letters or backslashes. */
  static boolean safeName(String entry) {
    if (entry.isEmpty()
        || entry.startsWith("/")
        || entry.contains("\\")
        || entry.contains(":")
        || entry.indexOf('\0') >= 0) {
      return false;
    }
    for (String part : entry.split("/")) {
      if (part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  public String name() {
    return name;
  }

  /** Entry names, sorted. */
  public List<String> names() {
    return List.copyOf(entries.keySet());
  }

  /**
   * The project document: {@code project.qde}, or the one {@code .qde} at the top (ATLAS.ti names
   * it after the project).
   *
   * @throws BadInputException if there is none, or more than one
   */
  public Map.Entry<String, byte[]> projectDocument() {
    byte[] standard = entries.get("project.qde");
    if (standard != null) {
      return Map.entry("project.qde", standard);
    }
    List<String> qde =
        entries.keySet().stream()
            .filter(n -> !n.contains("/"))
            .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".qde"))
            .toList();
    if (qde.size() != 1) {
      throw new BadInputException(
          name,
          qde.isEmpty()
              ? "holds no project.qde, so it is not a"
                  + " REFI-QDA project; export the project again as .qdpx"
              : "holds "
                  + qde.size()
                  + " .qde files ("
                  + String.join(", ", qde)
                  + "), so which is the project is unclear");
    }
    return Map.entry(qde.get(0), entries.get(qde.get(0)));
  }

  /**
   * A source's file, by the path the project gives ({@code internal://ID.txt} is under {@code
   * sources/}, which NVivo spells {@code Sources/}); compared without case.
   */
  public Optional<byte[]> source(String path) {
    String p = path.startsWith("internal://") ? path.substring("internal://".length()) : path;
    for (String candidate : List.of(p, "sources/" + p)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        if (e.getKey().equalsIgnoreCase(candidate)) {
          return Optional.of(e.getValue());
        }
      }
    }
    return Optional.empty();
  }
}
