package io.tacit.cli.serve;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.TacitException;
import io.tacit.memo.Memo;
import io.tacit.project.Project;
import io.tacit.project.StaleFileException;
import io.tacit.text.Ids;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The coding workbench's web server: the JDK's HTTP server on the loopback address only, serving
 * the page from {@link Assets} and a small JSON API over {@link Views} and {@link Edits}. Every
 * request must name this host and port and carry the session token ({@link Guard}). Errors become a
 * status and a message, never a stack trace: bad input 400, a file changed meanwhile 409.
 * Thread-safe; writes are serialised by the project lock.
 */
public final class Workbench implements AutoCloseable {
  private static final String PAGE_PREFIX = "/s/";

  /**
   * The JDK server's limit, in seconds, on reading a request's line, headers and body (the
   * handler's own work is not limited): without it, a few connections that never finish a request
   * hold every thread, and the page gets no answer. The server reads it once per JVM.
   */
  private static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";

  private final HttpServer server;
  private final ExecutorService threads;
  private final String token;
  private final Guard guard;
  private final Map<String, Function<Request, Object>> reads;
  private final Map<String, Function<Request, Object>> writes;
  // A field given twice is refused: which of the two a write would use is not for us to guess.
  private final ObjectMapper json =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private final PrintWriter log;
  private final boolean verbose;

  /** What a refused request answers: its status and one message per problem. */
  record ErrorJson(int status, List<String> errors) {}

  private Workbench(
      HttpServer server, Project project, String coder, PrintWriter log, boolean verbose) {
    this.server = server;
    this.token = Guard.newToken();
    this.guard = new Guard(token, server.getAddress().getPort());
    this.log = log;
    this.verbose = verbose;
    Views views = new Views(project, coder);
    Edits edits = new Edits(project);
    this.reads =
        Map.of(
            "project", r -> views.project(),
            "transcripts", r -> views.transcripts(),
            "transcript", r -> views.transcript(r.param("id"), r.param("coder", coder)),
            "compare", r -> views.compare(r.param("id"), r.param("a"), r.param("b")),
            "search", r -> views.search(r.param("q"), limit(r.param("limit", "50"))));
    this.writes =
        Map.of(
            "codings/add", edits::add,
            "codings/remove", edits::remove,
            "memos/add", r -> memo(edits.memo(r)));
    this.threads =
        Executors.newFixedThreadPool(
            4,
            run -> {
              Thread t = new Thread(run, "tacit-serve");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
  }

  /**
   * Starts the workbench on 127.0.0.1.
   *
   * @param port the port, or 0 for any free one
   * @param coder the coder the page codes as at first
   * @param log where unexpected errors are reported (with the stack trace when {@code verbose})
   */
  public static Workbench start(
      Project project, int port, String coder, PrintWriter log, boolean verbose) {
    Ids.require("coder", coder);
    if (System.getProperty(MAX_REQUEST_TIME) == null) {
      System.setProperty(MAX_REQUEST_TIME, "5");
    }
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
      Workbench w = new Workbench(server, project, coder, log, verbose);
      server.start();
      return w;
    } catch (IOException e) {
      throw new TacitException(
          "cannot listen on 127.0.0.1:"
              + port
              + " ("
              + e.getMessage()
              + "); choose another --port");
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The session token every request must carry. */
  public String token() {
    return token;
  }

  /** The page's address, token included: what {@code tacit serve} prints. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + port() + PAGE_PREFIX + token + "/");
  }

  /**
   * Stops taking requests and waits (up to 10 s) for those under way to finish their work, so a
   * coding being written is written whole; their answers may no longer reach the page.
   */
  @Override
  public void close() {
    server.stop(0);
    threads.shutdown();
    try {
      threads.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) {
    try (exchange) {
      Guard.secure(exchange.getResponseHeaders());
      try {
        guard.checkHost(exchange);
        String path = exchange.getRequestURI().getRawPath();
        if (path.startsWith("/api/")) {
          guard.checkToken(exchange.getRequestHeaders().getFirst(Guard.TOKEN_HEADER));
          api(exchange, path.substring("/api/".length()));
        } else {
          page(exchange, path);
        }
      } catch (HttpError e) {
        error(exchange, e.status(), List.of(e.getMessage()));
      } catch (StaleFileException e) {
        error(exchange, 409, List.of(e.getMessage()));
      } catch (BadInputException e) {
        error(exchange, 400, e.problems().stream().map(Problem::toString).toList());
      } catch (TacitException | UncheckedIOException e) {
        error(exchange, 503, List.of(e.getMessage()));
      } catch (RuntimeException e) {
        report(e);
        error(
            exchange,
            500,
            List.of(
                "internal error: "
                    + e
                    + " (see the terminal running"
                    + " `tacit serve`, and please report it)"));
      }
    } catch (IOException e) {
      // The page went away mid-answer; nothing was half-written on our side.
      report(e);
    }
  }

  private void api(HttpExchange exchange, String route) throws IOException {
    String method = exchange.getRequestMethod();
    Function<Request, Object> read = reads.get(route);
    Function<Request, Object> write = writes.get(route);
    if (read == null && write == null) {
      throw new HttpError(404, "no such request: /api/" + route);
    }
    Function<Request, Object> handler = read != null ? read : write;
    String expected = read != null ? "GET" : "POST";
    if (!expected.equals(method)) {
      exchange.getResponseHeaders().set("Allow", expected);
      throw new HttpError(405, "/api/" + route + " takes " + expected + ", not " + method);
    }
    Object result = handler.apply(new Request(exchange, json));
    send(exchange, 200, "application/json; charset=utf-8", json.writeValueAsBytes(result));
  }

  /** The page: {@code /s/TOKEN/} and its files, from the fixed table. */
  private void page(HttpExchange exchange, String path) throws IOException {
    if (!path.startsWith(PAGE_PREFIX)) {
      throw new HttpError(404, "nothing here; open the address `tacit serve` printed");
    }
    String rest = path.substring(PAGE_PREFIX.length());
    int slash = rest.indexOf('/');
    guard.checkToken(slash < 0 ? rest : rest.substring(0, slash));
    if (!"GET".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "GET");
      throw new HttpError(405, "the page is only read");
    }
    if (slash < 0) {
      exchange.getResponseHeaders().set("Location", PAGE_PREFIX + rest + "/");
      send(exchange, 308, "text/plain; charset=utf-8", new byte[0]);
      return;
    }
    Assets.Asset asset =
        Assets.find(rest.substring(slash + 1))
            .orElseThrow(() -> new HttpError(404, "the page has no such file"));
    send(exchange, 200, asset.type(), asset.bytes());
  }

  private static int limit(String text) {
    try {
      int n = Integer.parseInt(text);
      if (n >= 1 && n <= 500) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Refused below.
    }
    throw new HttpError(400, "limit must be a whole number from 1 to 500, not \"" + text + "\"");
  }

  private static Map<String, Object> memo(Memo m) {
    return Map.of(
        "unit", m.target().id(), "memo", new Views.MemoJson(m.created(), m.coder(), m.text()));
  }

  private void error(HttpExchange exchange, int status, List<String> messages) throws IOException {
    send(
        exchange,
        status,
        "application/json; charset=utf-8",
        json.writeValueAsBytes(new ErrorJson(status, messages)));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    // An answer to HEAD has no body: the server closes its stream, and writing would fail.
    boolean empty = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, empty ? -1 : body.length);
    if (!empty) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private void report(Exception e) {
    synchronized (log) {
      log.println("tacit serve: " + e);
      if (verbose) {
        e.printStackTrace(log);
      }
      log.flush();
    }
  }
}
