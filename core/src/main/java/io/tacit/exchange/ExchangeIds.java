package io.tacit.exchange;

import io.tacit.text.Ids;
import java.text.Normalizer;
import java.util.Set;

/** Ids by the ID rule for what other tools name freely: users and sources. Stateless. */
final class ExchangeIds {
  private ExchangeIds() {}

  /**
   * An id by the ID rule from a name ("Dana Smith" is dana-smith, accents dropped), else from
   * {@code fallback} cut to its first eight digits of GUID; a second one gets {@code -2}.
   */
  static String unique(String name, String fallback, Set<String> taken) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String base = Ids.suggest(plain);
    if (base.isEmpty()) {
      base =
          Ids.suggest(
              fallback.substring(0, Math.min(fallback.length(), fallback.indexOf('-') + 9)));
    }
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base.substring(0, Math.min(base.length(), 60)) + "-" + n;
    }
    return id;
  }
}
