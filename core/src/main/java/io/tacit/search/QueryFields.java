package io.tacit.search;

import io.tacit.BadInputException;
import io.tacit.text.Ids;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Checks the fields a parsed query names. Lucene searches any field name without complaint, so
 * {@code group:PSS} would quietly find nothing; a researcher is better told which fields exist.
 */
final class QueryFields {
  private static final Set<String> FIXED =
      Set.of(
          UnitFields.TEXT,
          UnitFields.EXACT,
          UnitFields.UNIT,
          UnitFields.DOC,
          UnitFields.TYPE,
          UnitFields.SPEAKER,
          UnitFields.ROLE,
          UnitFields.PARTICIPANT,
          UnitFields.CODE,
          UnitFields.CODER);

  private final List<String> attributes;

  QueryFields(List<String> attributes) {
    this.attributes = attributes;
  }

  void check(Query query) {
    Set<String> fields = new TreeSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            fields.add(field);
            return true;
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this; // excluded clauses (-speaker:x) name fields too
          }
        });
    for (String field : fields) {
      if (FIXED.contains(field)) {
        continue;
      }
      if (field.startsWith(UnitFields.ATTRIBUTE_PREFIX)) {
        String name = field.substring(UnitFields.ATTRIBUTE_PREFIX.length());
        Filters.knownAttribute(attributes, name, field);
      } else if (!(field.startsWith(UnitFields.CODE_PREFIX)
          && Ids.isValid(field.substring(UnitFields.CODE_PREFIX.length())))) {
        throw new BadInputException(
            "",
            "unknown field \""
                + field
                + "\" in the query; the fields"
                + " are text (the default), exact, speaker, role (interviewer or participant),"
                + " participant, doc, unit, type, code, coder, code_CODER and attr_ATTRIBUTE"
                + attributeExamples()
                + "; or filter with --where ATTRIBUTE=VALUE");
      }
    }
  }

  private String attributeExamples() {
    if (attributes.isEmpty()) {
      return "";
    }
    return " ("
        + String.join(
            ", ",
            attributes.stream()
                .map(a -> UnitFields.ATTRIBUTE_PREFIX + a.toLowerCase(Locale.ROOT))
                .toList())
        + ")";
  }
}
