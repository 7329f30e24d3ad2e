package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class StoryLabelsTest {

  @Test
  public void topWordsByFrequencyThenWord() {
    assertThat(StoryLabels.topWords(List.of("Orla", "Marsh", "Halvern", "Orla", "Marsh", "ORLA", "Zed"), 3))
        .isEqualTo("Orla Marsh Halvern");
    assertThat(StoryLabels.topWords(List.of(), 3)).isEmpty();
  }

  @Test
  public void dateSpanOfIsoDatesAndDateTimes() {
    assertThat(StoryLabels.dateSpan(List.of("2025-04-16T08:00:00Z", "", "2025-04-14", "soon"))).isEqualTo("2025-04-14..2025-04-16");
    assertThat(StoryLabels.dateSpan(List.of("", ""))).isEmpty();
  }
}
