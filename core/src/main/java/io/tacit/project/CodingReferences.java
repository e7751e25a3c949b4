package io.tacit.project;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Which transcripts any coder's file points into: such transcripts must not be replaced. */
final class CodingReferences {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

  private CodingReferences() {}

  static Set<String> codedTranscripts(Path codingDir) {
    Set<String> docs = new TreeSet<>();
    if (!Files.isDirectory(codingDir)) {
      return docs;
    }
    try (Stream<Path> files = Files.list(codingDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
            CSVParser parser = CSVParser.parse(in, FORMAT)) {
          if (!parser.getHeaderNames().contains("doc")) {
            continue;
          }
          for (CSVRecord row : parser) {
            docs.add(row.get("doc"));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }
}
