package io.tacit.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;

class QdcWriterTest {
  /** The official REFI-QDA schema, read with secure processing and no access outside it. */
  private static Validator validator() throws Exception {
    // The JDK's validator: CoreNLP puts Xerces 2.12 on the class path, which lacks these limits.
    SchemaFactory f = SchemaFactory.newDefaultInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    URL xsd = QdcWriterTest.class.getResource("refi-qda/Codebook.xsd");
    Schema schema = f.newSchema(xsd);
    Validator v = schema.newValidator();
    v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return v;
  }

  private static void assertValid(String qdc) throws Exception {
    validator().validate(new StreamSource(new StringReader(qdc)));
  }

  @Test
  void exportIsValidAgainstTheRefiQdaSchema() throws Exception {
    String qdc = CodebookFormat.QDC.write(Fixtures.small());
    assertValid(qdc);
    assertThat(qdc)
        .startsWith(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CodeBook"
                + " xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Tacit\">\n  <Codes>\n    <Code guid=\"");
    assertThat(qdc).contains("name=\"Barriers to Care\" isCodable=\"true\" color=\"#B03A2E\">");
  }

  @Test
  void theShippedCodebookExportsValid() throws Exception {
    Codebook ahrq =
        CodebookFormat.YAML
            .read("ahrq.yaml", ShippedCodebooksTest.resource("ahrq-care-coordination.yaml"))
            .orThrow();
    assertValid(CodebookFormat.QDC.write(ahrq));
  }

  @Test
  void textThatXmlCannotCarryIsStillValid() throws Exception {
    Code odd =
        new Code(
            "a",
            "A <b> & \"c\"",
            "",
            "bell\u0007 and ]]> and \uD83D\uDE00",
            "",
            "",
            List.of(),
            List.of(),
            null,
            null,
            List.of());
    assertValid(
        CodebookFormat.QDC.write(new Codebook("c", "T", "1", "", "", List.of(odd), List.of())));
  }

  @Test
  void reExportIsByteIdenticalAndGuidsComeFromTheIds() {
    Codebook cb = Fixtures.small();
    String qdc = CodebookFormat.QDC.write(cb);
    Codebook back =
        CodebookFormat.QDC.read("x.qdc", qdc.getBytes(StandardCharsets.UTF_8), cb).orThrow(true);
    assertThat(back.codes()).isEqualTo(cb.codes());
    assertThat(CodebookFormat.QDC.write(back)).isEqualTo(qdc);
    // uuid.uuid5(uuid.NAMESPACE_URL, "urn:tacit:codebook:small-study:code:barriers") in Python
    assertThat(qdc).contains("guid=\"8d3b0923-f15b-5a7c-b282-b5a0ad4b573a\" name=\"Barriers");
  }

  @Test
  void anEmptyCodebookCannotBeACodebookFile() {
    assertThatThrownBy(() -> CodebookFormat.QDC.write(Codebook.empty("c", "T")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("needs at least one");
  }
}
