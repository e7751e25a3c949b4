package io.tacit.deidentify;

import io.tacit.nlp.Entity;
import io.tacit.nlp.EntityRecognizer;
import io.tacit.nlp.FirstNames;
import io.tacit.text.CodePointText;
import io.tacit.text.Span;
import io.tacit.transcript.Transcript;
import io.tacit.transcript.Turn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the identifiers of a set of transcripts in two passes. First each transcript on its own
 * (one worker per core, each with its own CoreNLP pipeline): the model's people, organisations and
 * places in the turns' text (speaker labels blanked out; lines typed without capitals are read
 * again with the capitals edited text would have), speaker labels that are names, names after a
 * title, the patterned identifiers and the project's terms. Then every name found anywhere is
 * sought in every transcript ({@link NameSpread}). Where candidates overlap, the one that starts
 * first wins, then the longest, then the surest kind (terms, e-mail, URL, phone, record, age, date,
 * then the model's kinds). Placeholders such as {@code [PERSON-3]} from an earlier
 * de-identification are never found again. Thread-safe.
 */
public final class Detector {
  /** The types found unless the caller narrows them: everything but dates and ages. */
  public static final Set<IdentifierType> DEFAULT_TYPES =
      Set.copyOf(EnumSet.complementOf(EnumSet.of(IdentifierType.DATE, IdentifierType.AGE)));

  private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z]+-[0-9]+\\]");
  private static final List<IdentifierType> PRIORITY =
      List.of(
          IdentifierType.TERM,
          IdentifierType.EMAIL,
          IdentifierType.URL,
          IdentifierType.PHONE,
          IdentifierType.RECORD,
          IdentifierType.AGE,
          IdentifierType.DATE,
          IdentifierType.PERSON,
          IdentifierType.ORGANIZATION,
          IdentifierType.LOCATION);

  private static final Set<String> NOT_IDENTIFYING =
      Set.of(
          "he",
          "she",
          "i",
          "we",
          "they",
          "it",
          "you",
          "him",
          "her",
          "them",
          "okay",
          "ok",
          "yeah",
          "yes",
          "no",
          "um",
          "uh",
          "mm",
          "so",
          "well",
          "right",
          "sure",
          "hi",
          "hello",
          "thanks",
          "god",
          "honestly",
          "basically",
          "actually",
          "anyway",
          "oh",
          "wow",
          "hmm",
          "hey",
          "sorry",
          "yep",
          "nope",
          "mhm",
          "uh-huh",
          "medicaid",
          "medicare",
          "dbt",
          "cbt",
          "np",
          "cna",
          "mou",
          "dmv",
          "er",
          "ed",
          "icu",
          "ekg",
          "hipaa",
          "ssi",
          "ssdi",
          "snap",
          "wic",
          "mrn",
          "iop",
          "php",
          "aa",
          "na",
          "pcp",
          "rn",
          "lpn",
          "lcsw",
          "md",
          "ceo",
          "cfo",
          // Words edited text often capitalises because they open sentences, and contractions
          // typed without an apostrophe, which a truecaser may take for names.
          "however",
          "meanwhile",
          "please",
          "hes",
          "shes",
          "thats",
          "dont",
          "didnt",
          "doesnt",
          "hadnt",
          "wasnt",
          "isnt",
          "cant",
          "wont",
          "im",
          "ive",
          "youre",
          "theyre",
          "theres",
          "whats");

  /** Told about each transcript as its first pass is done, for a progress display. */
  @FunctionalInterface
  public interface Progress {
    void done(String doc, int done, int total);
  }

  private final EntityRecognizer recognizer;
  private final Set<IdentifierType> types;
  private final Terms terms;
  private final IdentifierRules rules;
  private final int threads;

  public Detector(
      EntityRecognizer recognizer, Set<IdentifierType> types, Terms terms, int threads) {
    this.recognizer = recognizer;
    this.types = Set.copyOf(types);
    this.terms = terms;
    this.rules = new IdentifierRules(this.types);
    this.threads = Math.max(1, threads);
  }

  /** The identifiers of each transcript, in the transcripts' order, each sorted by offset. */
  public List<List<Finding>> detect(List<Transcript> transcripts, Progress progress) {
    List<List<Candidate>> first = firstPass(transcripts, progress);
    NameSpread spread = new NameSpread();
    for (int i = 0; i < transcripts.size(); i++) {
      CodePointText text = transcripts.get(i).text();
      Set<String> words = lowerCaseWords(text.text());
      for (Candidate c : first.get(i)) {
        if (c.type() == IdentifierType.PERSON
            || c.type() == IdentifierType.ORGANIZATION
            || c.type() == IdentifierType.LOCATION) {
          spread.add(c.type(), text.substring(c.span()), words);
        }
      }
    }
    List<List<Finding>> findings = new ArrayList<>();
    for (int i = 0; i < transcripts.size(); i++) {
      Transcript t = transcripts.get(i);
      List<Candidate> all = new ArrayList<>(first.get(i));
      all.addAll(spread.find(t.text()));
      findings.add(settle(t, all));
    }
    return findings;
  }

  private List<List<Candidate>> firstPass(List<Transcript> transcripts, Progress progress) {
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(threads, Math.max(1, transcripts.size())));
    try {
      List<Future<List<Candidate>>> futures = new ArrayList<>();
      for (Transcript t : transcripts) {
        futures.add(pool.submit(() -> candidates(t)));
      }
      List<List<Candidate>> result = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        result.add(futures.get(i).get());
        progress.done(transcripts.get(i).id(), i + 1, transcripts.size());
      }
      return result;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("de-identification interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One transcript's candidates from the model, the labels, the rules and the terms. */
  List<Candidate> candidates(Transcript t) {
    List<Candidate> found = new ArrayList<>();
    List<Candidate> ruled = rules.find(t.text());
    if (types.contains(IdentifierType.PERSON)) {
      found.addAll(SpeakerNames.find(t));
    }
    if (types.contains(IdentifierType.PERSON)
        || types.contains(IdentifierType.ORGANIZATION)
        || types.contains(IdentifierType.LOCATION)) {
      String analysed = withoutLabels(t);
      Set<String> words = lowerCaseWords(t.text().text());
      List<Entity> entities = new ArrayList<>(recognizer.find(analysed));
      String caseless = FirstNameRule.caselessOnly(analysed);
      if (!caseless.isBlank()) {
        entities.addAll(recognizer.findCaseless(caseless));
      }
      for (Entity e : entities) {
        IdentifierType type = IdentifierType.valueOf(e.kind().name());
        String text = t.text().substring(Span.of(e.start(), e.end()));
        if (types.contains(type)
            && identifies(text)
            && !(opensSentence(analysed, t.text().toCharIndex(e.start()))
                && words.contains(text.toLowerCase(java.util.Locale.ROOT)))) {
          int start = e.start();
          if (type == IdentifierType.PERSON) {
            start = withFirstName(analysed, t.text(), start);
          }
          found.add(new Candidate(type, Span.of(start, e.end())));
        }
      }
      if (types.contains(IdentifierType.PERSON)) {
        List<Candidate> places = new ArrayList<>(found);
        places.addAll(ruled);
        places.removeIf(c -> c.type() == IdentifierType.PERSON);
        // A first name inside an agency or a place ("Grace Community Church") is not a person's.
        for (Candidate c : FirstNameRule.find(analysed, words)) {
          if (places.stream().noneMatch(p -> p.span().overlap(c.span()) > 0)) {
            found.add(c);
          }
        }
      }
    }
    found.addAll(ruled);
    if (types.contains(IdentifierType.TERM)) {
      found.addAll(terms.find(t.text()));
    }
    return found;
  }

  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}\\p{Ll}+) $");
  private static final Pattern NOT_FIRST = Pattern.compile(IdentifierRules.NOT_FIRST);

  /**
   * Where a person the model found really starts: the model sometimes leaves out a first name that
   * is also a word ("a young man, Justice [Boateng]"), which would stay in the text beside the
   * placeholder. A capitalised word just before the name is taken in, unless it opens the sentence
   * and is no first name, or is a word that opens sentences ("And", "The").
   */
  private static int withFirstName(String analysed, CodePointText text, int start) {
    int at = text.toCharIndex(start);
    Matcher m = WORD_BEFORE.matcher(analysed.substring(Math.max(0, at - 30), at));
    if (!m.find()) {
      return start;
    }
    String word = m.group(1);
    int wordAt = at - m.group().length();
    if (NOT_FIRST.matcher(word).matches()
        || !identifies(word)
        || opensSentence(analysed, wordAt) && !FirstNames.contains(word)) {
      return start;
    }
    return text.toCodePointOffset(wordAt);
  }

  private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}+(?![\\p{L}])");

  /**
   * The words written in lower case somewhere in the text, outside lines typed without capitals
   * (where "ramon" says nothing about how the speaker writes "Ramon").
   */
  private static Set<String> lowerCaseWords(String text) {
    Set<String> words = new java.util.HashSet<>();
    java.util.BitSet caseless = FirstNameRule.caselessLines(text);
    Matcher m = LOWER_WORD.matcher(text);
    while (m.find()) {
      if (!caseless.get(m.start())) {
        words.add(m.group());
      }
    }
    return words;
  }

  /**
   * Whether a char index starts a turn or a sentence. The model takes many a capitalised word there
   * for a name ("Honestly, ..."); one the speaker also uses in lower case is a word.
   */
  static boolean opensSentence(String analysed, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(analysed.charAt(i))) {
      i--;
    }
    return i < 0 || ".?!:\"“(".indexOf(analysed.charAt(i)) >= 0 || analysed.charAt(at - 1) == '\n';
  }

  /**
   * Whether a span the model tagged can identify anyone: not a single letter (transcribers'
   * initials such as {@code Mr. D} are pseudonyms already), not a pronoun or filler the model
   * sometimes tags at the start of a turn, not a service or programme every clinic has.
   */
  static boolean identifies(String text) {
    String bare = text.strip();
    return bare.codePointCount(0, bare.length()) >= 2
        && !NOT_IDENTIFYING.contains(bare.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The canonical text with each speaker label and its colon blanked, one space per code point, so
   * that the recognizer's code-point offsets are those of the canonical text.
   */
  private static String withoutLabels(Transcript t) {
    int[] points = t.text().text().codePoints().toArray();
    for (Turn turn : t.turns()) {
      if (!turn.speaker().isEmpty()) {
        java.util.Arrays.fill(
            points, SpeakerNames.labelSpan(turn).start(), turn.span().start(), ' ');
      }
    }
    return new String(points, 0, points.length);
  }

  private List<Finding> settle(Transcript t, List<Candidate> candidates) {
    List<Span> placeholders = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(t.text().text());
    while (m.find()) {
      placeholders.add(
          Span.of(t.text().toCodePointOffset(m.start()), t.text().toCodePointOffset(m.end())));
    }
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingInt((Candidate c) -> c.span().start())
            .thenComparing(c -> -c.span().length())
            .thenComparingInt(c -> PRIORITY.indexOf(c.type())));
    List<Finding> kept = new ArrayList<>();
    int end = 0;
    for (Candidate c : sorted) {
      if (c.span().start() < end
          || c.span().isEmpty()
          || placeholders.stream().anyMatch(p -> p.overlap(c.span()) > 0)) {
        continue;
      }
      String original = t.text().substring(c.span());
      if (original.isBlank()) {
        continue;
      }
      kept.add(new Finding(t.id(), c.type(), c.span(), original));
      end = c.span().end();
    }
    return kept;
  }
}
