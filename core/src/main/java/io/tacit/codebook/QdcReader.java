package io.tacit.codebook;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the codes of a REFI-QDA codebook ({@code .qdc}) or project ({@code .qde}), liberally, as
 * the tools really write them: any namespace or none, attributes in any order, an empty {@code
 * <Sets/>} (Taguette), colours as {@code #RGB}. Sets are ignored; codes come with their names,
 * colours, descriptions (see {@link QdcDescription}) and GUIDs. A code whose GUID the project's
 * codebook already knows keeps its id; other codes get ids from their names.
 */
final class QdcReader {
  private static final Pattern SHORT_COLOR = Pattern.compile("#[0-9A-Fa-f]{3}");

  /** A code as read, with the GUID its id may come from. */
  private record Read(CodeDraft code, String guid) {}

  private final CodebookDraft draft;
  private final Map<String, String> idsByGuid;
  private final List<Read> read = new ArrayList<>();

  private QdcReader(CodebookDraft draft, Map<String, String> idsByGuid) {
    this.draft = draft;
    this.idsByGuid = idsByGuid;
  }

  /**
   * @param idsByGuid ids of codes the project already has, by {@link CodeGuids#normal} GUID
   * @throws io.tacit.BadInputException if the file declares a DTD or entities
   */
  static void read(CodebookDraft draft, byte[] bytes, Map<String, String> idsByGuid) {
    QdcReader reader = new QdcReader(draft, idsByGuid);
    try {
      XMLStreamReader xml =
          SafeXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(bytes));
      try {
        reader.elements(xml);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      // Codes read before the break would only add confusing problems of their own.
      draft.codes.clear();
      draft.error(
          SafeXml.line(e),
          "not well-formed XML ("
              + SafeXml.reason(e)
              + "); export the"
              + " codebook again from the tool that made it");
      return;
    }
    reader.assignIds();
  }

  private void elements(XMLStreamReader xml) throws XMLStreamException {
    Deque<String> path = new ArrayDeque<>();
    Deque<CodeDraft> open = new ArrayDeque<>();
    boolean sawCodes = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD
          || event == XMLStreamConstants.ENTITY_DECLARATION
          || event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw SafeXml.refuseDtd(draft.file);
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        String parent = path.peek();
        int line = xml.getLocation().getLineNumber();
        if (parent == null && !name.equals("CodeBook") && !name.equals("Project")) {
          draft.error(
              line,
              "not a REFI-QDA codebook: the file starts with <"
                  + name
                  + "> where"
                  + " <CodeBook> (a .qdc file) or <Project> (a .qde file) was expected");
          return;
        }
        sawCodes |= name.equals("Codes");
        if (name.equals("Code") && ("Codes".equals(parent) || "Code".equals(parent))) {
          CodeDraft code = code(xml, line);
          (open.isEmpty() ? draft.codes : open.peek().children).add(code);
          open.push(code);
        } else if (name.equals("Description") && "Code".equals(parent) && !open.isEmpty()) {
          QdcDescription.parse(xml.getElementText(), open.peek());
          continue;
        }
        path.push(name);
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (xml.getLocalName().equals("Code") && "Code".equals(path.peek()) && !open.isEmpty()) {
          open.pop();
        }
        path.pop();
      }
    }
    if (!sawCodes || read.isEmpty()) {
      draft.error(0, "no codes found (no <Code> inside <Codes>); is this a codebook export?");
    }
  }

  private CodeDraft code(XMLStreamReader xml, int line) {
    CodeDraft c = new CodeDraft(line);
    String guid = "";
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String value = xml.getAttributeValue(i).strip();
      switch (xml.getAttributeLocalName(i)) {
        case "name" -> c.name = value.isEmpty() ? null : value;
        case "guid" -> guid = CodeGuids.normal(value);
        case "color" -> c.color = color(value, line);
        default -> {} // isCodable, and what vendors add: Tacit codes with every code
      }
    }
    c.qdaGuid = guid.isEmpty() ? null : guid;
    read.add(new Read(c, guid));
    return c;
  }

  private @Nullable String color(String value, int line) {
    if (SHORT_COLOR.matcher(value).matches()) {
      StringBuilder six = new StringBuilder("#");
      value.substring(1).chars().forEach(ch -> six.append((char) ch).append((char) ch));
      return six.toString().toUpperCase(Locale.ROOT);
    }
    if (Code.COLOR.matcher(value).matches()) {
      return value.toUpperCase(Locale.ROOT);
    }
    draft.warning(line, "colour \"" + value + "\" is not #RRGGBB, so it is left out");
    return null;
  }

  /** Known GUIDs first, so that a new code never takes the id of a code it does not replace. */
  private void assignIds() {
    NameIds names = new NameIds();
    for (Read r : read) {
      String id = idsByGuid.get(r.guid());
      if (id != null) {
        r.code().id = id;
        names.reserve(id);
      }
    }
    for (Read r : read) {
      if (r.code().id == null && r.code().name != null) {
        r.code().id = names.idFor(r.code().name);
      }
    }
  }
}
