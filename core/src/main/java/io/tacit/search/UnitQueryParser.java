package io.tacit.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query parser over the stemmed text, except that wildcard, prefix, fuzzy and
 * regular-expression terms aimed at the stemmed text go to the unstemmed words instead: a
 * researcher's {@code coordinat*} means words as spoken (coordinate, coordinating, coordination),
 * whereas the stem of all of those is "coordin", which no such pattern would match.
 */
final class UnitQueryParser extends QueryParser {
  UnitQueryParser(Analyzer analyzer) {
    super(UnitFields.TEXT, analyzer);
  }

  private static String words(String field) {
    return field.equals(UnitFields.TEXT) ? UnitFields.EXACT : field;
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    return super.getWildcardQuery(words(field), termStr);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return super.getPrefixQuery(words(field), termStr);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    return super.getFuzzyQuery(words(field), termStr, minSimilarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    return super.getRegexpQuery(words(field), termStr);
  }
}
