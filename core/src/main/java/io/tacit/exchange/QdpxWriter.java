package io.tacit.exchange;

import io.tacit.codebook.Code;
import io.tacit.codebook.QdaCodes;
import io.tacit.coding.Coding;
import io.tacit.coding.CodingCsv;
import io.tacit.memo.Memo;
import io.tacit.memo.MemoTarget;
import io.tacit.participant.Participant;
import io.tacit.transcript.Transcript;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a study as a REFI-QDA project ({@code .qdpx}) valid against the standard's Project.xsd:
 * one user per coder, the code tree (with the GUIDs codes were imported with), each transcript's
 * canonical text as a text source, each coder's codings as selections (code-point positions, as the
 * standard counts) created by that coder's user, memos as notes, and the {@code set} attribute of
 * participants as sets. GUIDs are derived from ids, entries are sorted and dated alike, so the same
 * study always gives the same bytes. Stateless.
 */
public final class QdpxWriter {
  static final String NS = "urn:QDA-XML:project:1.0";

  /** The time every entry carries, so that the archive depends on its content only. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private static final java.util.regex.Pattern DATE_TIME =
      java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final ExportInput in;
  private final XMLStreamWriter w;
  private final Map<String, List<Memo>> memosByFile = new TreeMap<>();
  private final List<NoteOut> codingNotes = new ArrayList<>();

  /** A note to write: a memo, or a coding's memo. */
  private record NoteOut(String guid, String name, String coder, String created, String text) {}

  private QdpxWriter(ExportInput in, XMLStreamWriter w) {
    this.in = in;
    this.w = w;
  }

