package io.tacit.codebook;

import io.tacit.BadInputException;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a REFI-QDA codebook ({@code .qdc}, valid against the standard's Codebook.xsd) that NVivo,
 * ATLAS.ti, MAXQDA and QualCoder import: the code tree with names, colours and descriptions (see
 * {@link QdcDescription}), every code codable. GUIDs are derived from the ids ({@link CodeGuids}),
 * so the same codebook always gives the same bytes.
 */
final class QdcWriter {
  static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final Codebook cb;
  private final XMLStreamWriter w;

  private QdcWriter(Codebook cb, XMLStreamWriter w) {
    this.cb = cb;
    this.w = w;
  }

  static String write(Codebook cb) {
    if (cb.codes().isEmpty()) {
      throw new BadInputException(
          "",
          "the codebook has no codes, and a REFI-QDA codebook needs"
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
    QdaCodes.write(w, NAMESPACE, cb, codes, level, c -> List.of());
  }

  private void indent(int level) throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(level));
  }
}
