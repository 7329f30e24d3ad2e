package io.claimcheck.pipeline;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Runs the job on {@code fixtures/bad-input} (every kind of bad input next to good articles; see
 * {@code scripts/make-bad-input.sh}): good articles give their claims, every bad input has its
 * exact reason in rejected.csv, the counts add up, and two runs at different parallelism give
 * byte-identical outputs.
 */
@RunWith(JUnit4.class)
public class ClaimCheckBadInputTest {

  // Tests run with the module directory as working directory; matched files are named absolute.
  private static final Path CORPUS = Paths.get("../fixtures/bad-input").toAbsolutePath().normalize();
  private static final List<String> OUTPUTS = List.of("report.csv", "claims.jsonl", "rejected.csv", "stories.csv", "copies.csv", "sources.csv");

  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  private static Path serial;
  private static Path parallel;
  private static String serialSummary;

  @BeforeClass
  public static void runTwice() throws IOException {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    serial = run(stdout, "--targetParallelism=1");
    serialSummary = stdout.toString(StandardCharsets.UTF_8);
    parallel = run(new ByteArrayOutputStream(), "--targetParallelism=8");
  }

  private static Path run(ByteArrayOutputStream stdout, String parallelism) throws IOException {
    Path out = TMP.newFolder().toPath().resolve("out");
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    ClaimCheckOptions options = PipelineOptionsFactory
        .fromArgs("--input=" + CORPUS, "--output=" + out, parallelism)
        .withValidation()
        .as(ClaimCheckOptions.class);
    int status = ClaimCheck.run(options, new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isEqualTo(ClaimCheck.EXIT_OK);
    return out;
  }

  @Test
  public void everyBadInputHasItsExactReason() throws IOException {
    String c = CORPUS + "/";
    assertThat(Files.readAllLines(serial.resolve("rejected.csv"), StandardCharsets.UTF_8)).containsExactly(
        "input,reason",
        c + "bad/blank.txt,empty file",
        c + "bad/cut-download.txt.gz,unreadable: unexpected end of data (truncated file)",
        c + "bad/empty.txt,empty file",
        c + "bad/furniture-only.txt,no text after cleaning",
        c + "bad/one-line-dump.txt,too large: 1200000 characters (limit 1000000)",
        c + "bad/photo.txt,binary content",
        c + "bad/scanned-statement.txt,binary content",
        c + "bad/zurich-cp850.txt,undecodable bytes",
        c + "feeds/wire-feed.jsonl:1,duplicate id: feed-quake (first in " + c + "feeds/archive-feed.jsonl.gz:1)",
        c + "feeds/wire-feed.jsonl:2,malformed JSON: Unexpected end-of-input: was expecting closing quote for a "
            + "string value",
        c + "feeds/wire-feed.jsonl:4,missing id",
        c + "feeds/wire-feed.jsonl:5,missing text",
        c + "feeds/wire-feed.jsonl:6,empty text",
        c + "feeds/wire-feed.jsonl:7,duplicate id: feed-quake (first in " + c + "feeds/archive-feed.jsonl.gz:1)",
        c + "feeds/wire-feed.jsonl:8,malformed JSON: not an object")
        .inOrder();
  }

  @Test
  public void goodArticlesGiveTheirClaimsWithTheirEncoding() throws IOException {
    Set<String> claims = new TreeSet<>();
    Set<String> docs = new TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(serial.resolve("claims.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode claim = json.readTree(line);
      docs.add(claim.get("doc_id").asText());
      claims.add(claim.get("doc_id").asText() + " " + claim.get("topic_key").asText() + " = "
          + claim.get("value").get("text").asText() + " [" + claim.get("encoding").asText() + "]");
    }
    assertThat(claims).containsAtLeast(
        "ridge-fire person.count{event=kill} = >=3 people [UTF-8]",
        "ridge-fire home.count{event=destroy} = 85 homes [UTF-8]",
        "ridge-fire person.role{person=dana whitlock,role=fire chief} = current [UTF-8]",
        "harbor-court increase.rate{} = 40% [UTF-8]",
        "harbor-court fee.duration{} = 90 days [UTF-8]",
        "harbor-court person.role{person=helen parata,role=justice} = current [UTF-8]");
    // Windows-1252 and Latin-1 files are read, and marked, as Windows-1252.
    assertThat(claims.stream().filter(c -> c.startsWith("rail-strike-cp1252 ")).toList()).isNotEmpty();
    assertThat(claims.stream().filter(c -> c.startsWith("rail-strike-cp1252 ") || c.startsWith("metro-fares-latin1 "))
        .allMatch(c -> c.endsWith("[windows-1252]"))).isTrue();
    // gzip text, gzip JSONL, a truncated UTF-8 file, JSONL lines, and same-named files (relative-path ids).
    assertThat(docs).containsAtLeast("river-flood", "feed-election", "museum-truncated-utf8", "feed-quake",
        "feed-budget", "wires/ap/bridge-closure", "wires/reuters/bridge-closure");
    assertThat(Files.readString(serial.resolve("claims.jsonl"), StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
  }

  @Test
  public void countsAddUp() throws IOException {
    Matcher m = Pattern.compile("(\\d+) inputs \\((\\d+) files\\): (\\d+) documents analyzed, (\\d+) inputs rejected")
        .matcher(serialSummary);
    assertThat(m.find()).isTrue();
    long inputs = Long.parseLong(m.group(1));
    long files = Long.parseLong(m.group(2));
    long documents = Long.parseLong(m.group(3));
    long rejected = Long.parseLong(m.group(4));
    long rejectedRows = Files.readAllLines(serial.resolve("rejected.csv")).size() - 1;

    assertThat(files).isEqualTo(countFiles());
    // The 2 JSONL files count as their non-blank lines (8 of wire-feed's 9, and 2) instead of 2 files.
    assertThat(inputs).isEqualTo(files - 2 + 8 + 2);
    assertThat(rejected).isEqualTo(rejectedRows);
    assertThat(documents + rejected).isEqualTo(inputs);
    assertThat(documents).isEqualTo(11);
  }

  @Test
  public void outputsAreByteIdenticalAtAnyParallelism() throws IOException {
    for (String file : OUTPUTS) {
      assertThat(Files.readAllBytes(parallel.resolve(file))).isEqualTo(Files.readAllBytes(serial.resolve(file)));
    }
  }

  private static long countFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (var walk = Files.walk(CORPUS)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    return files.size();
  }
}
