package io.tacit.search;

import io.tacit.transcript.UnitType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One search: a query in Lucene's classic syntax and the filters around it. Immutable.
 *
 * @param query the query; default field the stemmed text
 * @param unit turns or sentences
 * @param includeInterviewer whether interviewer units may match too
 * @param code only units with this code (by any coder, or by {@code coder} if given)
 * @param coder only units this coder coded (with {@code code}, coded so by this coder)
 * @param where attribute name (lower case) to accepted values: values of one attribute are
 *     alternatives, different attributes must all hold
 * @param limit the most hits to return; 0 for all
 */
public record SearchRequest(
    String query,
    UnitType unit,
    boolean includeInterviewer,
    @Nullable String code,
    @Nullable String coder,
    Map<String, List<String>> where,
    int limit) {
  public SearchRequest {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 (all) or more: " + limit);
    }
    Map<String, List<String>> copy = new TreeMap<>();
    where.forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    where = Collections.unmodifiableMap(copy);
  }

  /** A plain query over participant turns, no filters, every hit. */
  public static SearchRequest of(String query, UnitType unit) {
    return new SearchRequest(query, unit, false, null, null, Map.of(), 0);
  }

  public Optional<String> codeFilter() {
    return Optional.ofNullable(code);
  }

  public Optional<String> coderFilter() {
    return Optional.ofNullable(coder);
  }

  /**
   * Parses {@code ATTR=VALUE} conditions as a user types them after {@code --where}.
   *
   * @throws io.tacit.BadInputException for one without {@code =}
   */
  public static Map<String, List<String>> parseWhere(List<String> conditions) {
    Map<String, List<String>> where = new TreeMap<>();
    for (String c : conditions) {
      int eq = c.indexOf('=');
      if (eq <= 0 || eq == c.length() - 1) {
        throw new io.tacit.BadInputException(
            "--where " + c, "write a condition as ATTRIBUTE=VALUE," + " e.g. --where group=PSS");
      }
      where
          .computeIfAbsent(
              c.substring(0, eq).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(c.substring(eq + 1).strip());
    }
    return where;
  }
}
