package io.tacit.search;

import io.tacit.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * Word frequencies and keyness, read from the index rather than by tokenising the text again: stem
 * counts from the postings of the stemmed field, surface forms from those of the unstemmed field
 * (each distinct word run through the same English analysis to find its stem), and corpus sizes as
 * all word tokens, stopwords included, as keyness tools count them.
 */
final class WordFrequencies {
  private WordFrequencies() {}

  static List<WordCount> count(IndexSearcher searcher, Analyzer analyzer, Query filter) {
    WordTally tally = scan(searcher, analyzer, filter, null, List.of());
    List<WordCount> counts = new ArrayList<>();
    for (Map.Entry<String, WordTally.Stem> e : tally.stems().entrySet()) {
      WordTally.Stem s = e.getValue();
      counts.add(
          new WordCount(
              tally.term(e.getKey()),
              e.getKey(),
              s.counts()[0],
              s.units(),
              s.participants().cardinality()));
    }
    counts.sort(
        Comparator.comparingLong(WordCount::count)
            .reversed()
            .thenComparing(WordCount::term)
            .thenComparing(WordCount::stem));
    return counts;
  }

  static List<KeyTerm> keyness(
      IndexSearcher searcher, Analyzer analyzer, Query filter, String attribute) {
    String field = UnitFields.attribute(attribute);
    List<String> groups = Filters.values(searcher.getIndexReader(), field);
    if (groups.size() < 2) {
      throw new BadInputException(
          "--by " + attribute,
          "keyness compares groups, but the"
              + " participants have "
              + (groups.isEmpty() ? "no value" : "only the value \"" + groups.get(0) + "\"")
              + " for "
              + attribute
              + "; choose an attribute with two or more"
              + " values");
    }
    WordTally tally = scan(searcher, analyzer, filter, field, groups);
    long allWords = 0;
    for (long size : tally.sizes()) {
      allWords += size;
    }
    List<KeyTerm> keys = new ArrayList<>();
    for (Map.Entry<String, WordTally.Stem> e : tally.stems().entrySet()) {
      long[] counts = e.getValue().counts();
      long all = 0;
      for (long n : counts) {
        all += n;
      }
      for (int g = 0; g < groups.size(); g++) {
        long a = counts[g];
        long b = all - a;
        long c = tally.sizes()[g];
        long d = allWords - c;
        if (a == 0 || d == 0) {
          continue;
        }
        double ratio = Keyness.logRatio(a, b, c, d);
        if (ratio > 0) {
          double g2 = Keyness.logLikelihood(a, b, c, d);
          keys.add(
              new KeyTerm(
                  groups.get(g),
                  tally.term(e.getKey()),
                  e.getKey(),
                  a,
                  b,
                  g2,
                  ratio,
                  Keyness.pValue(g2)));
        }
      }
    }
    keys.sort(
        Comparator.comparing(KeyTerm::group)
            .thenComparing(Comparator.comparingDouble(KeyTerm::g2).reversed())
            .thenComparing(KeyTerm::term)
            .thenComparing(KeyTerm::stem));
    return keys;
  }

  private static WordTally scan(
      IndexSearcher searcher,
      Analyzer analyzer,
      Query filter,
      @Nullable String groupField,
      List<String> groups) {
    Map<String, Integer> groupIndex = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      groupIndex.put(groups.get(i), i);
    }
    try {
      WordTally tally = new WordTally(Math.max(1, groups.size()), StopStems.of(analyzer));
      tally.scan(searcher, filter, groupField, groupIndex);
      tally.nameSurfaces(analyzer);
      return tally;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
