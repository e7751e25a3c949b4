package io.tacit.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analysis of every field, for indexing and for queries alike: English (lower-casing,
 * stopwords, possessives, Porter stems) for {@code text}, lower-casing only for {@code exact}, and
 * whole lower-cased values for the keyword fields (speaker, role, attributes, codes), whose names
 * are not all known in advance ({@code attr_site}, {@code code_lead}). Thread-safe.
 */
final class UnitAnalyzer extends DelegatingAnalyzerWrapper {
  private final Analyzer english = new EnglishAnalyzer();
  private final Analyzer exact = new StandardAnalyzer(CharArraySet.EMPTY_SET);
  private final Analyzer keyword =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new KeywordTokenizer();
          return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
      };

  UnitAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return switch (fieldName) {
      case UnitFields.TEXT -> english;
      case UnitFields.EXACT -> exact;
      default -> keyword;
    };
  }

  @Override
  public void close() {
    english.close();
    exact.close();
    keyword.close();
    super.close();
  }
}
