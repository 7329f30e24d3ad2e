package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class StoryFeaturesTest {

  @Test
  public void entitiesAreCapitalizedWordsInsideSentences() {
    StoryFeatures f = StoryFeatures.of(1);
    assertThat(f.entities("The storm hit Port Halvern on Monday. Governor's aide Lena Marsh's office said so."))
        .containsExactly("Port", "Halvern", "Lena", "Marsh").inOrder();
  }

  @Test
  public void featuresDropStopWordsShortWordsAndNumbers() {
    StoryFeatures f = StoryFeatures.of(1);
    assertThat(f.features("The hurricane killed 11 people in Halvern, residents said."))
        .containsExactly("w:hurricane", "w:killed", "w:halvern", "w:residents", "e:halvern");
  }

  @Test
  public void shinglesJoinConsecutiveContentWords() {
    StoryFeatures f = StoryFeatures.of(3);
    assertThat(f.features("hurricane killed residents nearby"))
        .containsExactly("w:hurricane killed residents", "w:killed residents nearby");
  }

  @Test
  public void contentWordsKeepTheirSpelling() {
    assertThat(StoryFeatures.of(1).contentWords("Monster Orla batters Port Halvern"))
        .containsExactly("Monster", "Orla", "batters", "Port", "Halvern").inOrder();
  }
}
