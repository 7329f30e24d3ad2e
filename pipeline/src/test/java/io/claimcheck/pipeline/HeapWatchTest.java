package io.claimcheck.pipeline;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class HeapWatchTest {

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void aHeapFilledUntilItRunsOutIsSeenFull() throws IOException, InterruptedException {
    assertThat(fillTheHeapWith("-XX:+UseG1GC")).isEqualTo("before: false\nafter: true");
    assertThat(fillTheHeapWith("-XX:+UseParallelGC")).isEqualTo("before: false\nafter: true");
  }

  /** {@link FillTheHeap}'s output in a JVM of its own with a small heap (this one's is shared). */
  private String fillTheHeapWith(String collector) throws IOException, InterruptedException {
    Path output = tmp.newFile().toPath();
    Process process = new ProcessBuilder(
            Paths.get(System.getProperty("java.home"), "bin", "java").toString(), collector,
            "-Xmx64m", "-cp", System.getProperty("java.class.path"), FillTheHeap.class.getName())
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(0);
    return Files.readString(output, StandardCharsets.UTF_8).strip();
  }

  /** Prints whether the heap ran full before and after it is filled to an {@link OutOfMemoryError}. */
  public static final class FillTheHeap {
    public static void main(String[] args) {
      HeapWatch watch = HeapWatch.start();
      System.out.println("before: " + watch.ranFull());
      List<long[]> held = new ArrayList<>();
      try {
        while (true) {
          held.add(new long[1024]);
        }
      } catch (OutOfMemoryError e) {
        held.clear();
      }
      System.out.println("after: " + watch.ranFull());
    }
  }
}
