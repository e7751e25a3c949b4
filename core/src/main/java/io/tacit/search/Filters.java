package io.tacit.search;

import io.tacit.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The filters of a search request beyond the unit type and role: codes, coders and participant
 * attributes. Filters narrow the hits without changing their scores.
 */
final class Filters {
  private final IndexReader reader;
  private final List<String> attributes;

  Filters(IndexReader reader, List<String> attributes) {
    this.reader = reader;
    this.attributes = attributes;
  }

  List<Query> of(SearchRequest request) {
    List<Query> filters = new ArrayList<>();
    String code = request.codeFilter().map(UnitFields::keyword).orElse(null);
    String coder = request.coderFilter().map(UnitFields::keyword).orElse(null);
    if (code != null && coder != null) {
      filters.add(new TermQuery(new Term(UnitFields.codeOf(coder), code)));
    } else if (code != null) {
      filters.add(new TermQuery(new Term(UnitFields.CODE, code)));
    } else if (coder != null) {
      filters.add(new TermQuery(new Term(UnitFields.CODER, coder)));
    }
    for (Map.Entry<String, List<String>> w : request.where().entrySet()) {
      String name = knownAttribute(attributes, w.getKey(), "--where " + w.getKey());
      String field = UnitFields.attribute(name);
      BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
      for (String value : w.getValue()) {
        Term term = new Term(field, UnitFields.keyword(value));
        requireUsed(term, name, value);
        anyOf.add(new TermQuery(term), Occur.SHOULD);
      }
      filters.add(anyOf.build());
    }
    return filters;
  }

  /**
   * The attribute's name as the index knows it (lower case).
   *
   * @throws BadInputException naming the known attributes if there is no such attribute
   */
  static String knownAttribute(List<String> attributes, String name, String location) {
    String wanted = name.toLowerCase(Locale.ROOT);
    for (String a : attributes) {
      if (a.toLowerCase(Locale.ROOT).equals(wanted)) {
        return wanted;
      }
    }
    if (attributes.isEmpty()) {
      throw new BadInputException(
          location,
          "no participant attributes are loaded; add them with"
              + " `tacit participants import FILE.csv`");
    }
    throw new BadInputException(
        location,
        "unknown participant attribute \""
            + name
            + "\"; the"
            + " attributes are "
            + String.join(", ", attributes)
            + " (columns of participants.csv)");
  }

  private void requireUsed(Term term, String name, String value) {
    try {
      if (reader.docFreq(term) == 0) {
        throw new BadInputException(
            "--where " + name + "=" + value,
            "no participant has "
                + name
                + " \""
                + value
                + "\"; the values are "
                + String.join(", ", values(reader, term.field())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The values of a doc-values field as participants.csv wrote them, sorted. */
  static List<String> values(IndexReader reader, String field) {
    List<String> values = new ArrayList<>();
    try {
      SortedDocValues dv = MultiDocValues.getSortedValues(reader, field);
      if (dv == null) {
        return values;
      }
      TermsEnum terms = dv.termsEnum();
      for (BytesRef v = terms.next(); v != null; v = terms.next()) {
        values.add(v.utf8ToString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }
}
