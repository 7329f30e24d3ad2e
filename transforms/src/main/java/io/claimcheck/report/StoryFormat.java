package io.claimcheck.report;

import io.claimcheck.model.Story;
import java.util.List;

/** How a {@link Story} is written as a row of {@code stories.csv}. */
public final class StoryFormat {

  /** The header row, without the line end. */
  public static final String HEADER = Csv.record(List.of("story_id", "documents", "size", "label", "date_span"));

  private StoryFormat() {}

  /** The CSV row of {@code story}, without the line end. */
  public static String row(Story story) {
    return Csv.record(List.of(story.storyId(), String.join(";", story.documents()),
        Integer.toString(story.size()), story.label(), story.dateSpan()));
  }

  /** Rows are ordered by story id. */
  public static String sortKey(Story story) {
    return story.storyId();
  }
}
