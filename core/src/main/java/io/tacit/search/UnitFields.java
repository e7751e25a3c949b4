package io.tacit.search;

import java.util.Locale;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The fields of a unit document: their names (which users type in queries, e.g. {@code exact:} or
 * {@code speaker:}) and how the two text fields are indexed.
 */
final class UnitFields {
  /** The text analysed for search: lower-cased, English stopwords out, Porter stems. Stored. */
  static final String TEXT = "text";

  /** The same text lower-cased only, every word kept: exact phrases and wildcards. */
  static final String EXACT = "exact";

  /** Unit id, e.g. {@code p01:t12}: unique per document. */
  static final String UNIT = "unit";

  static final String DOC = "doc";

  /** The unit number, for ordering ties by unit id. */
  static final String NUMBER = "n";

  static final String TYPE = "type";
  static final String SPEAKER = "speaker";
  static final String ROLE = "role";
  static final String PARTICIPANT = "participant";
  static final String START = "start";
  static final String END = "end";
  static final String CODE = "code";
  static final String CODER = "coder";
  static final String CODE_PREFIX = "code_";
  static final String ATTRIBUTE_PREFIX = "attr_";

  /** Both text fields record offsets, so that the matches API gives where each match is. */
  static final FieldType TEXT_TYPE = textType(true);

  static final FieldType EXACT_TYPE = textType(false);

  private UnitFields() {}

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  static String attribute(String name) {
    return ATTRIBUTE_PREFIX + name.toLowerCase(Locale.ROOT);
  }

  static String codeOf(String coder) {
    return CODE_PREFIX + coder;
  }

  /** Keyword values are matched without regard to case, under any default locale. */
  static String keyword(String value) {
    return value.toLowerCase(Locale.ROOT);
  }

  static boolean isTextField(String field) {
    return field.equals(TEXT) || field.equals(EXACT);
  }
}
