package io.tacit.search;

import io.tacit.BadInputException;
import io.tacit.text.Span;
import io.tacit.transcript.UnitId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Matches a code's search terms against units, building the query from Lucene's query classes
 * (never from query syntax, so a term's quotes or colons cannot change its meaning): a phrase or
 * word through the stemmed field, a trailing {@code *} as a prefix of words as spoken.
 */
final class TermMatcher {
  /** A prefix at the end of a phrase stands for at most this many words. */
  private static final int MAX_EXPANSIONS = 256;

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final List<Query> filters;

  TermMatcher(IndexSearcher searcher, Analyzer analyzer, List<Query> filters) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.filters = filters;
  }

  List<TermMatch> match(List<String> terms, int limit) throws IOException {
    List<Query> perTerm = new ArrayList<>();
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String term : terms) {
      Query q = queryFor(term);
      perTerm.add(q);
      any.add(q, Occur.SHOULD);
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(any.build(), Occur.MUST);
    filters.forEach(f -> query.add(f, Occur.FILTER));
    Query q = query.build();
    int n = limit == 0 ? Math.max(1, searcher.count(q)) : limit;
    TopDocs top = searcher.search(q, n, UnitSearch.BEST_FIRST, true);
    List<Weight> weights = new ArrayList<>();
    for (Query t : perTerm) {
      weights.add(searcher.createWeight(searcher.rewrite(t), ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<TermMatch> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      List<String> matched = new ArrayList<>();
      for (int i = 0; i < weights.size(); i++) {
        if (weights.get(i).matches(leaf, sd.doc - leaf.docBase) != null) {
          matched.add(terms.get(i));
        }
      }
      var d = searcher.storedFields().document(sd.doc);
      out.add(
          new TermMatch(
              UnitId.parse(d.get(UnitFields.UNIT)).orElseThrow(),
              Span.of(
                  d.getField(UnitFields.START).numericValue().intValue(),
                  d.getField(UnitFields.END).numericValue().intValue()),
              sd.score,
              matched));
    }
    return out;
  }

  Query queryFor(String term) throws IOException {
    String t = term.strip();
    boolean prefix = t.endsWith("*");
    String body = t.replaceAll("\\*+$", "").strip();
    if (body.isEmpty()) {
      throw new BadInputException(
          "search term \"" + term + "\"",
          "a search term needs at least"
              + " one letter or digit; a trailing * then matches words that start so, e.g. coordinat*");
    }
    QueryBuilder builder = new QueryBuilder(analyzer);
    if (!prefix) {
      Query q = builder.createPhraseQuery(UnitFields.TEXT, body);
      // A term of stopwords only ("on call" is not, "we" is) still matches as written.
      q = q != null ? q : builder.createPhraseQuery(UnitFields.EXACT, body);
      return q != null ? q : new MatchNoDocsQuery("no words in " + term);
    }
    List<String> words = words(body);
    if (words.isEmpty()) {
      return new MatchNoDocsQuery("no words in " + term);
    }
    String last = words.get(words.size() - 1);
    if (words.size() == 1) {
      return new PrefixQuery(new Term(UnitFields.EXACT, last));
    }
    MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
    for (String w : words.subList(0, words.size() - 1)) {
      phrase.add(new Term(UnitFields.EXACT, w));
    }
    List<Term> expansions = expand(last);
    if (expansions.isEmpty()) {
      return new MatchNoDocsQuery("no word starts with " + last);
    }
    phrase.add(expansions.toArray(new Term[0]));
    return phrase.build();
  }

  /** The words of a term as the unstemmed field has them. */
  private List<String> words(String text) throws IOException {
    List<String> words = new ArrayList<>();
    try (var stream = analyzer.tokenStream(UnitFields.EXACT, text)) {
      var attr =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(attr.toString());
      }
      stream.end();
    }
    return words;
  }

  private List<Term> expand(String prefix) throws IOException {
    List<Term> found = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), UnitFields.EXACT);
    if (terms == null) {
      return found;
    }
    TermsEnum te = terms.iterator();
    BytesRef start = new BytesRef(prefix.toLowerCase(Locale.ROOT));
    if (te.seekCeil(start) == TermsEnum.SeekStatus.END) {
      return found;
    }
    for (BytesRef b = te.term(); b != null && found.size() < MAX_EXPANSIONS; b = te.next()) {
      String word = b.utf8ToString();
      if (!word.startsWith(prefix)) {
        break;
      }
      found.add(new Term(UnitFields.EXACT, word));
    }
    return found;
  }
}
