package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tacit.cli.serve.Workbench;
import io.tacit.coding.reliability.Disagreement;
import io.tacit.coding.reliability.Selection;
import io.tacit.project.CoderComparison;
import io.tacit.project.Project;
import io.tacit.text.Span;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.UnitId;
import io.tacit.transcript.UnitType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench end to end in headless Chromium, on the demo study: open a transcript, select a
 * phrase with the mouse, click a code, and find the coding in coding/lead.csv at the phrase's
 * code-point offsets; then the keys, the side-by-side view and search. Screenshots are kept in
 * target/workbench/. Skipped when Chromium is not installed.
 */
class WorkbenchBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Path SHOTS = Path.of("target", "workbench");
  private static final String PHRASE = "responsible for the whole operation";
  private static final String CODE = "establish-accountability";

  @TempDir Path tmp;

  private Path lead() {
    return tmp.resolve("study/coding/lead.csv");
  }

  /** The page coordinates of a phrase's first and last character in a unit. */
  private static String phraseBox(String unit, String phrase) {
    return """
        (() => {
          const box = document.querySelector('.unit[data-unit="%s"] .text');
          const nodes = [];
          const walk = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
          while (walk.nextNode()) nodes.push(walk.currentNode);
          const all = nodes.map(n => n.data).join('');
          const at = all.indexOf('%s');
          const place = i => { for (const n of nodes) { if (i < n.data.length) return [n, i];
            i -= n.data.length; } };
          const rect = i => { const [n, o] = place(i); const r = document.createRange();
            r.setStart(n, o); r.setEnd(n, o + 1); return r.getBoundingClientRect(); };
          const a = rect(at), b = rect(at + %d - 1);
          return {x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1,
            y2: b.top + b.height / 2};
        })()"""
        .formatted(unit, phrase, phrase.length());
  }

  private static String center(String selector) {
    return """
        (() => { const e = document.querySelector('%s'); e.scrollIntoView({block: 'center'});
          const r = e.getBoundingClientRect();
          return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()"""
        .formatted(selector);
  }

  @Test
  void codesAPhraseSelectedWithTheMouseAndAUnitByKeys() throws Exception {
    assumeTrue(Chromium.available(), "no " + Chromium.BINARY + " on this machine");
    CliRun demo = CliRun.in(tmp, "demo", "--out", "study");
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    Path study = tmp.resolve("study");
    // A transcript with characters outside the Basic Multilingual Plane: one code point, two
    // UTF-16 units in the browser.
    Files.writeString(
        tmp.resolve("p99.txt"),
        "Interviewer: How was the week?\n\nP99: Honestly"
            + " \uD83D\uDE0A the peer \uD83D\uDE42 called me back the next day.\n");
    CliRun imported = CliRun.in(study, "import", "../p99.txt");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    Project project = Project.open(study);
    Transcript p01 = project.transcripts().load("p01");
    Span t4 = p01.unit(UnitId.parse("p01:t4").orElseThrow()).orElseThrow().span();
    String t4Text = p01.text(t4);
    int start = t4.start() + t4Text.codePointCount(0, t4Text.indexOf(PHRASE));
    int end = start + PHRASE.codePointCount(0, PHRASE.length());
    assertThat(Files.readString(lead()))
        .doesNotContain("p01," + start + ",")
        .doesNotContain("p01,333,883," + CODE);
    Files.createDirectories(SHOTS);
    StringWriter log = new StringWriter();

    try (Workbench workbench = Workbench.start(project, 0, "lead", new PrintWriter(log), true);
        Chromium browser = Chromium.launch(tmp, 1400, 900)) {
      browser.navigate(workbench.url().toString());
      browser.waitFor("document.querySelector('[data-doc=\"p01\"] progress')", WAIT);
      JsonNode doc = browser.eval(center("[data-doc=\"p01\"]"));
      browser.click(doc.get("x").asDouble(), doc.get("y").asDouble());
      browser.waitFor("document.querySelector('.unit[data-unit=\"p01:t4\"] .seg')", WAIT);

      // Select the phrase as a person does, by dragging over it, then click the code.
      browser.eval(
          "document.querySelector('.unit[data-unit=\"p01:t4\"]')"
              + ".scrollIntoView({block: 'center'})");
      JsonNode box = browser.eval(phraseBox("p01:t4", PHRASE));
      browser.drag(
          box.get("x1").asDouble(),
          box.get("y1").asDouble(),
          box.get("x2").asDouble(),
          box.get("y2").asDouble());
      assertThat(browser.eval("window.getSelection().toString()").asText()).isEqualTo(PHRASE);
      browser.waitFor(
          "document.getElementById('target').textContent.includes('p01:" + start + "-" + end + "')",
          WAIT);
      JsonNode code = browser.eval(center("[data-code=\"" + CODE + "\"]"));
      browser.click(code.get("x").asDouble(), code.get("y").asDouble());
      browser.waitFor(
          "document.getElementById('status').textContent.startsWith('Coded p01:"
              + start
              + "-"
              + end
              + "')",
          WAIT);
      assertThat(Files.readString(lead())).contains("p01," + start + "," + end + "," + CODE + ",,");
      browser.waitFor(
          "[...document.querySelectorAll('.unit[data-unit=\"p01:t4\"] .seg.hl')]"
              + ".map(s => s.textContent).join('') === '"
              + PHRASE
              + "'",
          WAIT);

      // Keys: j twice reaches p01:t4 (the second participant turn); / filters the codes and
      // Enter applies the first; then j and 2 apply the code used before it to p01:t6.
      browser.eval("document.activeElement.blur()");
      browser.key("j");
      browser.key("j");
      browser.waitFor("document.querySelector('.unit.focused').dataset.unit === 'p01:t4'", WAIT);
      browser.key("/");
      for (char c : "needs and goals".toCharArray()) {
        browser.key(String.valueOf(c));
      }
      browser.waitFor("document.querySelectorAll('#code-tree .code').length < 5", WAIT);
      String first =
          browser.eval("document.querySelector('#code-tree .code').dataset.code").asText();
      browser.key("Enter");
      browser.waitFor(
          "document.getElementById('status').textContent.startsWith('Coded p01:t4" + " as')", WAIT);
      assertThat(Files.readString(lead()))
          .contains("p01," + t4.start() + "," + t4.end() + "," + first + ",,");
      browser.waitFor("document.activeElement.dataset.unit === 'p01:t4'", WAIT);
      browser.key("j");
      browser.waitFor("document.querySelector('.unit.focused').dataset.unit === 'p01:t6'", WAIT);
      browser.key("2");
      browser.waitFor(
          "document.getElementById('status').textContent === 'Coded p01:t6 as "
              + "Establish Accountability or Negotiate Responsibility.'",
          WAIT);
      browser.waitFor("document.querySelector('.unit[data-unit=\"p01:t6\"] .chip')", WAIT);
      Span t6 = p01.unit(UnitId.parse("p01:t6").orElseThrow()).orElseThrow().span();
      assertThat(Files.readString(lead()))
          .contains("p01," + t6.start() + "," + t6.end() + "," + CODE + ",,");

      // A researcher's view for the README: the codes unfiltered, one code's guidance shown.
      browser.eval(
          "(() => { const f = document.getElementById('code-filter'); f.value = '';"
              + " f.dispatchEvent(new Event('input')); })()");
      JsonNode detail = browser.eval(center("[data-code=\"" + CODE + "\"]"));
      browser.hover(detail.get("x").asDouble(), detail.get("y").asDouble());
      browser.waitFor(
          "document.getElementById('code-detail').textContent.includes('Use when')", WAIT);
      browser.eval("document.getElementById('main').scrollTop = 0");
      browser.screenshot(SHOTS.resolve("workbench.png"));

      // Side by side with the second coder: the units they disagree on are marked.
      List<Disagreement> disagreements =
          CoderComparison.load(
                  project,
                  new Selection(
                      List.of("lead", "second"), UnitType.TURN, Set.of("p01"), Set.of(), 0))
              .decisions()
              .disagreements();
      long units = disagreements.stream().map(d -> d.unit().id()).distinct().count();
      assertThat(units).isPositive();
      browser.eval(
          "(() => { const s = document.getElementById('compare'); s.value = 'second';"
              + " s.dispatchEvent(new Event('change')); })()");
      browser.waitFor("document.querySelectorAll('.unit.disagree').length === " + units, WAIT);
      assertThat(browser.eval("document.querySelectorAll('.only').length").asInt())
          .isEqualTo(disagreements.size());
      browser.screenshot(SHOTS.resolve("workbench-compare.png"));

      // Search: a hit opens its transcript at its unit.
      browser.eval(
          "(() => { document.getElementById('search').value = 'bus fare';"
              + " document.getElementById('search-form').requestSubmit(); })()");
      browser.waitFor("document.querySelector('.hit mark')", WAIT);
      String unit = browser.eval("document.querySelector('.hit button').textContent").asText();
      browser.eval("document.querySelector('.hit button').click()");
      browser.waitFor(
          "document.querySelector('.unit.focused') && document.querySelector("
              + "'.unit.focused').dataset.unit === '"
              + unit
              + "'",
          WAIT);

      // Offsets past characters outside the BMP are code points, as in the CSV everywhere.
      JsonNode p99 = browser.eval(center("[data-doc=\"p99\"]"));
      browser.click(p99.get("x").asDouble(), p99.get("y").asDouble());
      browser.waitFor("document.querySelector('.unit[data-unit=\"p99:t2\"] .seg')", WAIT);
      JsonNode after = browser.eval(phraseBox("p99:t2", "called me back"));
      browser.drag(
          after.get("x1").asDouble(),
          after.get("y1").asDouble(),
          after.get("x2").asDouble(),
          after.get("y2").asDouble());
      Transcript t = Project.open(study).transcripts().load("p99");
      String text = t.text().text();
      int from = text.codePointCount(0, text.indexOf("called me back"));
      int to = from + "called me back".length();
      browser.waitFor(
          "document.getElementById('target').textContent.includes('p99:" + from + "-" + to + "')",
          WAIT);
      JsonNode again = browser.eval(center("[data-code=\"" + CODE + "\"]"));
      browser.click(again.get("x").asDouble(), again.get("y").asDouble());
      browser.waitFor(
          "document.getElementById('status').textContent.startsWith('Coded p99:')", WAIT);
      assertThat(Files.readString(lead())).contains("p99," + from + "," + to + "," + CODE + ",,");
      assertThat(t.text(Span.of(from, to))).isEqualTo("called me back");

      // The file changes on the command line while the page is open: the page's next change is
      // refused and the transcript reloaded with the new coding; then the removal goes through.
      browser.waitFor("document.querySelector('.unit[data-unit=\"p99:t2\"] .chip button')", WAIT);
      CliRun meanwhile =
          CliRun.in(study, "code", "add", "--coder", "lead", "--code", "peer-support", "p99:t2");
      assertThat(meanwhile.exitCode()).as(meanwhile.err()).isZero();
      String written = Files.readString(lead());
      browser.eval("document.querySelector('.unit[data-unit=\"p99:t2\"] .chip button').click()");
      browser.waitFor(
          "document.getElementById('status').textContent.includes('The transcript"
              + " has been reloaded')",
          WAIT);
      assertThat(browser.eval("document.getElementById('status').textContent").asText())
          .startsWith("coding/lead.csv: changed since it was read");
      assertThat(lead()).hasContent(written);
      browser.waitFor(
          "document.querySelectorAll('.unit[data-unit=\"p99:t2\"] .chip').length" + " === 2", WAIT);
      browser.eval(
          "[...document.querySelectorAll('.unit[data-unit=\"p99:t2\"] .chip button')]"
              + ".find(b => b.getAttribute('aria-label').includes(':"
              + from
              + "-')).click()");
      browser.waitFor("document.getElementById('status').textContent.startsWith('Removed')", WAIT);
      assertThat(Files.readString(lead()))
          .doesNotContain("p99," + from + ",")
          .contains(",peer-support,");

      // A memo on the unit, from its Memo button.
      browser.eval("document.querySelector('.unit[data-unit=\"p99:t2\"] .memo-button').click()");
      browser.waitFor(
          "document.querySelector('.memo-form textarea') === document.activeElement", WAIT);
      for (char c : "Called back".toCharArray()) {
        browser.key(String.valueOf(c));
      }
      browser.eval("document.querySelector('.memo-form').requestSubmit()");
      browser.waitFor("document.querySelector('.unit[data-unit=\"p99:t2\"] .memo')", WAIT);
      assertThat(Files.readString(study.resolve("memos/p99-t2.md")))
          .contains("Called back")
          .contains("lead");

      // A second coder starts from the page: a bad id is refused there, a good one codes the
      // focused unit into a new coding/third.csv with the key of the code used last.
      Path third = study.resolve("coding/third.csv");
      browser.eval(
          "(() => { const s = document.getElementById('coder'); s.value = '+new';"
              + " s.dispatchEvent(new Event('change')); })()");
      browser.waitFor("document.getElementById('new-coder-id') === document.activeElement", WAIT);
      browser.eval(
          "(() => { document.getElementById('new-coder-id').value = 'Third Coder';"
              + " document.getElementById('new-coder').requestSubmit(); })()");
      browser.waitFor(
          "document.getElementById('status').textContent.startsWith('coder id"
              + " \"Third Coder\" is not allowed')",
          WAIT);
      browser.eval(
          "(() => { document.getElementById('new-coder-id').value = 'third';"
              + " document.getElementById('new-coder').requestSubmit(); })()");
      browser.waitFor(
          "document.querySelector('.sub').textContent.includes('coding as third')"
              + " && document.querySelector('.unit.focused').dataset.unit === 'p99:t2'",
          WAIT);
      assertThat(browser.eval("document.getElementById('status').textContent").asText())
          .isEqualTo("Coding as third; coding/third.csv is written with their first coding.");
      assertThat(browser.eval("document.getElementById('new-coder').hidden").asBoolean()).isTrue();
      assertThat(third).doesNotExist();
      browser.eval("document.activeElement.blur()");
      browser.key("1");
      browser.waitFor(
          "document.getElementById('status').textContent.startsWith('Coded p99:t2" + " as')", WAIT);
      Span p99t2 = t.unit(UnitId.parse("p99:t2").orElseThrow()).orElseThrow().span();
      assertThat(Files.readString(third))
          .contains("p99," + p99t2.start() + "," + p99t2.end() + "," + CODE + ",,");
      assertThat(
              browser
                  .eval(
                      "[...document.getElementById('coder').options].map(o => o.value)"
                          + ".join(' ')")
                  .asText())
          .isEqualTo("consensus lead second third +new");

      // The one refused write shows in the browser's log as a 409; nothing else may.
      assertThat(browser.problems().stream().filter(p -> !p.contains("status of 409")).toList())
          .as("console errors and CSP violations")
          .isEmpty();
    }
    assertThat(log.toString()).isEmpty();
    int[] size = Chromium.pngSize(SHOTS.resolve("workbench.png"));
    assertThat(size).containsExactly(1400, 900);
  }
}
