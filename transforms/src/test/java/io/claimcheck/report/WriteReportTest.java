package io.claimcheck.report;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.Finding;
import io.claimcheck.model.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class WriteReportTest {

  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  @Test
  public void writesHeaderOnlyFilesWhenThereIsNothing() throws IOException {
    Path out = tmp.getRoot().toPath().resolve("new/dir");
    PCollectionTuple.of(WriteReport.FINDINGS,
            pipeline.apply("NoFindings", Create.empty(SerializableCoder.of(Finding.class))))
        .apply(WriteReport.to(out.toString()));
    pipeline.run().waitUntilFinish();

    assertThat(read(out.resolve("report.csv"))).isEqualTo(ReportFormat.HEADER + "\n");
    assertThat(read(out.resolve("rejected.csv"))).isEqualTo("input,reason\n");
    assertThat(read(out.resolve("claims.jsonl"))).isEmpty();
    assertThat(read(out.resolve("stories.csv"))).isEqualTo("story_id,documents,size,label,date_span\n");
    assertThat(read(out.resolve("copies.csv"))).isEqualTo("document,copy_of,similarity\n");
    assertThat(read(out.resolve("sources.csv"))).isEqualTo("source,documents,claims_compared,agreement_rate,weight\n");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .containsExactly("report.csv", "claims.jsonl", "rejected.csv", "stories.csv", "copies.csv", "sources.csv");
    }
  }

  @Test
  public void writesOneSortedFileEachWhateverTheInputOrder() throws IOException {
    List<Finding> findings = new ArrayList<>(List.of(
        ReportFormatTest.omission("f0", "story-1", 1.0, "a"),
        ReportFormatTest.contradiction("f2", "story-1", 0.5, "b"),
        ReportFormatTest.contradiction("f1", "story-1", 0.9, "z"),
        ReportFormatTest.contradiction("f3", "story-0", 0.1, "c")));
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      claims.add(ClaimJsonTest.claim("doc" + (i % 7), i * 3, ClaimValue.quantity(i + "%", (double) i, (double) i, "%")));
    }
    List<Rejection> rejections = new ArrayList<>(List.of(
        new Rejection("/b.txt", "empty file"), new Rejection("/a.jsonl:2", "missing id"),
        new Rejection("/a.jsonl:10", "missing text")));
    Collections.shuffle(findings, new Random(1));
    Collections.shuffle(claims, new Random(2));
    Collections.shuffle(rejections, new Random(3));

    Path out = tmp.getRoot().toPath();
    PCollectionTuple.of(WriteReport.FINDINGS,
            pipeline.apply("Findings", Create.of(findings).withCoder(SerializableCoder.of(Finding.class))))
        .and(WriteReport.CLAIMS, pipeline.apply("Claims", Create.of(claims).withCoder(SerializableCoder.of(Claim.class))))
        .and(WriteReport.REJECTIONS,
            pipeline.apply("Rejections", Create.of(rejections).withCoder(SerializableCoder.of(Rejection.class))))
        .apply(WriteReport.to(out.toString()));
    pipeline.run().waitUntilFinish();

    List<String> report = Files.readAllLines(out.resolve("report.csv"), StandardCharsets.UTF_8);
    assertThat(report.get(0)).isEqualTo(ReportFormat.HEADER);
    assertThat(report.subList(1, report.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList())
        .containsExactly("f3", "f1", "f2", "f0").inOrder();

    List<String> expectedClaims = claims.stream()
        .sorted(java.util.Comparator.comparing(ClaimJson::sortKey)).map(ClaimJson::line).toList();
    assertThat(Files.readAllLines(out.resolve("claims.jsonl"), StandardCharsets.UTF_8))
        .containsExactlyElementsIn(expectedClaims).inOrder();

    assertThat(read(out.resolve("rejected.csv")))
        .isEqualTo("input,reason\n/a.jsonl:10,missing text\n/a.jsonl:2,missing id\n/b.txt,empty file\n");
    try (var files = Files.list(out)) {
      assertThat(files.filter(p -> p.getFileName().toString().startsWith(".")).toList()).isEmpty();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
