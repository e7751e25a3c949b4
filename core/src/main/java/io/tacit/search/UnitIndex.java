package io.tacit.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The unit index in a folder ({@code .tacit/index}): reads the state it was built from, writes it
 * (whole or per transcript), and opens it for searching. Writers must hold the project lock;
 * readers need no lock, because Lucene readers see one commit from start to end. Stateless.
 */
public final class UnitIndex {
  /** The layout version; raise it whenever fields or analysis change, so old indexes rebuild. */
  static final int SCHEMA = 1;

  private static final int MAX_SEGMENT_MB = 8;

  /** Loads one transcript with its attributes and codings, when the index needs it. */
  @FunctionalInterface
  public interface Source {
    IndexedTranscript load(String id);
  }

  private UnitIndex() {}

  /**
   * The state the index in {@code dir} was built from; {@link IndexState#NONE} if missing or
   * unreadable.
   */
  public static IndexState state(Path dir) {
    if (!Files.isDirectory(dir)) {
      return IndexState.NONE;
    }
    try (Directory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return IndexState.NONE;
      }
      return IndexState.fromUserData(SegmentInfos.readLatestCommit(directory).getUserData());
    } catch (IOException | RuntimeException e) {
      // A corrupt index or one written by another Lucene version is only derived data: rebuild it.
      return IndexState.NONE;
    }
  }

  /**
   * Builds the index afresh from every transcript in {@code ids}. The caller holds the project
   * lock.
   *
   * @param stamp the state to record: what these inputs were
   */
  public static IndexReport rebuild(Path dir, List<String> ids, Source source, IndexState stamp) {
    long t0 = System.nanoTime();
    clear(dir);
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE))) {
      for (String id : ids) {
        writer.addDocuments(UnitDocuments.of(source.load(id)));
      }
      return commit(writer, stamp, IndexReport.Action.REBUILT, ids, List.of(), t0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the search index in " + dir, e);
    }
  }

  /**
   * Re-indexes the transcripts in {@code changed} and drops those in {@code removed}, leaving the
   * rest. The caller holds the project lock.
   */
  public static IndexReport update(
      Path dir, List<String> changed, Set<String> removed, Source source, IndexState stamp) {
    long t0 = System.nanoTime();
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND))) {
      for (String id : new TreeSet<>(removed)) {
        writer.deleteDocuments(new Term(UnitFields.DOC, id));
      }
      for (String id : changed) {
        List<Document> docs = UnitDocuments.of(source.load(id));
        writer.updateDocuments(new Term(UnitFields.DOC, id), docs);
      }
      // Deleted documents still count in term statistics until merged away; expunging them keeps
      // scores identical to those of a fresh build, so output never depends on the index's history.
      writer.forceMergeDeletes(true);
      IndexReport.Action action =
          changed.isEmpty() && removed.isEmpty()
              ? IndexReport.Action.CURRENT
              : IndexReport.Action.UPDATED;
      return commit(writer, stamp, action, changed, new ArrayList<>(new TreeSet<>(removed)), t0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not update the search index in " + dir, e);
    }
  }

  /** The number of unit documents in the index; 0 if there is none. */
  public static int units(Path dir) {
    try (Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.numDocs();
    } catch (IOException e) {
      return 0;
    }
  }

  /** Opens the index for searching; the caller closes it. */
  public static UnitSearch open(Path dir) {
    try {
      DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
      IndexState state = IndexState.fromUserData(reader.getIndexCommit().getUserData());
      return new UnitSearch(reader, state.attributes());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not open the search index in "
              + dir
              + "; delete that folder and run the command again",
          e);
    }
  }

  /**
   * Empties the folder: Lucene refuses to create an index over one it cannot read (corrupt, or
   * written by an older version), and what is there is only derived data.
   */
  private static void clear(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not clear the search index in " + dir, e);
    }
  }

  private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setForceMergeDeletesPctAllowed(0.0);
    // Segments stay small, so that merging away a re-indexed transcript's old units rewrites one
    // of them, not the whole index: a second or so at 1,000 transcripts instead of several.
    merges.setMaxMergedSegmentMB(MAX_SEGMENT_MB);
    return new IndexWriterConfig(new UnitAnalyzer())
        .setOpenMode(mode)
        .setRAMBufferSizeMB(MAX_SEGMENT_MB)
        .setMergePolicy(merges)
        .setCommitOnClose(false)
        // Merges run in the writing thread: forceMergeDeletes then finds no merge in flight that
        // it would skip, and closing the writer aborts none.
        .setMergeScheduler(new SerialMergeScheduler());
  }

  private static IndexReport commit(
      IndexWriter writer,
      IndexState stamp,
      IndexReport.Action action,
      List<String> reindexed,
      List<String> removed,
      long t0)
      throws IOException {
    writer.setLiveCommitData(stamp.toUserData().entrySet());
    writer.commit();
    int units = writer.getDocStats().numDocs;
    return new IndexReport(
        action,
        stamp.transcripts().size(),
        units,
        new ArrayList<>(new TreeSet<>(reindexed)),
        removed,
        Duration.ofNanos(System.nanoTime() - t0));
  }
}
