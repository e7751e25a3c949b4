package io.tacit.search;

import io.tacit.text.CodePointText;
import io.tacit.text.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Where a query matched inside a unit, from Lucene's matches API over the offsets both text fields
 * record: a phrase is one match from its first word to its last, whatever the analysis dropped or
 * stemmed. Not thread-safe (one per search).
 */
final class HitMatches {
  private static final String[] FIELDS = {UnitFields.TEXT, UnitFields.EXACT};

  private final List<LeafReaderContext> leaves;
  private final Weight weight;

  HitMatches(IndexSearcher searcher, Query query) throws IOException {
    this.leaves = searcher.getIndexReader().leaves();
    this.weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /**
   * The matched passages of one document, as spans of the canonical text, sorted, overlaps merged.
   *
   * @param unitStart where the unit starts in the canonical text
   * @param text the unit's text, which both fields indexed
   */
  List<Span> of(int docId, int unitStart, String text) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    Matches matches = weight.matches(leaf, docId - leaf.docBase);
    if (matches == null) {
      return List.of();
    }
    List<int[]> found = new ArrayList<>();
    for (String field : FIELDS) {
      MatchesIterator it = matches.getMatches(field);
      while (it != null && it.next()) {
        if (it.startOffset() >= 0) {
          found.add(new int[] {it.startOffset(), it.endOffset()});
        }
      }
    }
    found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    CodePointText cp = new CodePointText(text);
    List<Span> spans = new ArrayList<>();
    int lastEnd = -1;
    for (int[] m : found) {
      int start = unitStart + cp.toCodePointOffset(m[0]);
      int end = unitStart + cp.toCodePointOffset(m[1]);
      if (!spans.isEmpty() && start < lastEnd) {
        Span prev = spans.remove(spans.size() - 1);
        spans.add(Span.of(prev.start(), Math.max(prev.end(), end)));
      } else {
        spans.add(Span.of(start, end));
      }
      lastEnd = spans.get(spans.size() - 1).end();
    }
    return spans;
  }
}
