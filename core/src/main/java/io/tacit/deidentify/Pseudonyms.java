package io.tacit.deidentify;

import io.tacit.ProblemList;
import io.tacit.coding.CsvText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pseudonyms to use instead of numbered placeholders, {@code deidentify/pseudonyms.csv}: columns
 * {@code type,pseudonym}, taken in file order by new originals of that type. Types without a list,
 * or whose list has run out, get numbered placeholders. Immutable.
 */
public final class Pseudonyms {
  private final Map<IdentifierType, List<String>> byType;

  private Pseudonyms(Map<IdentifierType, List<String>> byType) {
    this.byType = byType;
  }

  public static Pseudonyms none() {
    return new Pseudonyms(new EnumMap<>(IdentifierType.class));
  }

  /** Reads the list; every bad row is added to {@code problems} at its line. */
  public static Pseudonyms read(String location, String text, ProblemList problems) {
    List<CsvText.Record> records = CsvText.parse(location, text, ',', problems);
    Map<IdentifierType, List<String>> byType = new EnumMap<>(IdentifierType.class);
    if (records.isEmpty()) {
      return new Pseudonyms(byType);
    }
    List<String> header =
        records.get(0).cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    if (!header.equals(List.of("type", "pseudonym"))) {
      problems.add(
          location + ":1",
          "needs the header type,pseudonym; found " + String.join(",", records.get(0).cells()));
      return new Pseudonyms(byType);
    }
    for (CsvText.Record r : records.subList(1, records.size())) {
      Optional<IdentifierType> type = IdentifierType.ofLabel(r.cell(0));
      if (type.isEmpty() || r.cell(1).isBlank()) {
        problems.add(
            location + ":" + r.line(),
            "needs a known type (PERSON, ORGANIZATION, ...)"
                + " and a pseudonym; fix the row or delete it");
        continue;
      }
      byType.computeIfAbsent(type.get(), t -> new ArrayList<>()).add(r.cell(1).strip());
    }
    return new Pseudonyms(byType);
  }

  /** The pseudonyms of one type, in file order. */
  List<String> of(IdentifierType type) {
    return byType.getOrDefault(type, List.of());
  }
}
