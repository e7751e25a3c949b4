package io.tacit.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The counting behind word lists: one pass over the postings of both text fields, restricted to the
 * units a filter selects, split by group. A local accumulator: not thread-safe.
 */
final class WordTally {
  /** One stem's counts so far. */
  static final class Stem {
    private final long[] counts;
    private int units;
    private final BitSet participants = new BitSet();

    Stem(int groups) {
      counts = new long[groups];
    }

    long[] counts() {
      return counts;
    }

    int units() {
      return units;
    }

    BitSet participants() {
      return participants;
    }
  }

  private final int groups;
  private final Set<String> stopStems;
  private final Map<String, Stem> stems = new TreeMap<>();
  private final Map<String, Long> surfaces = new TreeMap<>();
  private final Map<String, String> bestSurface = new HashMap<>();
  private final Map<String, Integer> participantIndex = new HashMap<>();
  private final long[] sizes;

  WordTally(int groups, Set<String> stopStems) {
    this.groups = groups;
    this.stopStems = stopStems;
    this.sizes = new long[groups];
  }

  Map<String, Stem> stems() {
    return stems;
  }

  /** Word tokens per group, stopwords included. */
  long[] sizes() {
    return sizes;
  }

  /** The commonest surface form of a stem (the alphabetically first of equally common ones). */
  String term(String stem) {
    return bestSurface.getOrDefault(stem, stem);
  }

  void scan(
      IndexSearcher searcher,
      Query filter,
      @Nullable String groupField,
      Map<String, Integer> groupIndex)
      throws IOException {
    Weight weight =
        searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      LeafReader reader = leaf.reader();
      int[] group = new int[reader.maxDoc()];
      int[] person = new int[reader.maxDoc()];
      Arrays.fill(group, -1);
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = reader.getLiveDocs();
      SortedDocValues groupValues =
          groupField == null ? null : DocValues.getSorted(reader, groupField);
      int[] groupOfOrd = groupValues == null ? new int[0] : ordinals(groupValues, groupIndex);
      SortedDocValues people = DocValues.getSorted(reader, UnitFields.PARTICIPANT);
      int[] personOfOrd = ordinals(people, participantIndex);
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        // Units whose participant has no value for the attribute belong to no group.
        group[doc] =
            groupValues == null
                ? 0
                : groupValues.advanceExact(doc) ? groupOfOrd[groupValues.ordValue()] : -1;
        person[doc] = people.advanceExact(doc) ? personOfOrd[people.ordValue()] : 0;
      }
      tallyStems(reader, group, person);
      tallySurfaces(reader, group);
    }
  }

  /** Maps a leaf's doc-value ordinals to stable indexes, adding values not seen before. */
  private static int[] ordinals(SortedDocValues values, Map<String, Integer> index)
      throws IOException {
    int[] map = new int[values.getValueCount()];
    for (int ord = 0; ord < map.length; ord++) {
      String v = values.lookupOrd(ord).utf8ToString();
      map[ord] = index.computeIfAbsent(v, k -> index.size());
    }
    return map;
  }

  private void tallyStems(LeafReader reader, int[] group, int[] person) throws IOException {
    Terms terms = reader.terms(UnitFields.TEXT);
    if (terms == null) {
      return;
    }
    TermsEnum te = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      String stem = term.utf8ToString();
      if (stopStems.contains(stem) || stem.chars().noneMatch(Character::isLetter)) {
        continue;
      }
      postings = te.postings(postings, PostingsEnum.FREQS);
      Stem s = null;
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        int g = group[doc];
        if (g >= 0) {
          s = s != null ? s : stems.computeIfAbsent(stem, k -> new Stem(groups));
          s.counts[g] += postings.freq();
          s.units++;
          s.participants.set(person[doc]);
        }
      }
    }
  }

  private void tallySurfaces(LeafReader reader, int[] group) throws IOException {
    Terms terms = reader.terms(UnitFields.EXACT);
    if (terms == null) {
      return;
    }
    TermsEnum te = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      postings = te.postings(postings, PostingsEnum.FREQS);
      long count = 0;
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        int g = group[doc];
        if (g >= 0) {
          sizes[g] += postings.freq();
          count += postings.freq();
        }
      }
      if (count > 0) {
        surfaces.merge(term.utf8ToString(), count, Long::sum);
      }
    }
  }

  /** Names each stem by its commonest surface form; run once, after every leaf is scanned. */
  void nameSurfaces(Analyzer analyzer) {
    Map<String, Long> bestCount = new HashMap<>();
    // Surfaces in alphabetical order, so the first of equally common forms wins.
    for (Map.Entry<String, Long> e : surfaces.entrySet()) {
      String stem = StopStems.stem(analyzer, e.getKey());
      if (stem == null || !stems.containsKey(stem)) {
        continue;
      }
      Long best = bestCount.get(stem);
      if (best == null || e.getValue() > best) {
        bestCount.put(stem, e.getValue());
        bestSurface.put(stem, e.getKey());
      }
    }
  }
}
