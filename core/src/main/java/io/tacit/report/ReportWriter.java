package io.tacit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tacit.JsonLayout;
import io.tacit.text.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes a report in the asked-for formats, each from its template (HTML, Markdown) or as data
 * (CSV, JSON), plus {@code manifest.json}: the SHA-256 of every input and output. Every file is
 * UTF-8 with LF line ends, and the same report gives the same bytes. Stateless.
 */
public final class ReportWriter {
  /** The manifest's name; its presence marks a folder as a Tacit report. */
  public static final String MANIFEST = "manifest.json";

  /** The manifest's {@code generator}, by which Tacit knows its own report folders. */
  public static final String GENERATOR = "tacit report";

  private static final ObjectWriter JSON = JsonLayout.writer(JsonMapper.builder().build());

  private ReportWriter() {}

  /** Relative path to content of every file of the report, manifest last. */
  public static Map<String, byte[]> write(Report report, Collection<ReportFormat> formats) {
    Map<String, byte[]> files = new TreeMap<>();
    if (formats.contains(ReportFormat.HTML)) {
      files.put("report.html", bytes(html(report)));
    }
    if (formats.contains(ReportFormat.MD)) {
      files.put("report.md", bytes(markdown(report)));
    }
    if (formats.contains(ReportFormat.CSV)) {
      TidyCsv.files(report).forEach((name, text) -> files.put("data/" + name, bytes(text)));
    }
    if (formats.contains(ReportFormat.JSON)) {
      files.put("report.json", bytes(json(report)));
    }
    Map<String, byte[]> all = new LinkedHashMap<>(files);
    all.put(MANIFEST, bytes(json(manifest(report, files))));
    return all;
  }

  public static String markdown(Report report) {
    return Templates.MARKDOWN.render("report.md.mustache", report);
  }

  public static String html(Report report) {
    return Templates.HTML.render("report.html.mustache", new HtmlView(report, ChartSet.of(report)));
  }

  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + value.getClass(), e);
    }
  }

  /**
   * What a report folder holds and was made from.
   *
   * @param generator always {@link #GENERATOR}
   * @param timestamp when it was made, only when asked for
   * @param coder whose codings it reports
   * @param inputs every file read, with its SHA-256
   * @param outputs every file written but this one, with its SHA-256
   */
  public record Manifest(
      String generator,
      String title,
      @Nullable String timestamp,
      String coder,
      List<ReportInput.InputFile> inputs,
      List<Output> outputs) {}

  /** A file of the report. */
  public record Output(String path, String sha256, long bytes) {}

  private static Manifest manifest(Report report, Map<String, byte[]> files) {
    List<Output> outputs = new ArrayList<>();
    files.forEach((path, bytes) -> outputs.add(new Output(path, Sha256.of(bytes), bytes.length)));
    return new Manifest(
        GENERATOR,
        report.title(),
        report.timestamp(),
        report.overview().coder(),
        report.inputs(),
        outputs);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The HTML template's scope: the report and its charts. */
  record HtmlView(Report report, ChartSet charts) {}

  /** The charts as SVG; absent where the report has nothing to draw. */
  record ChartSet(
      String frequencies,
      @Nullable String agreement,
      @Nullable String heatmap,
      @Nullable String map) {
    static ChartSet of(Report r) {
      Map<String, String> c = Charts.all(r);
      return new ChartSet(c.get("frequencies"), c.get("agreement"), c.get("heatmap"), c.get("map"));
    }
  }
}
