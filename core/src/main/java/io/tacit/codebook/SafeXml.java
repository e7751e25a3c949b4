package io.tacit.codebook;

import io.tacit.BadInputException;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The one way Tacit opens XML from outside: a StAX reader that never reads a DTD, never resolves an
 * external entity and never fetches anything, so that a crafted file cannot read local files or
 * reach the network (XML external entity attacks) or blow up memory (entity expansion). A file that
 * declares a DTD is refused outright: QDA exchange files never need one.
 */
public final class SafeXml {
  private SafeXml() {}

  public static XMLInputFactory inputFactory() {
    // The JDK's own parser, whatever else is on the class path (CoreNLP brings Xerces 2.12, which
    // knows none of the JAXP 1.5 access limits).
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    // StAX's counterpart of the parser feature
    // http://apache.org/xml/features/disallow-doctype-decl: a DOCTYPE is reported as an event
    // (which readers refuse) and never processed.
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    // What FEATURE_SECURE_PROCESSING sets for StAX: no external DTDs or schemas by any protocol.
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  /** The line a parse error is on; 0 when the parser does not say. */
  public static int line(XMLStreamException e) {
    return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
  }

  /** A parse error in words, without the parser's position prefix. */
  public static String reason(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int at = message.indexOf("Message: ");
    return (at < 0 ? message : message.substring(at + 9)).strip();
  }

  static BadInputException refuseDtd(String file) {
    return refuseDtd(file, "the codebook");
  }

  /**
   * @param what what to export again, e.g. "the project"
   */
  public static BadInputException refuseDtd(String file, String what) {
    return new BadInputException(
        file,
        "contains a DTD or entity declaration, which Tacit does not"
            + " read (to stay safe from XML external entity attacks); export "
            + what
            + " again"
            + " without it");
  }
}
