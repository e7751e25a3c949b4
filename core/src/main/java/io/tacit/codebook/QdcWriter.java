package io.tacit.codebook;

import io.tacit.BadInputException;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a REFI-QDA codebook ({@code .qdc}, valid against the standard's Codebook.xsd) that
 * NVivo, ATLAS.ti, MAXQDA and QualCoder import: the code tree with names, colours and
 * descriptions (see {@link QdcDescription}), every code codable. GUIDs are derived from the ids
 * ({@link CodeGuids}), so the same codebook always gives the same bytes.
 */
final class QdcWriter {
  static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";
  /** Characters XML 1.0 cannot carry at all, even escaped. */
  private static final Pattern NOT_XML = Pattern.compile(
      "[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final Codebook cb;
  private final XMLStreamWriter w;

  private QdcWriter(Codebook cb, XMLStreamWriter w) {
    this.cb = cb;
    this.w = w;
  }

  static String write(Codebook cb) {
    if (cb.codes().isEmpty()) {
      throw new BadInputException("", "the codebook has no codes, and a REFI-QDA codebook needs"
          + " at least one; add codes first (tacit codebook add)");
    }
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
      new QdcWriter(cb, w).document();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the codebook as XML", e);
    }
    return out.toString();
  }

  private void document() throws XMLStreamException {
    w.writeStartDocument("UTF-8", "1.0");
    w.writeCharacters("\n");
    w.setDefaultNamespace(NAMESPACE);
    w.writeStartElement(NAMESPACE, "CodeBook");
    w.writeDefaultNamespace(NAMESPACE);
    w.writeAttribute("origin", "Tacit");
    indent(1);
    w.writeStartElement(NAMESPACE, "Codes");
    codes(cb.codes(), 2);
    indent(1);
    w.writeEndElement();
    indent(0);
    w.writeEndElement();
    w.writeCharacters("\n");
    w.writeEndDocument();
  }

  private void codes(List<Code> codes, int level) throws XMLStreamException {
    for (Code c : codes) {
      indent(level);
      String description = QdcDescription.compose(c);
      boolean empty = description.isEmpty() && c.children().isEmpty();
      if (empty) {
        w.writeEmptyElement(NAMESPACE, "Code");
      } else {
        w.writeStartElement(NAMESPACE, "Code");
      }
      w.writeAttribute("guid", CodeGuids.of(cb, c));
      w.writeAttribute("name", xml(c.name()));
      w.writeAttribute("isCodable", "true");
      if (c.color() != null) {
        w.writeAttribute("color", c.color());
      }
      if (empty) {
        continue;
      }
      if (!description.isEmpty()) {
        indent(level + 1);
        w.writeStartElement(NAMESPACE, "Description");
        w.writeCharacters(xml(description));
        w.writeEndElement();
      }
      codes(c.children(), level + 1);
      indent(level);
      w.writeEndElement();
    }
  }

  private void indent(int level) throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(level));
  }

  private static String xml(String text) {
    return NOT_XML.matcher(text).replaceAll("");
  }
}
