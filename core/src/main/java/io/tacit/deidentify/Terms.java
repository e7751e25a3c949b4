package io.tacit.deidentify;

import io.tacit.ProblemList;
import io.tacit.coding.CsvText;
import io.tacit.text.CodePointText;
import io.tacit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's own identifiers, {@code deidentify/terms.csv}: columns {@code term,replacement} and
 * optionally {@code type} (default {@code TERM}). A term matches as a whole word or phrase,
 * whatever its case (a name that is also an everyday word, such as Grace, only as written); its
 * replacement is used as written (or numbered like any other identifier when left blank). Immutable
 * and thread-safe.
 */
public final class Terms {
  /** One term of the list. */
  public record Term(String term, String replacement, IdentifierType type, Pattern pattern) {}

  private final List<Term> terms;

  private Terms(List<Term> terms) {
    this.terms = List.copyOf(terms);
  }

  public static Terms none() {
    return new Terms(List.of());
  }

  /** Reads the list; every bad row is added to {@code problems} at its line. */
  public static Terms read(String location, String text, ProblemList problems) {
    List<CsvText.Record> records = CsvText.parse(location, text, ',', problems);
    if (records.isEmpty()) {
      return none();
    }
    List<String> header =
        records.get(0).cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    int term = header.indexOf("term");
    int replacement = header.indexOf("replacement");
    int type = header.indexOf("type");
    if (term < 0 || replacement < 0) {
      problems.add(
          location + ":1",
          "needs the columns term,replacement (and optionally type);"
              + " found "
              + String.join(",", records.get(0).cells()));
      return none();
    }
    List<Term> terms = new ArrayList<>();
    for (CsvText.Record r : records.subList(1, records.size())) {
      String where = location + ":" + r.line();
      String t = r.cell(term).strip();
      if (t.isEmpty()) {
        problems.add(where, "the term is blank; fill it in or delete the row");
        continue;
      }
      IdentifierType kind = IdentifierType.TERM;
      if (type >= 0 && !r.cell(type).isBlank()) {
        var named = IdentifierType.ofLabel(r.cell(type));
        if (named.isEmpty()) {
          problems.add(
              where,
              "unknown type \""
                  + r.cell(type)
                  + "\"; use one of "
                  + java.util.Arrays.toString(IdentifierType.values()));
          continue;
        }
        kind = named.get();
      }
      // A name that is also a word (Grace, Hope) matches only as written, never "grace of God".
      int flags = NameSpread.isWord(t) ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      terms.add(
          new Term(
              t,
              r.cell(replacement).strip(),
              kind,
              Pattern.compile(
                  "(?<![\\p{L}\\p{N}])"
                      + Pattern.quote(t).replace(" ", "\\E\\s+\\Q")
                      + "(?![\\p{L}\\p{N}])",
                  flags)));
    }
    return new Terms(terms);
  }

  public List<Term> terms() {
    return terms;
  }

  /** Every occurrence of every term. */
  List<Candidate> find(CodePointText text) {
    List<Candidate> found = new ArrayList<>();
    for (Term t : terms) {
      Matcher m = t.pattern().matcher(text.text());
      while (m.find()) {
        found.add(
            new Candidate(
                t.type(),
                Span.of(text.toCodePointOffset(m.start()), text.toCodePointOffset(m.end()))));
      }
    }
    return found;
  }
}
