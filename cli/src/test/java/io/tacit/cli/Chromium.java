package io.tacit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium for tests: a screenshot from the command line, or a page driven over
 * the DevTools protocol (the JDK's WebSocket client and Jackson; no Selenium, no Node). Every wait
 * is bounded. Tests skip when {@link #available()} is false. Mutable; one test's thread.
 */
final class Chromium implements AutoCloseable {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
  private String session = "";

  private Chromium(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  static boolean available() {
    return Files.isExecutable(BINARY);
  }

  /** The common flags: headless, no sandbox (containers), nothing fetched from the network. */
  static List<String> command(Path profile, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
    args.addAll(List.of(more));
    return args;
  }

  /** Width and height from a PNG's IHDR chunk. */
  static int[] pngSize(Path png) throws IOException {
    try (InputStream in = Files.newInputStream(png);
        DataInputStream data = new DataInputStream(in)) {
      data.skipBytes(16);
      return new int[] {data.readInt(), data.readInt()};
    }
  }

  /** Starts Chromium with a new profile under {@code dir} and attaches to a blank page. */
  static Chromium launch(Path dir, int width, int height) throws Exception {
    Process p =
        new ProcessBuilder(
                command(
                    dir.resolve("profile"),
                    "--remote-debugging-port=0",
                    "--window-size=" + width + "," + height,
                    "about:blank"))
            .redirectOutput(dir.resolve("chromium.out").toFile())
            .start();
    LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader err =
                  new BufferedReader(
                      new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                  lines.add(line);
                }
              } catch (IOException e) {
                lines.add("(stderr closed: " + e + ")");
              }
            },
            "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + WAIT.toNanos();
    String ws = null;
    StringBuilder seen = new StringBuilder();
    while (ws == null && System.nanoTime() < deadline) {
      String line = lines.poll(200, TimeUnit.MILLISECONDS);
      if (line != null) {
        seen.append(line).append('\n');
        Matcher m = LISTENING.matcher(line);
        ws = m.find() ? m.group(1) : null;
      }
    }
    if (ws == null) {
      p.destroyForcibly();
      throw new IllegalStateException(
          "Chromium gave no DevTools address in " + WAIT + ":\n" + seen);
    }
    Chromium[] self = new Chromium[1];
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(URI.create(ws), new Listener(m -> self[0].received(m)))
            .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    self[0] = new Chromium(p, socket);
    self[0].attach(width, height);
    return self[0];
  }

  private void attach(int width, int height) throws Exception {
    String target =
        browser("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    session =
        browser("Target.attachToTarget", Map.of("targetId", target, "flatten", true))
            .get("sessionId")
            .asText();
    send("Page.enable", Map.of());
    send("Runtime.enable", Map.of());
    send("Log.enable", Map.of());
    send(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Console errors, uncaught exceptions and browser log errors (CSP violations among them). */
  List<String> problems() {
    return List.copyOf(problems);
  }

  void navigate(String url) throws Exception {
    send("Page.navigate", Map.of("url", url));
  }

  /** Evaluates a JavaScript expression in the page (awaiting a promise) and returns its value. */
  JsonNode eval(String expression) throws Exception {
    JsonNode r =
        send(
            "Runtime.evaluate",
            Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("in the page: " + r.get("exceptionDetails"));
    }
    return r.get("result").path("value");
  }

  /** Waits until a JavaScript condition holds in the page, up to {@code timeout}. */
  void waitFor(String condition, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (eval("Boolean(" + condition + ")").asBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        "not true after " + timeout + ": " + condition + "; the page said: " + problems);
  }

  /** Presses, drags and releases the left mouse button, as a person selecting text does. */
  void drag(double x1, double y1, double x2, double y2) throws Exception {
    mouse("mouseMoved", x1, y1, 0);
    mouse("mousePressed", x1, y1, 1);
    for (int i = 1; i <= 5; i++) {
      mouse("mouseMoved", x1 + (x2 - x1) * i / 5, y1 + (y2 - y1) * i / 5, 1);
    }
    mouse("mouseReleased", x2, y2, 1);
  }

  void hover(double x, double y) throws Exception {
    mouse("mouseMoved", x, y, 0);
  }

  void click(double x, double y) throws Exception {
    mouse("mouseMoved", x, y, 0);
    mouse("mousePressed", x, y, 1);
    mouse("mouseReleased", x, y, 1);
  }

  private void mouse(String type, double x, double y, int clicks) throws Exception {
    send(
        "Input.dispatchMouseEvent",
        Map.of(
            "type",
            type,
            "x",
            x,
            "y",
            y,
            "button",
            clicks > 0 || !type.equals("mouseMoved") ? "left" : "none",
            "buttons",
            type.equals("mouseReleased") || clicks == 0 ? 0 : 1,
            "clickCount",
            clicks));
  }

  /** Types one key: a character ({@code j}, {@code 1}) or {@code Enter} or {@code Escape}. */
  void key(String key) throws Exception {
    Map<String, Object> down = new java.util.HashMap<>(Map.of("type", "keyDown", "key", key));
    if (key.length() == 1 || key.equals("Enter")) {
      down.put("text", key.equals("Enter") ? "\r" : key);
    }
    if (key.equals("Enter")) {
      down.put("windowsVirtualKeyCode", 13);
    }
    send("Input.dispatchKeyEvent", down);
    send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key));
  }

  void screenshot(Path png) throws Exception {
    JsonNode r = send("Page.captureScreenshot", Map.of("format", "png"));
    Files.write(png, Base64.getDecoder().decode(r.get("data").asText()));
  }

  private JsonNode browser(String method, Map<String, Object> params) throws Exception {
    return call(method, params, null);
  }

  private JsonNode send(String method, Map<String, Object> params) throws Exception {
    return call(method, params, session);
  }

  private JsonNode call(String method, Map<String, Object> params, String sessionId)
      throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    socket.sendText(JSON.writeValueAsString(message), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    JsonNode reply = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IllegalStateException(method + ": " + reply.get("error"));
    }
    return reply.get("result");
  }

  private void received(String text) {
    try {
      JsonNode m = JSON.readTree(text);
      if (m.has("id")) {
        CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
        if (f != null) {
          f.complete(m);
        }
        return;
      }
      String method = m.path("method").asText();
      JsonNode p = m.path("params");
      if (method.equals("Runtime.exceptionThrown")) {
        problems.add("exception: " + p.path("exceptionDetails"));
      } else if (method.equals("Runtime.consoleAPICalled")
          && List.of("error", "warning", "assert").contains(p.path("type").asText())) {
        problems.add("console " + p.path("type").asText() + ": " + p.path("args"));
      } else if (method.equals("Log.entryAdded")
          && p.path("entry").path("level").asText().equals("error")) {
        problems.add(
            "log: "
                + p.path("entry").path("text").asText()
                + " "
                + p.path("entry").path("url").asText());
      }
    } catch (IOException e) {
      problems.add("unreadable DevTools message: " + e);
    }
  }

  @Override
  public void close() {
    try {
      browser("Browser.close", Map.of());
    } catch (Exception e) {
      // Stopped below in any case.
    }
    socket.abort();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Joins a WebSocket's text frames into whole messages. */
  private static final class Listener implements WebSocket.Listener {
    private final java.util.function.Consumer<String> whole;
    private final StringBuilder part = new StringBuilder();

    Listener(java.util.function.Consumer<String> whole) {
      this.whole = whole;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      part.append(data);
      if (last) {
        String text = part.toString();
        part.setLength(0);
        whole.accept(text);
      }
      ws.request(1);
      return null;
    }
  }
}
