package io.tacit.search;

import io.tacit.BadInputException;
import io.tacit.text.Span;
import io.tacit.transcript.Role;
import io.tacit.transcript.UnitId;
import io.tacit.transcript.UnitType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * An open unit index: searches, term matching for code suggestions, and word counts. Results are
 * best first with ties in unit id order, so the same index and request give the same output on
 * every run. Holds an index reader until closed; thread-safe for concurrent searches.
 */
public final class UnitSearch implements AutoCloseable {
  /** Best first; equal scores in unit id order (the unit type is always filtered to one). */
  static final Sort BEST_FIRST =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(UnitFields.DOC, SortField.Type.STRING),
          new SortField(UnitFields.NUMBER, SortField.Type.LONG));

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final UnitAnalyzer analyzer = new UnitAnalyzer();
  private final List<String> attributes;

  UnitSearch(DirectoryReader reader, List<String> attributes) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.attributes = List.copyOf(attributes);
  }

  /** Participant attribute names known to the index, in participants.csv order. */
  public List<String> attributes() {
    return attributes;
  }

  /**
   * Runs a search.
   *
   * @throws BadInputException for a malformed query, an unknown field or attribute, or an attribute
   *     value no participant has
   */
  public SearchResult search(SearchRequest request) {
    Query user = parse(request.query());
    new QueryFields(attributes).check(user);
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(user, Occur.MUST);
    filters(request.unit(), request.includeInterviewer()).forEach(f -> query.add(f, Occur.FILTER));
    new Filters(reader, attributes).of(request).forEach(f -> query.add(f, Occur.FILTER));
    try {
      Query q = query.build();
      int total = searcher.count(q);
      int n = request.limit() == 0 ? Math.max(1, total) : request.limit();
      TopDocs top = searcher.search(q, n, BEST_FIRST, true);
      HitMatches matches = new HitMatches(searcher, user);
      List<Hit> hits = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        hits.add(hit(stored.document(sd.doc), sd, matches));
      }
      return new SearchResult(hits, total);
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryProblems.of(request.query(), "too many boolean clauses");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Participant units of one type that match any of the terms, best first, for code suggestions. A
   * term is a word or a phrase, matched through the same stemming as searches ("care plans" finds
   * "care plan"); a trailing {@code *} matches words as spoken that start so.
   *
   * @param limit the most units to return; 0 for all
   * @throws BadInputException for a blank term or one that is only {@code *}
   */
  public List<TermMatch> matchingTerms(List<String> terms, UnitType unit, int limit) {
    try {
      return new TermMatcher(searcher, analyzer, filters(unit, false)).match(terms, limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stem frequencies in participant units of one type, most frequent first. */
  public List<WordCount> words(UnitType unit) {
    return WordFrequencies.count(searcher, analyzer, filter(unit));
  }

  /**
   * Keyness of each stem for each group of an attribute against the rest of the participant units:
   * only the stems a group uses more than the rest, by log-likelihood, highest first.
   *
   * @throws BadInputException for an unknown attribute or one with fewer than two groups
   */
  public List<KeyTerm> keyness(UnitType unit, String attribute) {
    String name = Filters.knownAttribute(attributes, attribute, "--by " + attribute);
    return WordFrequencies.keyness(searcher, analyzer, filter(unit), name);
  }

  private Query filter(UnitType unit) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    filters(unit, false).forEach(f -> b.add(f, Occur.FILTER));
    return b.build();
  }

  private static List<Query> filters(UnitType unit, boolean includeInterviewer) {
    List<Query> filters = new ArrayList<>();
    filters.add(new TermQuery(new Term(UnitFields.TYPE, unit.label())));
    if (!includeInterviewer) {
      filters.add(new TermQuery(new Term(UnitFields.ROLE, Role.PARTICIPANT.label())));
    }
    return filters;
  }

  private Query parse(String query) {
    if (query.isBlank()) {
      throw new BadInputException(
          "",
          "the query is empty; give words to search for, or *:* for"
              + " every unit (with --code, --coder or --where)");
    }
    try {
      return new UnitQueryParser(analyzer).parse(query);
    } catch (ParseException e) {
      throw QueryProblems.of(query, String.valueOf(e.getMessage()));
    }
  }

  private static Hit hit(Document d, ScoreDoc sd, HitMatches matches) throws IOException {
    UnitId unit = UnitId.parse(d.get(UnitFields.UNIT)).orElseThrow();
    Span span =
        Span.of(
            d.getField(UnitFields.START).numericValue().intValue(),
            d.getField(UnitFields.END).numericValue().intValue());
    String text = d.get(UnitFields.TEXT);
    return new Hit(
        unit,
        d.get(UnitFields.PARTICIPANT),
        d.get(UnitFields.SPEAKER),
        Role.ofLabel(d.get(UnitFields.ROLE)),
        span,
        text,
        sd.score,
        matches.of(sd.doc, span.start(), text));
  }

  @Override
  public void close() {
    try {
      analyzer.close();
      reader.close();
      reader.directory().close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
