package io.claimcheck.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * All claims of one story that share a topic key, sorted by document id and offset.
 *
 * @param storyId the story
 * @param topicKey the shared topic key
 * @param claims the claims, in deterministic order
 */
@DefaultCoder(TopicGroupCoder.class)
public record TopicGroup(String storyId, String topicKey, List<Claim> claims) implements Serializable {
  public TopicGroup {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(topicKey, "topicKey");
    claims = List.copyOf(claims);
  }
}
