package io.tacit.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One API request: its query parameters and, for a write, its JSON body (at most {@value #MAX_BODY}
 * bytes, {@code application/json}). Every missing or malformed field is a 400 naming it. Mutable
 * only while the body is first read; one request's thread.
 */
final class Request {
  static final int MAX_BODY = 64 * 1024;

  private final HttpExchange exchange;
  private final ObjectMapper json;
  private final Map<String, String> query = new HashMap<>();
  private @Nullable JsonNode body;

  Request(HttpExchange exchange, ObjectMapper json) {
    this.exchange = exchange;
    this.json = json;
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw != null && !raw.isEmpty()) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        query.putIfAbsent(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new HttpError(400, "the address has a malformed %-escape: " + s);
    }
  }

  /** A query parameter that must be there. */
  String param(String name) {
    String v = query.get(name);
    if (v == null || v.isBlank()) {
      throw new HttpError(400, "the request needs ?" + name + "=");
    }
    return v;
  }

  /** A query parameter, or {@code fallback} when absent or blank. */
  String param(String name, String fallback) {
    String v = query.get(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  /** A text field of the JSON body that must be there. */
  String text(String field) {
    JsonNode v = body().get(field);
    if (v == null || !v.isTextual()) {
      throw new HttpError(400, "the request needs \"" + field + "\" (text)");
    }
    return v.asText();
  }

  /** A text field of the JSON body, or {@code fallback} when absent. */
  String text(String field, String fallback) {
    JsonNode v = body().get(field);
    return v == null || v.isNull() ? fallback : text(field);
  }

  /** A whole-number field of the JSON body that must be there. */
  int number(String field) {
    JsonNode v = body().get(field);
    if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new HttpError(400, "the request needs \"" + field + "\" (a whole number)");
    }
    return v.asInt();
  }

  private JsonNode body() {
    if (body == null) {
      body = readBody();
    }
    return body;
  }

  private JsonNode readBody() {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new HttpError(415, "send the request as application/json");
    }
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readNBytes(MAX_BODY + 1);
    } catch (IOException e) {
      throw new HttpError(400, "the request body could not be read: " + e.getMessage());
    }
    if (bytes.length > MAX_BODY) {
      throw new HttpError(413, "the request body is over " + MAX_BODY / 1024 + " KiB");
    }
    try {
      JsonNode node = json.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new HttpError(400, "the request body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new HttpError(400, "the request body is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new HttpError(400, "the request body could not be read: " + e.getMessage());
    }
  }
}
