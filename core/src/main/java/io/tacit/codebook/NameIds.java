package io.tacit.codebook;

import io.tacit.text.Ids;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Gives codes that arrive with names only (from other QDA tools, or a spreadsheet without an id
 * column) ids that follow the ID rule: lower-cased, accents dropped, other characters turned into
 * '-', and a second "Cost" becomes {@code cost-2}. Mutable: remembers the ids it handed out.
 */
final class NameIds {
  private final Set<String> taken = new HashSet<>();

  /** Keeps {@code id} from being handed out, for ids a file already gives. */
  void reserve(String id) {
    taken.add(id);
  }

  String idFor(String name) {
    // "Café" becomes "cafe", not "caf": accents are dropped before the ID rule is applied.
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String base = Ids.suggest(plain);
    if (base.isEmpty()) {
      base = "code";
    }
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      String suffix = "-" + n;
      id = base.substring(0, Math.min(base.length(), 64 - suffix.length())) + suffix;
    }
    return id;
  }
}
