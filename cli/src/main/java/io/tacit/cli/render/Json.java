package io.tacit.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tacit.JsonLayout;

/** JSON for scripts: two-space indent, LF, keys in the order the records declare them. */
public final class Json {
  private static final ObjectWriter WRITER = JsonLayout.writer(JsonMapper.builder().build());

  private Json() {}

  public static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render as JSON: " + value.getClass(), e);
    }
  }
}
