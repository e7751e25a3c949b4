package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tacit.cli.serve.Workbench;
import io.tacit.project.Project;
import io.tacit.text.Sha256;
import io.tacit.text.Span;
import io.tacit.transcript.UnitId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code tacit serve} over HTTP: every endpoint with good and bad input, the session token, the
 * host check, stale writes, and the command itself starting and stopping in its own process.
 */
class ServeCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path tmp;
  private Path study;
  private Workbench workbench;
  private final StringWriter log = new StringWriter();

  record Answer(int status, String body, HttpResponse<String> response) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    String errors() throws IOException {
      return json().get("errors").toString();
    }
  }

  @BeforeEach
  void start() {
    study = CodingStudy.create(tmp);
    workbench = Workbench.start(Project.open(study), 0, "lead", new PrintWriter(log, true), false);
  }

  @AfterEach
  void stop() {
    workbench.close();
    assertThat(log.toString()).as("nothing unexpected reported").isEmpty();
  }

  private String base() {
    return "http://127.0.0.1:" + workbench.port();
  }

  private Answer get(String path) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("X-Tacit-Token", workbench.token())
            .GET());
  }

  private Answer post(String path, Object body) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("X-Tacit-Token", workbench.token())
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    body instanceof String s ? s : JSON.writeValueAsString(body))));
  }

  private static Answer send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body(), r);
  }

  private Span span(String unit) {
    UnitId id = UnitId.parse(unit).orElseThrow();
    return Project.open(study).transcripts().load(id.doc()).unit(id).orElseThrow().span();
  }

  private String version(String coder) throws Exception {
    return get("/api/transcript?id=p01&coder=" + coder).json().get("version").asText();
  }

  private Path lead() {
    return study.resolve("coding/lead.csv");
  }

  // --- The page ---

  @Test
  void servesThePageOnlyAtTheTokensAddressWithTheSecurityHeaders() throws Exception {
    assertThat(workbench.url().toString()).isEqualTo(base() + "/s/" + workbench.token() + "/");
    assertThat(workbench.token()).matches("[A-Za-z0-9_-]{43}");
    Answer page = send(HttpRequest.newBuilder(workbench.url()).GET());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.response().headers().firstValue("Content-Security-Policy"))
        .hasValue(
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
                + " img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    assertThat(page.response().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.response().headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.response().headers().firstValue("Cache-Control")).hasValue("no-store");
    // No inline script or style anywhere in the page: the policy forbids them.
    assertThat(page.body())
        .contains("<script src=\"app.js\" defer></script>")
        .doesNotContainPattern("<script>|<style|\\sstyle=|\\son[a-z]+=");
    Answer script = send(HttpRequest.newBuilder(URI.create(workbench.url() + "app.js")).GET());
    assertThat(script.status()).isEqualTo(200);
    assertThat(script.response().headers().firstValue("Content-Type"))
        .hasValue("text/javascript; charset=utf-8");
    assertThat(script.body()).contains("X-Tacit-Token").doesNotContain("innerHTML");
    Answer redirect =
        send(HttpRequest.newBuilder(URI.create(base() + "/s/" + workbench.token())).GET());
    assertThat(redirect.status()).isEqualTo(308);
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
      /,                                        404
      /index.html,                              404
      /s/,                                      403
      /s/WRONG/,                                403
      /s/WRONG/app.js,                          403
      /s/TOKEN/../../etc/passwd,                404
      /s/TOKEN/%2e%2e/tacit.yaml,               404
      /s/TOKEN/index.html,                      404
      /s/TOKEN/app.js/,                         404
      """)
  void answersNothingButTheFixedPageFiles(String path, int status) throws Exception {
    String p = path.replace("TOKEN", workbench.token());
    Answer a = send(HttpRequest.newBuilder(URI.create(base() + p)).GET());
    assertThat(a.status()).as(p).isEqualTo(status);
    assertThat(a.body()).doesNotContain("lead").doesNotContain("codebook");
  }

  // --- Who may ask ---

  @Test
  void refusesRequestsWithoutTheTokenInTheHeader() throws Exception {
    for (HttpRequest.Builder r :
        List.of(
            HttpRequest.newBuilder(URI.create(base() + "/api/project")),
            HttpRequest.newBuilder(URI.create(base() + "/api/project?token=" + workbench.token())),
            HttpRequest.newBuilder(URI.create(base() + "/api/project"))
                .header("Cookie", "token=" + workbench.token()),
            HttpRequest.newBuilder(URI.create(base() + "/api/project"))
                .header("X-Tacit-Token", workbench.token().substring(1) + "x"),
            HttpRequest.newBuilder(URI.create(base() + "/api/project"))
                .header("X-Tacit-Token", workbench.token() + "x"))) {
      Answer a = send(r);
      assertThat(a.status()).isEqualTo(403);
      assertThat(a.errors()).contains("missing or wrong session token");
    }
    Answer write =
        send(
            HttpRequest.newBuilder(URI.create(base() + "/api/codings/add"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"coder\":\"lead\",\"version\":\"none\",\"target\":\"p01:t2\","
                            + "\"code\":\"housing\"}")));
    assertThat(write.status()).isEqualTo(403);
    assertThat(lead()).doesNotExist();
  }

  @Test
  void refusesOtherHostNamesAndOtherPagesOrigins() throws Exception {
    assertThat(raw("GET /api/project", "Host: attacker.example:" + workbench.port()))
        .startsWith("HTTP/1.1 421");
    assertThat(raw("GET /api/project", "Host: 127.0.0.1:1")).startsWith("HTTP/1.1 421");
    assertThat(raw("GET /api/project", "Host: localhost:" + workbench.port()))
        .startsWith("HTTP/1.1 200");
    assertThat(raw("GET /api/transcript?id=%ZZ", "Host: localhost:" + workbench.port()))
        .startsWith("HTTP/1.1 400");
    Answer foreign =
        send(
            HttpRequest.newBuilder(URI.create(base() + "/api/project"))
                .header("X-Tacit-Token", workbench.token())
                .header("Origin", "http://attacker.example"));
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.errors()).contains("requests from other web pages are refused");
  }

  @Test
  void headRequestsAreAnsweredWithoutABodyAndReportNothing() throws Exception {
    // A web page may send HEAD without asking first (no-cors): each must be a plain refusal,
    // not an error on the terminal running the workbench (checked after each test).
    String page = "/s/" + workbench.token() + "/";
    for (String path : List.of("/", "/api/project", "/s/WRONG/", page)) {
      Answer a =
          send(
              HttpRequest.newBuilder(URI.create(base() + path))
                  .header("X-Tacit-Token", workbench.token())
                  .method("HEAD", HttpRequest.BodyPublishers.noBody()));
      assertThat(a.status()).as(path).isIn(403, 404, 405);
      assertThat(a.body()).as(path).isEmpty();
    }
    assertThat(get("/api/project").status()).isEqualTo(200);
  }

  @Test
  void connectionsThatNeverFinishTheirRequestDoNotStopTheWorkbench() throws Exception {
    // Anyone on the machine can connect without the token: more half-written requests than
    // the workbench has threads must be dropped after a while, not hold it up for good.
    List<Socket> stalled = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        Socket s = new Socket("127.0.0.1", workbench.port());
        s.getOutputStream()
            .write("GET /api/project HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        stalled.add(s);
      }
      Thread.sleep(500);
      HttpResponse<String> r =
          HTTP.sendAsync(
                  HttpRequest.newBuilder(URI.create(base() + "/api/project"))
                      .header("X-Tacit-Token", workbench.token())
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .get(20, TimeUnit.SECONDS);
      assertThat(r.statusCode()).isEqualTo(200);
    } finally {
      for (Socket s : stalled) {
        s.close();
      }
    }
  }

  /** A request written by hand, so that the Host header can be anything. */
  private String raw(String requestLine, String host) throws IOException {
    try (Socket s = new Socket("127.0.0.1", workbench.port())) {
      OutputStream out = s.getOutputStream();
      out.write(
          (requestLine
                  + " HTTP/1.1\r\n"
                  + host
                  + "\r\nX-Tacit-Token: "
                  + workbench.token()
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new BufferedReader(
              new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    }
  }

  // --- Reading ---

  @Test
  void projectGivesTheCodeTreeWithColoursAndTheCoders() throws Exception {
    assertThat(
            CliRun.in(study, "code", "add", "--coder", "second", "--code", "housing", "p02:t2")
                .exitCode())
        .isZero();
    JsonNode p = get("/api/project").json();
    assertThat(p.get("name").asText()).isEqualTo("study");
    assertThat(p.get("coder").asText()).isEqualTo("lead");
    assertThat(p.get("coders").toString()).isEqualTo("[\"second\"]");
    assertThat(p.get("codes").findValuesAsText("id"))
        .containsExactly("transport", "care-plan", "housing");
    assertThat(p.get("codes").get(0).get("definition").asText())
        .isEqualTo("Getting to and from care.");
    assertThat(p.get("codes").findValuesAsText("color"))
        .containsExactly("#4e79a7", "#f28e2b", "#59a14f");
  }

  @Test
  void transcriptsGiveEachCodersProgressInParticipantTurns() throws Exception {
    assertThat(
            CliRun.in(
                    study,
                    "code",
                    "add",
                    "--coder",
                    "lead",
                    "--code",
                    "transport",
                    "p01:t2",
                    "p01:t6",
                    "p01:40-60")
                .exitCode())
        .isZero();
    JsonNode list = get("/api/transcripts").json();
    assertThat(list.findValuesAsText("id")).containsExactly("p01", "p02", "p03");
    JsonNode p01 = list.get(0);
    assertThat(p01.get("units").asInt()).isEqualTo(3);
    // p01:40-60 lies in the interviewer's first turn: a coding, but no participant turn.
    assertThat(p01.get("progress").get("lead").toString())
        .isEqualTo("{\"unitsCoded\":2,\"codings\":3}");
    assertThat(list.get(1).get("progress").get("lead").toString())
        .isEqualTo("{\"unitsCoded\":0,\"codings\":0}");
  }

  @Test
  void aTranscriptHasItsTurnsTheCodersCodingsMemosAndTheFilesVersion() throws Exception {
    assertThat(
            CliRun.in(
                    study,
                    "code",
                    "add",
                    "--coder",
                    "lead",
                    "--code",
                    "transport",
                    "--memo",
                    "bus <b>&",
                    "p01:t2")
                .exitCode())
        .isZero();
    assertThat(
            CliRun.in(study, "memo", "add", "--on", "p01:t4", "--coder", "lead", "Shared monthly.")
                .exitCode())
        .isZero();
    JsonNode t = get("/api/transcript?id=p01&coder=lead").json();
    assertThat(t.get("version").asText()).isEqualTo(Sha256.of(Files.readAllBytes(lead())));
    assertThat(t.get("turns")).hasSize(6);
    JsonNode t2 = t.get("turns").get(1);
    Span s = span("p01:t2");
    assertThat(t2.toString())
        .isEqualTo(
            "{\"id\":\"p01:t2\",\"speaker\":\"P01\",\"role\":"
                + "\"participant\",\"start\":"
                + s.start()
                + ",\"end\":"
                + s.end()
                + ",\"text\":\"Most of"
                + " them take the bus, and some need a ride from family.\"}");
    assertThat(t.get("turns").get(0).get("role").asText()).isEqualTo("interviewer");
    JsonNode coding = t.get("codings").get(0);
    assertThat(coding.get("start").asInt()).isEqualTo(s.start());
    assertThat(coding.get("code").asText()).isEqualTo("transport");
    assertThat(coding.get("memo").asText()).isEqualTo("bus <b>&");
    assertThat(t.get("memos").get("p01:t4").get(0).get("text").asText())
        .isEqualTo("Shared monthly.");
    assertThat(get("/api/transcript?id=p01&coder=second").json().get("version").asText())
        .isEqualTo("none");
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
      /api/transcript,                          400, the request needs ?id=
      /api/transcript?id=p09,                   400, p09
      /api/transcript?id=..%2Ftacit,            400, transcript
      /api/transcript?id=p01&coder=..%2Fx,      400, coder
      /api/compare?id=p01&a=lead&b=lead,        400, choose two different coders
      /api/compare?id=p01&a=lead&b=nobody,      400, has no coding file
      /api/search,                              400, the request needs ?q=
      /api/search?q=bus&limit=0,                400, limit must be a whole number from 1 to 500
      /api/search?q=%22bus,                     400, query
      /api/nothing,                             404, no such request: /api/nothing
      /api/codings/add,                         405, /api/codings/add takes POST
      """)
  void badReadsAreRefusedWithAClearMessage(String path, int status, String message)
      throws Exception {
    Answer a = get(path);
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.errors()).contains(message);
  }

  @Test
  void compareShowsBothCodersAndTheTurnsTheyDisagreeOn() throws Exception {
    assertThat(
            CliRun.in(
                    study,
                    "code",
                    "add",
                    "--coder",
                    "lead",
                    "--code",
                    "transport",
                    "p01:t2",
                    "p01:t6")
                .exitCode())
        .isZero();
    assertThat(
            CliRun.in(study, "code", "add", "--coder", "second", "--code", "transport", "p01:t2")
                .exitCode())
        .isZero();
    assertThat(
            CliRun.in(study, "code", "add", "--coder", "second", "--code", "care-plan", "p01:t4")
                .exitCode())
        .isZero();
    JsonNode c = get("/api/compare?id=p01&a=lead&b=second").json();
    assertThat(c.get("coders").toString()).isEqualTo("[\"lead\",\"second\"]");
    assertThat(c.get("codings").get("lead")).hasSize(2);
    assertThat(c.get("codings").get("second")).hasSize(2);
    assertThat(c.get("disagreements").toString())
        .isEqualTo(
            "["
                + "{\"unit\":\"p01:t4\",\"code\":\"care-plan\",\"appliedBy\":[\"second\"]},"
                + "{\"unit\":\"p01:t6\",\"code\":\"transport\",\"appliedBy\":[\"lead\"]}]");
  }

  @Test
  void searchGivesHitsWithTheirUnitsAndMatches() throws Exception {
    JsonNode r = get("/api/search?q=bus").json();
    assertThat(r.get("total").asInt()).isEqualTo(1);
    JsonNode hit = r.get("hits").get(0);
    assertThat(hit.get("unit").asText()).isEqualTo("p01:t2");
    assertThat(hit.get("doc").asText()).isEqualTo("p01");
    int at = span("p01:t2").start() + "Most of them take the ".length();
    assertThat(hit.get("matches").toString()).isEqualTo("[[" + at + "," + (at + 3) + "]]");
  }

  // --- Writing ---

  @Test
  void addingAUnitOrASpanWritesTheCodersFileAsCodeAddDoes() throws Exception {
    Answer unit =
        post(
            "/api/codings/add",
            Map.of("coder", "lead", "version", "none", "target", "p01:t2", "code", "transport"));
    assertThat(unit.status()).as(unit.body()).isEqualTo(200);
    assertThat(unit.json().get("added").asInt()).isEqualTo(1);
    assertThat(unit.json().get("version").asText())
        .isEqualTo(Sha256.of(Files.readAllBytes(lead())));
    Span t2 = span("p01:t2");
    Answer spanned =
        post(
            "/api/codings/add",
            Map.of(
                "coder",
                "lead",
                "version",
                unit.json().get("version").asText(),
                "target",
                "p01:" + (t2.start() + 22) + "-" + (t2.start() + 25),
                "code",
                "transport",
                "memo",
                "the bus\r\n"));
    assertThat(spanned.status()).as(spanned.body()).isEqualTo(200);
    List<String> rows = Files.readAllLines(lead());
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).isEqualTo("doc,start,end,code,memo,created");
    assertThat(rows.get(1)).startsWith("p01," + t2.start() + "," + t2.end() + ",transport,,");
    assertThat(rows.get(2))
        .startsWith("p01," + (t2.start() + 22) + "," + (t2.start() + 25) + ",transport,the bus,");
    assertThat(CliRun.in(study, "code", "list", "--coder", "lead").out()).contains("bus");
    // The same again adds nothing and leaves the file as it was.
    String before = Files.readString(lead());
    Answer again =
        post(
            "/api/codings/add",
            Map.of(
                "coder",
                "lead",
                "version",
                spanned.json().get("version").asText(),
                "target",
                "p01:t2",
                "code",
                "transport"));
    assertThat(again.json().get("added").asInt()).isZero();
    assertThat(lead()).hasContent(before);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      {LEAD,"target":"p01:t2","code":"nope"}         | 400 | unknown code \\"nope\\"
      {LEAD,"target":"p01:t1","code":"housing"}      | 400 | interviewer
      {LEAD,"target":"p01:t99","code":"housing"}     | 400 | p01:t99
      {LEAD,"target":"p01:5-99999","code":"housing"} | 400 | p01:5-99999
      {LEAD,"target":"p09:t2","code":"housing"}      | 400 | p09
      {"coder":"../x","version":"none","target":"p01:t2","code":"housing"} | 400 | coder
      {"coder":"lead","target":"p01:t2","code":"housing"} | 400 | needs \\"version\\"
      {LEAD,"target":7,"code":"housing"}             | 400 | needs \\"target\\" (text)
      [1, 2]                                         | 400 | must be a JSON object
      {"coder":                                      | 400 | the request body is not JSON
      {LEAD,"target":"p01:t2","target":"p01:t4","code":"housing"} | 400 | Duplicate field
      {"coder":"lead","version":"abc","target":"p01:t2","code":"housing"} | 409 | changed since
      """)
  void badWritesAreRefusedAndWriteNothing(String body, int status, String message)
      throws Exception {
    Answer a =
        post("/api/codings/add", body.replace("LEAD", "\"coder\":\"lead\",\"version\":\"none\""));
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.errors()).contains(message);
    assertThat(lead()).doesNotExist();
  }

  @Test
  void writesMustBeSmallJson() throws Exception {
    Answer text =
        send(
            HttpRequest.newBuilder(URI.create(base() + "/api/codings/add"))
                .header("X-Tacit-Token", workbench.token())
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(text.status()).isEqualTo(415);
    Answer big = post("/api/memos/add", Map.of("unit", "p01:t2", "text", "x".repeat(70_000)));
    assertThat(big.status()).isEqualTo(413);
    assertThat(big.errors()).contains("over 64 KiB");
    Answer get = get("/api/memos/add");
    assertThat(get.status()).isEqualTo(405);
    assertThat(get.response().headers().firstValue("Allow")).hasValue("POST");
    Assertions.assertThat(study.resolve("memos"))
        .satisfiesAnyOf(m -> assertThat(m).doesNotExist(), m -> assertThat(m).isEmptyDirectory());
  }

  @Test
  void aWriteAgainstAFileChangedMeanwhileIsRefusedWith409AndLosesNothing() throws Exception {
    String seen = version("lead");
    // Meanwhile, on the command line:
    assertThat(
            CliRun.in(study, "code", "add", "--coder", "lead", "--code", "care-plan", "p01:t4")
                .exitCode())
        .isZero();
    String written = Files.readString(lead());
    Answer stale =
        post(
            "/api/codings/add",
            Map.of("coder", "lead", "version", seen, "target", "p01:t2", "code", "transport"));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.errors())
        .contains(
            "coding/lead.csv: changed since it was read (another"
                + " command or window wrote it); nothing was written: reload it and apply the change"
                + " again");
    assertThat(lead()).hasContent(written);
    Answer fresh =
        post(
            "/api/codings/add",
            Map.of(
                "coder",
                "lead",
                "version",
                version("lead"),
                "target",
                "p01:t2",
                "code",
                "transport"));
    assertThat(fresh.status()).isEqualTo(200);
    assertThat(Files.readString(lead())).contains("care-plan").contains("transport");
  }

  @Test
  void removeTakesOffExactlyThatCodingAndRefusesOneThatIsNotThere() throws Exception {
    assertThat(
            CliRun.in(
                    study,
                    "code",
                    "add",
                    "--coder",
                    "lead",
                    "--code",
                    "transport",
                    "p01:t2",
                    "p01:t6")
                .exitCode())
        .isZero();
    Span t2 = span("p01:t2");
    Map<String, Object> coding =
        Map.of(
            "coder",
            "lead",
            "version",
            version("lead"),
            "doc",
            "p01",
            "start",
            t2.start(),
            "end",
            t2.end(),
            "code",
            "transport");
    Answer removed = post("/api/codings/remove", coding);
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    assertThat(removed.json().get("removed").asInt()).isEqualTo(1);
    assertThat(Files.readAllLines(lead()))
        .hasSize(2)
        .noneMatch(l -> l.startsWith("p01," + t2.start() + ","));
    Answer gone =
        post(
            "/api/codings/remove",
            Map.of(
                "coder",
                "lead",
                "version",
                removed.json().get("version").asText(),
                "doc",
                "p01",
                "start",
                t2.start(),
                "end",
                t2.end(),
                "code",
                "transport"));
    assertThat(gone.status()).isEqualTo(400);
    assertThat(gone.errors()).contains("lead has no coding of transport on exactly this span");
    Answer wrong =
        post(
            "/api/codings/remove",
            Map.of(
                "coder",
                "lead",
                "version",
                "x",
                "doc",
                "p01",
                "start",
                "one",
                "end",
                3,
                "code",
                "transport"));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.errors()).contains("\\\"start\\\" (a whole number)");
  }

  @Test
  void aMemoOnAUnitGoesToItsFileAndOnlyUnitsTakeMemosHere() throws Exception {
    Answer memo =
        post(
            "/api/memos/add",
            Map.of("unit", "p01:t2", "coder", "lead", "text", "Bus fares <b>matter</b>."));
    assertThat(memo.status()).as(memo.body()).isEqualTo(200);
    assertThat(memo.json().get("unit").asText()).isEqualTo("p01:t2");
    assertThat(Files.readString(study.resolve("memos/p01-t2.md")))
        .contains("Bus fares <b>matter</b>.")
        .contains("lead");
    assertThat(post("/api/memos/add", Map.of("unit", "p01", "text", "x")).errors())
        .contains("a memo here is on a unit");
    assertThat(post("/api/memos/add", Map.of("unit", "p01:t2", "text", " ")).errors())
        .contains("the memo is empty");
    assertThat(post("/api/memos/add", Map.of("unit", "p01:t99", "text", "x")).errors())
        .contains("p01 has no unit p01:t99");
  }

  // --- The command ---

  @Test
  void theCommandPrintsTheAddressServesAndStopsCleanlyWhenTerminated() throws Exception {
    workbench.close();
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "io.tacit.cli.Main",
                "-C",
                study.toString(),
                "serve",
                "--port",
                "0",
                "--coder",
                "second")
            .redirectError(tmp.resolve("serve.err").toFile())
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String url = out.readLine();
      assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/s/[A-Za-z0-9_-]{43}/");
      Answer page = send(HttpRequest.newBuilder(URI.create(url)).GET());
      assertThat(page.status()).isEqualTo(200);
      String token = url.substring(url.indexOf("/s/") + 3, url.length() - 1);
      URI api = URI.create(url.substring(0, url.indexOf("/s/")) + "/api/project");
      Answer project = send(HttpRequest.newBuilder(api).header("X-Tacit-Token", token));
      assertThat(project.json().get("coder").asText()).isEqualTo("second");
      p.destroy();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
      assertThat(Files.readString(tmp.resolve("serve.err")))
          .contains("Coding as second in " + study)
          .contains("Workbench stopped.");
      Assertions.assertThatThrownBy(() -> send(HttpRequest.newBuilder(api)))
          .isInstanceOf(ConnectException.class);
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void theCommandRefusesABadPortOrAMissingCoderBeforeListening() {
    CliRun port = CliRun.in(study, "serve", "--port", "70000");
    assertThat(port.exitCode()).isEqualTo(2);
    assertThat(port.err()).contains("--port must be from 0 to 65535");
    CliRun coder = CliRun.in(study, "serve", "--port", "0");
    assertThat(coder.exitCode()).isEqualTo(2);
    assertThat(coder.err())
        .contains("the project has no lead coder; name the coder with --coder C");
    CliRun badCoder = CliRun.in(study, "serve", "--port", "0", "--coder", "../x");
    assertThat(badCoder.exitCode()).isEqualTo(3);
  }

  @Test
  void aPortInUseIsRefusedWithTheWayOut() throws IOException {
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CliRun busy =
          CliRun.in(
              study, "serve", "--port", String.valueOf(taken.getLocalPort()), "--coder", "lead");
      assertThat(busy.exitCode()).isEqualTo(1);
      assertThat(busy.err())
          .startsWith("tacit: cannot listen on 127.0.0.1:" + taken.getLocalPort() + " (")
          .contains("); choose another --port");
    }
  }
}
