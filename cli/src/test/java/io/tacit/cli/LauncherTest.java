package io.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./tacit} launcher's start-up archive, run as a user runs it: made on first use, used
 * afterwards, made again when a jar changes, and never a word on standard error or output, not even
 * when the archive is damaged. The launcher runs in a copy of the repository's layout whose jars
 * are made from this build's classes (an archive takes jars, not folders).
 */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("../tacit").toAbsolutePath().normalize();

  @TempDir Path home;

  @Test
  void makesUsesAndRemakesItsArchiveWithoutAWord() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && Files.isRegularFile(LAUNCHER));
    Path launcher = layOut();

    Run first = run(launcher, "");
    assertThat(first.err()).isEmpty();
    assertThat(first.out()).startsWith("tacit ");
    assertThat(first.exit()).isZero();
    Path archive = onlyArchive();

    // -Xshare:on makes the JVM stop rather than run without the archive: so it was used.
    assertThat(run(launcher, "-Xshare:on")).isEqualTo(first);

    // A damaged archive is passed over in silence.
    Files.write(archive, "not an archive".getBytes(StandardCharsets.US_ASCII));
    assertThat(run(launcher, "")).isEqualTo(first);
    assertThat(run(launcher, "-Xshare:on").exit()).isNotZero();

    // A jar newer than the archive (a new build) has it made again.
    Files.setLastModifiedTime(
        home.resolve("cli/target/tacit-cli.jar"), FileTime.from(Instant.now()));
    assertThat(run(launcher, "")).isEqualTo(first);
    assertThat(Files.size(archive)).isGreaterThan(1_000_000);
    assertThat(run(launcher, "-Xshare:on")).isEqualTo(first);
    try (Stream<Path> left = Files.list(archive.getParent())) {
      assertThat(left).containsExactlyInAnyOrder(archive, Path.of(archive + ".stamp"));
    }
  }

  private record Run(int exit, String out, String err) {}

  private Run run(Path launcher, String javaOptions) throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder("/bin/bash", launcher.toString(), "--version")
            .directory(home.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(home.resolve("out.txt").toFile())
            .redirectError(home.resolve("err.txt").toFile());
    Map<String, String> env = pb.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("TACIT_JAVA_OPTS", javaOptions);
    env.remove("TACIT_CDS");
    Process p = pb.start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(home.resolve("out.txt")),
        Files.readString(home.resolve("err.txt")));
  }

  private Path onlyArchive() throws IOException {
    try (Stream<Path> files = Files.list(home.resolve("cli/target/cds"))) {
      List<Path> all = files.filter(f -> f.toString().endsWith(".jsa")).toList();
      assertThat(all).hasSize(1);
      assertThat(Files.size(all.get(0))).isGreaterThan(1_000_000);
      // Beside it, what it was made from: each jar's modification time and size.
      assertThat(Files.readString(Path.of(all.get(0) + ".stamp")))
          .contains(home.resolve("cli/target/tacit-cli.jar").toString());
      return all.get(0);
    }
  }

  /**
   * The launcher beside cli/target/tacit-cli.jar and cli/target/classpath.txt, as a build leaves
   * them: this module's classes as the jar, the class path's other folders as jars, its jars as
   * they are. No sources, so the launcher never builds.
   */
  private Path layOut() throws IOException {
    Path target = Files.createDirectories(home.resolve("cli/target"));
    Path classes = Path.of("target/classes").toAbsolutePath();
    List<String> path = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry).toAbsolutePath();
      if (p.equals(classes) || p.endsWith("test-classes")) {
        continue;
      }
      if (Files.isDirectory(p)) {
        Path jar = home.resolve("lib/classes-" + (++n) + ".jar");
        jar(p, jar);
        path.add(jar.toString());
      } else if (p.toString().contains("tacit")) {
        // A copy, so that another build installing tacit-core meanwhile cannot change it.
        Path copy = Files.createDirectories(home.resolve("lib")).resolve(p.getFileName());
        path.add(Files.copy(p, copy).toString());
      } else {
        path.add(p.toString());
      }
    }
    jar(classes, target.resolve("tacit-cli.jar"));
    Files.writeString(target.resolve("classpath.txt"), String.join(File.pathSeparator, path));
    Path launcher = home.resolve("tacit");
    Files.copy(LAUNCHER, launcher);
    return launcher;
  }

  private static void jar(Path dir, Path jar) throws IOException {
    Files.createDirectories(jar.getParent());
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out);
        Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(f -> !f.equals(dir)).sorted().toList()) {
        String name = dir.relativize(f).toString().replace('\\', '/');
        // Folders get entries too: the sample study is found as a folder of resources.
        zip.putNextEntry(new JarEntry(Files.isDirectory(f) ? name + "/" : name));
        if (!Files.isDirectory(f)) {
          Files.copy(f, zip);
        }
        zip.closeEntry();
      }
    }
  }
}
