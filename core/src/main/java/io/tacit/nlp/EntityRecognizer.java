package io.tacit.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.tacit.text.CodePointText;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Finds people, organisations and places with CoreNLP's statistical named-entity recognizer (the
 * three-class English model, without part-of-speech tags, SUTime, numeric classifiers or the
 * fine-grained rules, which de-identification replaces with its own rules at a fraction of the
 * cost). Consecutive tokens of one class form one entity. Offsets are converted from CoreNLP's
 * UTF-16 indices to code points. Each thread builds its own pipeline on first use (about three
 * seconds to load the model), so one instance may be shared by many threads.
 */
public final class EntityRecognizer {
  static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  static final String TRUECASE_MODEL =
      "edu/stanford/nlp/models/truecase/truecasing.fast.caseless.qn.ser.gz";

  private final ThreadLocal<StanfordCoreNLP> pipelines =
      ThreadLocal.withInitial(() -> pipeline(false));

  /**
   * One pipeline for text typed without capitals, shared: its truecasing model is large (about ten
   * seconds and a gigabyte to load), and such text is rare, so it is loaded only when needed.
   */
  private @Nullable StanfordCoreNLP caseless;

  private boolean caselessSkipped;

  /**
   * The heap the truecasing model needs beside the recognizer's own (measured: a run with 1 GB
   * fails, one with 1.2 GB passes).
   */
  public static final long TRUECASE_HEAP = 1300L << 20;

  private static StanfordCoreNLP pipeline(boolean truecase) {
    NlpLogging.apply();
    Properties props = new Properties();
    props.setProperty(
        "annotators", truecase ? "tokenize,ssplit,truecase,ner" : "tokenize,ssplit,ner");
    if (truecase) {
      props.setProperty("truecase.model", TRUECASE_MODEL);
      // The model's capitals replace the words the recognizer reads; offsets are unchanged.
      props.setProperty("truecase.overwriteText", "true");
    }
    props.setProperty("tokenize.language", "en");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.model", MODEL);
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("ner.statisticalOnly", "true");
    // The CRF model reads word shapes and distributional clusters, not parts of speech.
    props.setProperty("enforceRequirements", "false");
    return new StanfordCoreNLP(props, false);
  }

  /** Entities of {@code text} in order of their start; none for blank text. */
  public List<Entity> find(String text) {
    return entities(pipelines.get(), text);
  }

  /**
   * Entities of text typed without capitals ("i called ramon"), which the recognizer, trained on
   * edited text, reads as having no names: the words are given the case edited text would give them
   * first. Slow to start (the truecasing model loads on first use) and one call at a time.
   */
  public synchronized List<Entity> findCaseless(String text) {
    if (caseless == null) {
      if (Runtime.getRuntime().maxMemory() < TRUECASE_HEAP) {
        // Loading it would end in an OutOfMemoryError; the text is read as it is instead.
        caselessSkipped = true;
        return find(text);
      }
      caseless = pipeline(true);
    }
    return entities(caseless, text);
  }

  /**
   * Whether text typed without capitals was read as it is, because this JVM may not use the memory
   * the truecasing model needs ({@link #TRUECASE_HEAP}); its names are then mostly missed.
   */
  public synchronized boolean caselessSkipped() {
    return caselessSkipped;
  }

  private static List<Entity> entities(StanfordCoreNLP pipeline, String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    CodePointText points = new CodePointText(text);
    List<Entity> entities = new ArrayList<>();
    @Nullable EntityKind open = null;
    int begin = 0;
    int end = 0;
    for (CoreLabel token : doc.get(CoreAnnotations.TokensAnnotation.class)) {
      EntityKind kind = kindOf(token.ner());
      boolean adjacent = open != null && onlySpaceBetween(text, end, token.beginPosition());
      if (open != null && (kind != open || !adjacent)) {
        entities.add(entity(points, open, begin, end));
        open = null;
      }
      if (kind != null) {
        if (open == null) {
          open = kind;
          begin = token.beginPosition();
        }
        end = token.endPosition();
      }
    }
    if (open != null) {
      entities.add(entity(points, open, begin, end));
    }
    return entities;
  }

  private static Entity entity(CodePointText points, EntityKind kind, int begin, int end) {
    return new Entity(kind, points.toCodePointOffset(begin), points.toCodePointOffset(end));
  }

  /** Tokens on either side of a line break or a paragraph are separate entities. */
  private static boolean onlySpaceBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  private static @Nullable EntityKind kindOf(@Nullable String tag) {
    if (tag == null) {
      return null;
    }
    return switch (tag) {
      case "PERSON" -> EntityKind.PERSON;
      case "ORGANIZATION" -> EntityKind.ORGANIZATION;
      case "LOCATION" -> EntityKind.LOCATION;
      default -> null;
    };
  }
}
