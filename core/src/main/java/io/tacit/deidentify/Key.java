package io.tacit.deidentify;

import io.tacit.ProblemList;
import io.tacit.coding.CsvText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The project's de-identification key, {@code deidentify/key.csv}: every original that was replaced
 * and its replacement ({@code type,original,replacement}), so that the same original gets the same
 * replacement in every transcript and every later run, and the team can re-identify a transcript
 * where the ethics protocol allows. Originals match whatever their case and spacing. It holds the
 * identities the project hides: it is never printed and never shared. Immutable.
 */
public final class Key {
  /** One original and its replacement. */
  public record Entry(IdentifierType type, String original, String replacement) {}

  static final List<String> HEADER = List.of("type", "original", "replacement");
  private static final Pattern NUMBERED = Pattern.compile("\\[([A-Z]+)-([0-9]+)\\]");

  private final Map<String, Entry> byOriginal;

  private Key(Map<String, Entry> byOriginal) {
    this.byOriginal = byOriginal;
  }

  public static Key empty() {
    return new Key(new LinkedHashMap<>());
  }

  /** Reads a key file; every bad row is added to {@code problems} at its line. */
  public static Key read(String location, String text, ProblemList problems) {
    List<CsvText.Record> records = CsvText.parse(location, text, ',', problems);
    Map<String, Entry> entries = new LinkedHashMap<>();
    if (records.isEmpty()) {
      return new Key(entries);
    }
    if (!records.get(0).cells().equals(HEADER)) {
      problems.add(
          location + ":1",
          "is not a de-identification key (expected the header "
              + String.join(",", HEADER)
              + "); restore it from your backup");
      return new Key(entries);
    }
    for (CsvText.Record r : records.subList(1, records.size())) {
      Optional<IdentifierType> type = IdentifierType.ofLabel(r.cell(0));
      if (type.isEmpty() || r.cell(1).isBlank() || r.cell(2).isBlank()) {
        problems.add(
            location + ":" + r.line(),
            "needs a known type, an original and a"
                + " replacement; restore the file from your backup");
        continue;
      }
      entries.put(normal(r.cell(1)), new Entry(type.get(), r.cell(1), r.cell(2)));
    }
    return new Key(entries);
  }

  /** How originals are compared: NFC, case-folded, runs of white space as one space. */
  static String normal(String original) {
    return Normalizer.normalize(original, Normalizer.Form.NFC)
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  public Optional<Entry> find(String original) {
    return Optional.ofNullable(byOriginal.get(normal(original)));
  }

  public Collection<Entry> entries() {
    return byOriginal.values();
  }

  public boolean isEmpty() {
    return byOriginal.isEmpty();
  }

  /** This key with {@code added} (an original already here keeps its first replacement). */
  public Key with(Collection<Entry> added) {
    Map<String, Entry> all = new LinkedHashMap<>(byOriginal);
    added.forEach(e -> all.putIfAbsent(normal(e.original()), e));
    return new Key(all);
  }

  /** The highest number of each numbered replacement, {@code [PERSON-3]}, by type label. */
  Map<String, Integer> highestNumbers() {
    Map<String, Integer> highest = new LinkedHashMap<>();
    for (Entry e : byOriginal.values()) {
      Matcher m = NUMBERED.matcher(e.replacement());
      if (m.matches()) {
        highest.merge(m.group(1), Integer.parseInt(m.group(2)), Math::max);
      }
    }
    return highest;
  }

  /** The file: sorted by type, then numbered replacements by number, then original. */
  public String write() {
    List<Entry> sorted = new ArrayList<>(byOriginal.values());
    sorted.sort(
        Comparator.comparing(Entry::type)
            .thenComparingInt(Key::number)
            .thenComparing(Entry::replacement)
            .thenComparing(Entry::original));
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      printer.printRecord(HEADER);
      for (Entry e : sorted) {
        printer.printRecord(e.type().label(), e.original(), e.replacement());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static int number(Entry e) {
    Matcher m = NUMBERED.matcher(e.replacement());
    return m.matches() ? Integer.parseInt(m.group(2)) : Integer.MAX_VALUE;
  }
}
