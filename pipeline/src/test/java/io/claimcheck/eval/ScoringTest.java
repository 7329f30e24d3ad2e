package io.claimcheck.eval;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.eval.Scoring.NaturalScore;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** The matching and scoring rules, on a tiny synthetic report. */
@RunWith(JUnit4.class)
public class ScoringTest {

  private static final String LABELS = """
      {"story": "tiny", "description": "synthetic",
       "contradictions": [
         {"id": "c1", "fact": "death toll", "key": "person.count{event=kill}", "flagged": ["003_x"]},
         {"id": "c2", "fact": "tariff", "key": "tariff.rate*", "flagged": ["001_y"]}],
       "omissions": [
         {"id": "o1", "fact": "attends", "key": "event.attend{actor=jane doe}", "flagged": ["002_y", "004_w"]}],
       "agreed": [
         {"id": "a1", "fact": "wind", "key": "wind.speed{}"},
         {"id": "a2", "fact": "evacuations", "key": "person.count{event=evacuate}"}],
       "tolerated": [{"type": "OMISSION", "key": "storm.category*"}],
       "variants": {
         "numeric": {"doc": "001_z", "find": "12", "replace": "21", "key": "person.count{event=kill}"},
         "omission": {"doc": "004_w", "delete": ["It was windy."], "key": "wind.speed{}"}}}
      """;

  private static StoryLabels labels() throws Exception {
    return StoryLabels.parse(new ObjectMapper().readTree(LABELS));
  }

  private static ReportRow row(String type, String key, String... flagged) {
    return new ReportRow(type, key, List.of(flagged));
  }

  @Test
  public void keysMatchExactlyOrByPrefixBeforeTheStar() {
    assertThat(Scoring.keyMatches("person.count{event=kill}", "person.count{event=kill}")).isTrue();
    assertThat(Scoring.keyMatches("person.count{event=kill}", "person.count{event=kill,place=x}")).isFalse();
    assertThat(Scoring.keyMatches("person.count*", "person.count{event=kill,place=x}")).isTrue();
    assertThat(Scoring.keyMatches("person.count*", "home.count{event=kill}")).isFalse();
  }

  @Test
  public void foundNeedsTypeKeyAndEveryLabelledFlaggedDoc() {
    ReportRow r = row("OMISSION", "event.attend{actor=jane doe}", "002_y", "004_w", "005_v");
    assertThat(Scoring.finds(r, "OMISSION", "event.attend{actor=jane doe}", List.of("002_y", "004_w"))).isTrue();
    assertThat(Scoring.finds(r, "CONTRADICTION", "event.attend{actor=jane doe}", List.of("002_y"))).isFalse();
    assertThat(Scoring.finds(r, "OMISSION", "event.attend{actor=jane doe}", List.of("001_z"))).isFalse();
  }

  @Test
  public void scoresPrecisionRecallFalseAlarmsAndAgreedFacts() throws Exception {
    List<ReportRow> report = List.of(
        row("CONTRADICTION", "person.count{event=kill}", "003_x", "005_q"), // c1 found (extra doc allowed)
        row("CONTRADICTION", "tariff.rate{target=japan}", "004_w"),         // matches c2's key, wrong doc
        row("CONTRADICTION", "wind.speed{}", "002_y"),                      // false, on agreed a1
        row("OMISSION", "event.attend{actor=jane doe}", "002_y"),           // o1 not found: 004_w missing
        row("OMISSION", "storm.category{}", "001_z"),                       // tolerated
        row("OMISSION", "person.count{event=miss}", "003_x"));              // false alarm

    NaturalScore score = Scoring.scoreNatural("tiny", labels(), report);

    assertThat(score.contradictions()).isEqualTo(new Scoring.TypeCounts(2, 1, 2, 1, 0));
    assertThat(score.contradictions().precision()).isWithin(1e-9).of(2.0 / 3);
    assertThat(score.contradictions().recall()).isWithin(1e-9).of(0.5);
    assertThat(score.omissions()).isEqualTo(new Scoring.TypeCounts(1, 0, 1, 1, 1));
    assertThat(score.agreed()).isEqualTo(2);
    assertThat(score.agreedContradicted()).isEqualTo(1);
    assertThat(score.lines()).containsExactly(
        "MISS CONTRADICTION tiny c2 tariff.rate* flagged=[001_y] "
            + "(report: tariff.rate{target=japan} flagged=[004_w]) \"tariff\"",
        "FALSE CONTRADICTION tiny wind.speed{} flagged=[002_y] (agreed fact a1)",
        "MISS OMISSION tiny o1 event.attend{actor=jane doe} flagged=[002_y, 004_w] "
            + "(report: event.attend{actor=jane doe} flagged=[002_y]) \"attends\"",
        "FALSE OMISSION tiny person.count{event=miss} flagged=[003_x]").inOrder();
  }

  @Test
  public void emptyReportHasNoPrecisionAndZeroRecall() throws Exception {
    NaturalScore score = Scoring.scoreNatural("tiny", labels(), List.of());
    assertThat(Double.isNaN(score.contradictions().precision())).isTrue();
    assertThat(score.contradictions().recall()).isEqualTo(0.0);
    assertThat(score.agreedContradicted()).isEqualTo(0);
  }

  @Test
  public void variantIsFoundOnlyByARowOfItsTypeFlaggingTheChangedDoc() {
    List<ReportRow> report = List.of(
        row("CONTRADICTION", "person.count{event=kill}", "001_z"),
        row("OMISSION", "wind.speed{}", "002_y"));
    assertThat(Scoring.scoreVariant("tiny", Evaluate.NUMERIC_VARIANT, "CONTRADICTION",
        "person.count{event=kill}", "001_z", report)).isNull();
    assertThat(Scoring.scoreVariant("tiny", Evaluate.OMISSION_VARIANT, "OMISSION", "wind.speed{}", "004_w", report))
        .isEqualTo("MISS OMISSION-VARIANT tiny wind.speed{} flagged=[004_w] (report: wind.speed{} flagged=[002_y])");
  }

  @Test
  public void labelsAreChecked() throws Exception {
    ObjectMapper json = new ObjectMapper();
    StoryLabels.LabelException e = assertThrows(StoryLabels.LabelException.class, () -> StoryLabels.parse(
        json.readTree("{\"story\": \"s\", \"contradictions\": [{\"id\": \"c1\", \"key\": \"a.b{}\", \"flagged\": []}]}")));
    assertThat(e).hasMessageThat().contains("flagged must name at least one document");
    e = assertThrows(StoryLabels.LabelException.class, () -> StoryLabels.parse(
        json.readTree("{\"story\": \"s\", \"agreed\": [{\"id\": \"a1\", \"key\": \"a*b\"}]}")));
    assertThat(e).hasMessageThat().contains("may only end in '*'");
    e = assertThrows(StoryLabels.LabelException.class, () -> StoryLabels.parse(
        json.readTree("{\"story\": \"s\", \"tolerated\": [{\"type\": \"OMISION\", \"key\": \"a{}\"}]}")));
    assertThat(e).hasMessageThat().contains("CONTRADICTION or OMISSION");
    assertThat(labels().namedDocs()).containsExactly("003_x", "001_y", "002_y", "004_w", "001_z", "004_w");
  }

  @Test
  public void deletesEverySentenceWithOneNeighbouringSpace() {
    assertThat(Evaluate.deleteAll("A b. It was windy. C d.\nIt was windy.", "It was windy."))
        .isEqualTo("A b. C d.\n");
    assertThat(Evaluate.deleteAll("A b.", "It was windy.")).isNull();
  }
}
