package io.tacit.search;

import io.tacit.transcript.Transcript;
import io.tacit.transcript.Unit;
import io.tacit.transcript.UnitType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * Lays out the Lucene documents of one transcript: one per turn and one per sentence, interviewer
 * units included (marked by role), each with the participant's attributes and the codes whose spans
 * overlap it.
 */
final class UnitDocuments {
  private UnitDocuments() {}

  static List<Document> of(IndexedTranscript indexed) {
    Transcript t = indexed.transcript();
    List<Document> docs = new ArrayList<>();
    for (UnitType type : UnitType.values()) {
      for (Unit u : t.units(type, true)) {
        docs.add(document(t, u, indexed));
      }
    }
    return docs;
  }

  private static Document document(Transcript t, Unit u, IndexedTranscript indexed) {
    Document d = new Document();
    d.add(new StringField(UnitFields.UNIT, u.id().toString(), Field.Store.YES));
    d.add(new StringField(UnitFields.DOC, t.id(), Field.Store.YES));
    // Doc values order ties by unit id, so equal scores come out the same way every run.
    d.add(new SortedDocValuesField(UnitFields.DOC, new BytesRef(t.id())));
    d.add(new NumericDocValuesField(UnitFields.NUMBER, u.id().number()));
    d.add(new StringField(UnitFields.TYPE, u.id().type().label(), Field.Store.NO));
    d.add(new StringField(UnitFields.SPEAKER, UnitFields.keyword(u.speaker()), Field.Store.NO));
    d.add(new StoredField(UnitFields.SPEAKER, u.speaker()));
    d.add(new StringField(UnitFields.ROLE, u.role().label(), Field.Store.YES));
    d.add(new StringField(UnitFields.PARTICIPANT, t.participant(), Field.Store.YES));
    d.add(new SortedDocValuesField(UnitFields.PARTICIPANT, new BytesRef(t.participant())));
    for (Map.Entry<String, String> a : indexed.attributes().entrySet()) {
      String field = UnitFields.attribute(a.getKey());
      d.add(new StringField(field, UnitFields.keyword(a.getValue()), Field.Store.NO));
      d.add(new SortedDocValuesField(field, new BytesRef(a.getValue())));
    }
    d.add(new StoredField(UnitFields.START, u.span().start()));
    d.add(new StoredField(UnitFields.END, u.span().end()));
    d.add(new Field(UnitFields.TEXT, u.text(), UnitFields.TEXT_TYPE));
    d.add(new Field(UnitFields.EXACT, u.text(), UnitFields.EXACT_TYPE));
    addCodes(d, u, indexed);
    return d;
  }

  /** A coding counts for every unit it overlaps, as a researcher reading the unit would see it. */
  private static void addCodes(Document d, Unit u, IndexedTranscript indexed) {
    Set<String> codes = new TreeSet<>();
    Set<String> coders = new TreeSet<>();
    Set<String> coderCodes = new TreeSet<>();
    for (CodedSpan c : indexed.codings()) {
      boolean overlaps =
          c.span().isEmpty() ? u.span().contains(c.span().start()) : c.span().overlap(u.span()) > 0;
      if (overlaps) {
        codes.add(c.code());
        coders.add(c.coder());
        coderCodes.add(c.coder() + "\u0000" + c.code());
      }
    }
    codes.forEach(
        c -> d.add(new StringField(UnitFields.CODE, UnitFields.keyword(c), Field.Store.YES)));
    coders.forEach(
        c -> d.add(new StringField(UnitFields.CODER, UnitFields.keyword(c), Field.Store.NO)));
    for (String cc : coderCodes) {
      int sep = cc.indexOf('\u0000');
      d.add(
          new StringField(
              UnitFields.codeOf(UnitFields.keyword(cc.substring(0, sep))),
              UnitFields.keyword(cc.substring(sep + 1)),
              Field.Store.NO));
    }
  }
}
