package io.claimcheck.report;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.Story;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class StoryFormatTest {

  @Test
  public void rowListsDocumentsSizeLabelAndDates() {
    Story story = new Story("story-abc", List.of("a", "b"), "Orla Halvern Marsh", "2025-10-13..2025-10-14");
    assertThat(StoryFormat.HEADER).isEqualTo("story_id,documents,size,label,date_span");
    assertThat(StoryFormat.row(story)).isEqualTo("story-abc,a;b,2,Orla Halvern Marsh,2025-10-13..2025-10-14");
    assertThat(StoryFormat.row(new Story("s", List.of("x,y"), "", ""))).isEqualTo("s,\"x,y\",1,,");
  }
}
