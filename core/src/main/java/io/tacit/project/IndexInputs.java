package io.tacit.project;

import io.tacit.search.CodedSpan;
import io.tacit.text.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The project files the search index is derived from, seen cheaply: relative path, size and
 * modification time of transcripts/*.json and *.txt, participants.csv, coding/*.csv and the
 * codebook. Their digest, the fingerprint, is compared with the one the index stored; reading no
 * file's content, it costs one directory listing and a stat per file. Immutable.
 *
 * @param stats "size mtime" of each input, by path relative to the project, with / separators
 */
record IndexInputs(Map<String, String> stats) {
  IndexInputs {
    stats = new TreeMap<>(stats);
  }

  static IndexInputs of(Project project) {
    List<Path> files = new ArrayList<>();
    files.addAll(list(project.resolve("transcripts"), ".json", ".txt"));
    files.add(project.resolve("participants.csv"));
    files.addAll(project.codings().files());
    files.add(project.resolve(project.settings().codebook()));
    Map<String, String> stats = new TreeMap<>();
    for (Path f : files) {
      String stat = stat(f);
      if (stat != null) {
        stats.put(project.root().relativize(f).toString().replace('\\', '/'), stat);
      }
    }
    return new IndexInputs(stats);
  }

  String fingerprint() {
    StringBuilder all = new StringBuilder();
    stats.forEach((path, stat) -> all.append(path).append('\t').append(stat).append('\n'));
    return Sha256.of(all.toString());
  }

  /** What every unit depends on: the participants' attributes. */
  String base() {
    return Sha256.of("participants.csv\t" + stats.getOrDefault("participants.csv", "none"));
  }

  /** What one transcript's units depend on: its two files and the codings that point into it. */
  String transcriptKey(String id, List<CodedSpan> codings) {
    StringBuilder key = new StringBuilder();
    key.append(stats.getOrDefault("transcripts/" + id + ".json", "none")).append('\n');
    key.append(stats.getOrDefault("transcripts/" + id + ".txt", "none")).append('\n');
    codings.stream()
        .sorted(
            Comparator.comparing(CodedSpan::coder)
                .thenComparing(CodedSpan::span)
                .thenComparing(CodedSpan::code))
        .forEach(
            c ->
                key.append(c.coder())
                    .append('\t')
                    .append(c.span())
                    .append('\t')
                    .append(c.code())
                    .append('\n'));
    return Sha256.of(key.toString());
  }

  private static List<Path> list(Path dir, String... suffixes) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> Stream.of(suffixes).anyMatch(s -> p.toString().endsWith(s)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static @Nullable String stat(Path f) {
    try {
      BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
      return a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
