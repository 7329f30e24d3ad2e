package io.claimcheck.report;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.Finding;
import io.claimcheck.model.Finding.Evidence;
import io.claimcheck.model.Finding.FindingType;
import io.claimcheck.model.Finding.ValueSupport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class ReportFormatTest {

  static Finding contradiction(String id, String story, double confidence, String topicKey) {
    return new Finding(id, story, FindingType.CONTRADICTION, topicKey, "US tariff rate on Japanese cars", "25%",
        List.of("004_e"), List.of("000_a", "001_b"),
        List.of(new ValueSupport("25%", List.of("000_a", "001_b")), new ValueSupport("24%", List.of("004_e"))),
        3, 5, confidence,
        List.of(new Evidence("004_e", "Cars face a \"24%\" tariff, officials said."),
            new Evidence("000_a", "The tariff on cars is 25%.")));
  }

  static Finding omission(String id, String story, double confidence, String topicKey) {
    return new Finding(id, story, FindingType.OMISSION, topicKey, "talks start day", "Wednesday",
        List.of("003_d"), List.of("000_a", "001_b", "002_c"),
        List.of(new ValueSupport("Wednesday", List.of("000_a", "001_b", "002_c"))),
        3, 4, confidence, List.of(new Evidence("000_a", "Talks begin on Wednesday.")));
  }

  @Test
  public void headerHasTheTwelveContractColumns() {
    assertThat(ReportFormat.HEADER).isEqualTo(
        "finding_id,story_id,type,topic_key,fact,consensus_value,flagged_sources,supporting_sources,"
            + "values,support,confidence,evidence");
  }

  @Test
  public void rendersARowWithContractValueFormats() {
    String row = ReportFormat.row(contradiction("f1", "story-1", 0.8, "tariff.rate{product=car,target=japan}"));
    assertThat(row).isEqualTo(
        "f1,story-1,CONTRADICTION,\"tariff.rate{product=car,target=japan}\",US tariff rate on Japanese cars,25%,"
            + "004_e,000_a;001_b,25% [000_a;001_b] | 24% [004_e],3/5,0.80,"
            + "\"004_e: \"\"Cars face a \"\"24%\"\" tariff, officials said.\"\" || "
            + "000_a: \"\"The tariff on cars is 25%.\"\"\"");
  }

  @Test
  public void aCsvReaderGetsTheFieldsBack() throws Exception {
    Finding finding = contradiction("f1", "story-1", 0.8, "tariff.rate{product=car,target=japan}");
    com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
    mapper.enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY);
    List<?> rows = mapper.readerFor(List.class).readValue(ReportFormat.row(finding) + "\n");
    List<?> fields = (List<?>) rows.get(0);
    assertThat(fields).hasSize(12);
    assertThat(fields.get(3)).isEqualTo("tariff.rate{product=car,target=japan}");
    assertThat(fields.get(11)).isEqualTo(
        "004_e: \"Cars face a \"24%\" tariff, officials said.\" || 000_a: \"The tariff on cars is 25%.\"");
  }

  @Test
  public void evidenceKeepsInnerQuotesOfTheSentence() {
    assertThat(ReportFormat.evidence(List.of(new Evidence("004_e", "He said \"no\"."), new Evidence("000_a", "Yes."))))
        .isEqualTo("004_e: \"He said \"no\".\" || 000_a: \"Yes.\"");
  }

  @Test
  public void quotesOnlyFieldsThatNeedIt() {
    assertThat(Csv.field("plain text; 25%")).isEqualTo("plain text; 25%");
    assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Csv.field("cr\r")).isEqualTo("\"cr\r\"");
    assertThat(Csv.field("")).isEqualTo("");
    assertThat(Csv.record(List.of("a", "", "b,c"))).isEqualTo("a,,\"b,c\"");
  }

  @Test
  public void confidenceHasTwoDecimalsRoundedHalfUpAndClamped() {
    assertThat(ReportFormat.confidence(0.8)).isEqualTo("0.80");
    assertThat(ReportFormat.confidence(0.125)).isEqualTo("0.13");
    assertThat(ReportFormat.confidence(0.004)).isEqualTo("0.00");
    assertThat(ReportFormat.confidence(1)).isEqualTo("1.00");
    assertThat(ReportFormat.confidence(1.7)).isEqualTo("1.00");
    assertThat(ReportFormat.confidence(-0.2)).isEqualTo("0.00");
    assertThat(ReportFormat.confidence(Double.NaN)).isEqualTo("0.00");
  }

  @Test
  public void emptyListsAndNoConsensusGiveEmptyFields() {
    Finding f = new Finding("f", "s", FindingType.CONTRADICTION, "k{}", "", "", List.of(), List.of(), List.of(),
        0, 3, 0.5, List.of());
    assertThat(ReportFormat.row(f)).isEqualTo("f,s,CONTRADICTION,k{},,,,,,0/3,0.50,");
  }

  @Test
  public void ordersByStoryTypeDescendingConfidenceTopicAndId() {
    List<Finding> expected = List.of(
        contradiction("f9", "story-1", 0.9, "z"),
        contradiction("f2", "story-1", 0.801, "a"),
        contradiction("f1", "story-1", 0.799, "b"), // shows 0.80 as well: then topic key decides
        contradiction("f3", "story-1", 0.799, "b{x=1}"),
        contradiction("f4", "story-1", 0.1, "a"),
        contradiction("f6", "story-1", 0.1, "a"),
        omission("f0", "story-1", 1.0, "a"),
        omission("f5", "story-1", 0.2, "a"),
        contradiction("f7", "story-2", 0.5, "a"));
    List<Finding> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new java.util.Random(7));
    List<Finding> byComparator = new ArrayList<>(shuffled);
    byComparator.sort(ReportFormat.ORDER);
    assertThat(byComparator).containsExactlyElementsIn(expected).inOrder();

    // The string sort key used when writing gives the same order.
    List<Finding> byKey = new ArrayList<>(shuffled);
    byKey.sort(Comparator.comparing(ReportFormat::sortKey));
    assertThat(byKey).containsExactlyElementsIn(expected).inOrder();
  }

  @Test
  public void rejectionRows() {
    assertThat(RejectionFormat.HEADER).isEqualTo("input,reason");
    assertThat(RejectionFormat.row(new io.claimcheck.model.Rejection("/in/f.jsonl:3", "malformed JSON: x, y")))
        .isEqualTo("/in/f.jsonl:3,\"malformed JSON: x, y\"");
  }
}