  /** The archive's bytes. */
  public static byte[] write(ExportInput in) {
    Map<String, byte[]> entries = new TreeMap<>();
    entries.put("project.qde", document(in).getBytes(StandardCharsets.UTF_8));
    for (Transcript t : in.transcripts()) {
      entries.put(
          "sources/" + sourceGuid(t.id()) + ".txt",
          t.text().text().getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The project document, {@code project.qde}. */
  static String document(ExportInput in) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
      new QdpxWriter(in, w).project();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the project as XML", e);
    }
    return out.toString();
  }

  static String sourceGuid(String transcript) {
    return QdaCodes.namedGuid("urn:tacit:transcript:" + transcript);
  }

  static String userGuid(String coder) {
    return QdaCodes.namedGuid("urn:tacit:coder:" + coder);
  }

  private void project() throws XMLStreamException {
    in.memos()
        .forEach(
            m -> memosByFile.computeIfAbsent(m.target().fileName(), k -> new ArrayList<>()).add(m));
    w.writeStartDocument("UTF-8", "1.0");
    w.writeCharacters("\n");
    w.setDefaultNamespace(NS);
    w.writeStartElement(NS, "Project");
    w.writeDefaultNamespace(NS);
    w.writeAttribute("name", text(in.name()));
    w.writeAttribute("origin", "Tacit");
    users();
    if (!in.codebook().codes().isEmpty()) {
      start(1, "CodeBook");
      start(2, "Codes");
      QdaCodes.write(w, NS, in.codebook(), in.codebook().codes(), 3, this::codeNotes);
      end(2);
      end(1);
    }
    sources();
    notes();
    sets();
    for (String guid : projectNotes()) {
      empty(1, "NoteRef");
      w.writeAttribute("targetGUID", guid);
    }
    end(0);
    w.writeCharacters("\n");
    w.writeEndDocument();
  }

  private void users() throws XMLStreamException {
    Set<String> coders = new TreeSet<>();
    in.codings().forEach(c -> coders.add(c.coder()));
    in.memos().stream().filter(m -> !m.coder().isEmpty()).forEach(m -> coders.add(m.coder()));
    if (coders.isEmpty()) {
      return;
    }
    start(1, "Users");
    for (String coder : coders) {
      empty(2, "User");
      w.writeAttribute("guid", userGuid(coder));
      w.writeAttribute("name", coder);
      w.writeAttribute("id", coder);
    }
    end(1);
  }

  private void sources() throws XMLStreamException {
    if (in.transcripts().isEmpty()) {
      return;
    }
    Map<String, Map<List<Object>, List<Coding>>> selections = new TreeMap<>();
    in.codings().stream()
        .sorted(Coding.FILE_ORDER)
        .forEach(
            c ->
                selections
                    .computeIfAbsent(c.doc(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(
                        List.of(c.coder(), c.span().start(), c.span().end()),
                        k -> new ArrayList<>())
                    .add(c));
    start(1, "Sources");
    for (Transcript t :
        in.transcripts().stream().sorted(java.util.Comparator.comparing(Transcript::id)).toList()) {
      String guid = sourceGuid(t.id());
      start(2, "TextSource");
      w.writeAttribute("guid", guid);
      w.writeAttribute("name", t.id());
      w.writeAttribute("plainTextPath", "internal://" + guid + ".txt");
      for (List<Coding> sel : selections.getOrDefault(t.id(), Map.of()).values()) {
        selection(sel);
      }
      for (String note : transcriptNotes(t.id())) {
        empty(3, "NoteRef");
        w.writeAttribute("targetGUID", note);
      }
      end(2);
    }
    end(1);
  }

  private void selection(List<Coding> codings) throws XMLStreamException {
    Coding first = codings.get(0);
    String key =
        first.coder() + ":" + first.doc() + ":" + first.span().start() + "-" + first.span().end();
    start(3, "PlainTextSelection");
    w.writeAttribute("guid", QdaCodes.namedGuid("urn:tacit:selection:" + key));
    w.writeAttribute("startPosition", Integer.toString(first.span().start()));
    w.writeAttribute("endPosition", Integer.toString(first.span().end()));
    w.writeAttribute("creatingUser", userGuid(first.coder()));
    w.writeAttribute("creationDateTime", CodingCsv.formatCreated(first.created()));
    Map<String, Code> codes = in.codebook().byId();
    for (Coding c : codings) {
      Code code = codes.get(c.code());
      if (code == null) {
        continue; // a coding the codebook lost; the checks that load codings report it
      }
      start(4, "Coding");
      w.writeAttribute("guid", QdaCodes.namedGuid("urn:tacit:coding:" + key + ":" + c.code()));
      w.writeAttribute("creatingUser", userGuid(c.coder()));
      w.writeAttribute("creationDateTime", CodingCsv.formatCreated(c.created()));
      empty(5, "CodeRef");
      w.writeAttribute("targetGUID", QdaCodes.guid(in.codebook(), code));
      if (!c.memo().isEmpty()) {
        String note = QdaCodes.namedGuid("urn:tacit:coding-memo:" + key + ":" + c.code());
        codingNotes.add(
            new NoteOut(
                note,
                c.doc() + ":" + c.span().start() + "-" + c.span().end() + " " + c.code(),
                c.coder(),
                CodingCsv.formatCreated(c.created()),
                c.memo()));
        empty(5, "NoteRef");
        w.writeAttribute("targetGUID", note);
      }
      end(4);
    }
    end(3);
  }

  private void notes() throws XMLStreamException {
    List<NoteOut> notes = new ArrayList<>(codingNotes);
    for (List<Memo> memos : memosByFile.values()) {
      for (int i = 0; i < memos.size(); i++) {
        Memo m = memos.get(i);
        notes.add(
            new NoteOut(memoGuid(m, i), m.target().toString(), m.coder(), m.created(), m.text()));
      }
    }
    if (notes.isEmpty()) {
      return;
    }
    notes.sort(java.util.Comparator.comparing(NoteOut::guid));
    start(1, "Notes");
    for (NoteOut n : notes) {
      start(2, "Note");
      w.writeAttribute("guid", n.guid());
      w.writeAttribute("name", text(n.name()));
      if (!n.coder().isEmpty()) {
        w.writeAttribute("creatingUser", userGuid(n.coder()));
      }
      if (DATE_TIME.matcher(n.created()).matches()) {
        w.writeAttribute("creationDateTime", n.created());
      }
      indent(3);
      w.writeStartElement(NS, "PlainTextContent");
      w.writeCharacters(text(n.text()));
      w.writeEndElement();
      end(2);
    }
    end(1);
  }

  private void sets() throws XMLStreamException {
    Map<String, Set<String>> members = new TreeMap<>();
    Map<String, Participant> byId = new TreeMap<>();
    in.participants().participants().forEach(p -> byId.put(p.id(), p));
    for (Transcript t : in.transcripts()) {
      Participant p = byId.get(t.participant());
      if (p == null) {
        continue;
      }
      p.attribute(ExchangeImport.SET_ATTRIBUTE)
          .ifPresent(
              v ->
                  Arrays.stream(v.split(";"))
                      .map(String::strip)
                      .filter(s -> !s.isEmpty())
                      .forEach(s -> members.computeIfAbsent(s, k -> new TreeSet<>()).add(t.id())));
    }
    if (members.isEmpty()) {
      return;
    }
    start(1, "Sets");
    for (Map.Entry<String, Set<String>> e : members.entrySet()) {
      start(2, "Set");
      w.writeAttribute("guid", QdaCodes.namedGuid("urn:tacit:set:" + e.getKey()));
      w.writeAttribute("name", text(e.getKey()));
      for (String t : e.getValue()) {
        empty(3, "MemberSource");
        w.writeAttribute("targetGUID", sourceGuid(t));
      }
      end(2);
    }
    end(1);
  }

  private List<String> codeNotes(Code code) {
    return refs(new MemoTarget(MemoTarget.Kind.CODE, code.id()).fileName());
  }

  /** Memos on the transcript and on its units. */
  private List<String> transcriptNotes(String transcript) {
    List<String> refs = new ArrayList<>();
    memosByFile.forEach(
        (file, memos) -> {
          MemoTarget target = memos.get(0).target();
          boolean on =
              switch (target.kind()) {
                case TRANSCRIPT -> target.id().equals(transcript);
                case UNIT -> target.unit().map(u -> u.doc().equals(transcript)).orElse(false);
                default -> false;
              };
          if (on) {
            refs.addAll(refs(file));
          }
        });
    return refs;
  }

  /** Memos on themes, on files, and on transcripts or codes the study does not have. */
  private List<String> projectNotes() {
    Set<String> transcripts = new TreeSet<>();
    in.transcripts().forEach(t -> transcripts.add(t.id()));
    List<String> refs = new ArrayList<>();
    memosByFile.forEach(
        (file, memos) -> {
          MemoTarget target = memos.get(0).target();
          boolean attached =
              switch (target.kind()) {
                case TRANSCRIPT -> transcripts.contains(target.id());
                case UNIT -> target.unit().map(u -> transcripts.contains(u.doc())).orElse(false);
                case CODE -> in.codebook().contains(target.id());
                default -> false;
              };
          if (!attached) {
            refs.addAll(refs(file));
          }
        });
    return refs;
  }

  private List<String> refs(String file) {
    List<Memo> memos = memosByFile.getOrDefault(file, List.of());
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < memos.size(); i++) {
      refs.add(memoGuid(memos.get(i), i));
    }
    return refs;
  }

  private static String memoGuid(Memo m, int index) {
    return QdaCodes.namedGuid("urn:tacit:memo:" + m.target().fileName() + ":" + index);
  }

  private void start(int level, String name) throws XMLStreamException {
    indent(level);
    w.writeStartElement(NS, name);
  }

  private void empty(int level, String name) throws XMLStreamException {
    indent(level);
    w.writeEmptyElement(NS, name);
  }

  private void end(int level) throws XMLStreamException {
    indent(level);
    w.writeEndElement();
  }

  private void indent(int level) throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(level));
  }

  private static String text(String s) {
    return QdaCodes.xmlText(s);
  }
}
