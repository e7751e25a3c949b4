package io.tacit.transcript.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The text of a caption cue without its markup: WebVTT voice spans ({@code <v Name>}, closed or
 * not) name the speaker; other tags ({@code <c>}, {@code <i>}, {@code <font>}, inline times) and
 * SubRip's {@code {\an8}} positioning go; character references are decoded after the tags are gone,
 * so that {@code &lt;} stays a "<" in the text. Stateless.
 */
final class CueText {
  private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?[ \\t]+([^>]*)>");
  private static final Pattern TAG = Pattern.compile("<[^>\\n]*>|\\{\\\\[^}]*}");
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Map<String, String> NAMED =
      Map.of(
          "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00A0", "lrm", "",
          "rlm", "", "hellip", "…", "rsquo", "’");

  private CueText() {}

  /** A stretch of cue text and who says it, when the markup says. */
  record Voiced(@Nullable String voice, String text) {}

  /** Splits the cue's lines into voice spans; text before any span has no voice. */
  static List<Voiced> voices(List<String> lines) {
    String joined = lines.size() == 1 ? lines.get(0) : String.join(" ", lines);
    List<Voiced> parts = new ArrayList<>(1);
    if (joined.indexOf("<v") < 0) {
      add(parts, null, joined);
      return parts;
    }
    Matcher m = VOICE.matcher(joined);
    String voice = null;
    int from = 0;
    while (m.find()) {
      add(parts, voice, joined.substring(from, m.start()));
      voice = clean(m.group(1));
      voice = voice.isEmpty() ? null : voice;
      from = m.end();
    }
    add(parts, voice, joined.substring(from));
    return parts;
  }

  private static void add(List<Voiced> parts, @Nullable String voice, String raw) {
    String text = clean(raw);
    if (!text.isEmpty()) {
      parts.add(new Voiced(voice, text));
    }
  }

  /** Drops tags, decodes character references, collapses spaces. */
  static String clean(String raw) {
    boolean markup = raw.indexOf('<') >= 0 || raw.indexOf('{') >= 0;
    String s = markup ? TAG.matcher(raw).replaceAll("") : raw;
    if (s.indexOf('&') >= 0) {
      s = decodeEntities(s);
    }
    return TextLines.collapseSpaces(s);
  }

  static String decodeEntities(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String decode(String ref, String whole) {
    if (ref.charAt(0) != '#') {
      return NAMED.getOrDefault(ref, whole);
    }
    boolean hex = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X');
    int cp = Integer.parseInt(ref.substring(hex ? 2 : 1), hex ? 16 : 10);
    return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : whole;
  }
}
