package io.claimcheck.report;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class WriteSortedLinesTest {

  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  /** Lines with repeated sort keys, repeated lines, non-ASCII text and empty strings. */
  private static List<KV<String, String>> randomLines(int n, long seed) {
    Random random = new Random(seed);
    String[] words = {"", "a", "b", "Zoë", "東京", "x,y", "\"q\""};
    List<KV<String, String>> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String key = "k" + random.nextInt(50);
      String line = words[random.nextInt(words.length)] + random.nextInt(20);
      lines.add(KV.of(key, line));
    }
    return lines;
  }

  @Test
  public void shardedSortGivesTheFileOfOneSortWithNoRunsLeft() throws IOException {
    List<KV<String, String>> lines = randomLines(5_000, 7);
    Path out = tmp.getRoot().toPath().resolve("out");
    pipeline.apply(Create.of(lines).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply(WriteSortedLines.to(out.toString(), "lines.csv").withHeader("h").withShards(7));
    pipeline.run().waitUntilFinish();

    List<KV<String, String>> sorted = new ArrayList<>(lines);
    sorted.sort(SortedShards.ORDER);
    StringBuilder expected = new StringBuilder("h\n");
    sorted.forEach(kv -> expected.append(kv.getValue()).append('\n'));
    assertThat(Files.readString(out.resolve("lines.csv"), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("lines.csv");
    }
  }

  @Test
  public void mergeOfSortedRunsIsSorted() throws IOException {
    List<KV<String, String>> all = new ArrayList<>();
    List<Iterator<KV<String, String>>> runs = new ArrayList<>();
    for (int r = 0; r < 5; r++) {
      List<KV<String, String>> run = randomLines(r * 40, r); // the first run is empty
      run.sort(SortedShards.ORDER);
      all.addAll(run);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      SortedShards.writeRun(run, bytes);
      runs.add(SortedShards.readRun(new ByteArrayInputStream(bytes.toByteArray())));
    }
    List<KV<String, String>> merged = new ArrayList<>();
    SortedShards.merge(runs, merged::add);
    all.sort(SortedShards.ORDER);
    assertThat(merged).isEqualTo(all);
  }

  @Test
  public void aTruncatedRunIsAnErrorNotAShortFile() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SortedShards.writeRun(List.of(KV.of("key", "a line")), bytes);
    byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 2);
    assertThrows(UncheckedIOException.class, () -> SortedShards.readRun(new ByteArrayInputStream(cut)));
  }
}
