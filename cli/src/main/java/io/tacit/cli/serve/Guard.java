package io.tacit.cli.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Who may use the workbench: requests to this port by the loopback host name (no DNS rebinding),
 * carrying the session token, which the page holds in memory and sends in a header (so a cookie
 * alone, or another web page, can never drive it). Tokens are compared in constant time. Immutable;
 * thread-safe.
 */
final class Guard {
  /** The header the page sends the token in. */
  static final String TOKEN_HEADER = "X-Tacit-Token";

  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self';"
          + " connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none';"
          + " frame-ancestors 'none'";

  private final byte[] token;
  private final Set<String> hosts;
  private final Set<String> origins;

  Guard(String token, int port) {
    this.token = token.getBytes(StandardCharsets.US_ASCII);
    this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
    this.origins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
  }

  /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
  static String newToken() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * @throws HttpError 421 for another host name, 403 for a foreign origin
   */
  void checkHost(HttpExchange exchange) {
    Headers h = exchange.getRequestHeaders();
    String host = h.getFirst("Host");
    if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
      throw new HttpError(
          421,
          "this workbench answers only at 127.0.0.1 or localhost on its"
              + " own port; open the address `tacit serve` printed");
    }
    String origin = h.getFirst("Origin");
    if (origin != null && !origins.contains(origin)) {
      throw new HttpError(403, "requests from other web pages are refused");
    }
  }

  /**
   * @throws HttpError 403 unless {@code given} is the session token
   */
  void checkToken(@org.jspecify.annotations.Nullable String given) {
    byte[] bytes = given == null ? new byte[0] : given.getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(token, bytes)) {
      throw new HttpError(
          403,
          "missing or wrong session token; open the address `tacit serve`"
              + " printed (it holds the token)");
    }
  }

  /** Headers on every answer: no caching, no framing, no sniffing, no referrer, the CSP. */
  static void secure(Headers h) {
    h.set("Content-Security-Policy", CSP);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cache-Control", "no-store");
    h.set("Cross-Origin-Resource-Policy", "same-origin");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
  }
}
