package io.claimcheck.detect;

import io.claimcheck.model.Claim;
import io.claimcheck.model.TopicGroup;
import io.claimcheck.normalize.NameAliases;
import io.claimcheck.normalize.TopicKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The topic groups of one story, computed in memory from all of its claims: person names are made
 * canonical with the story's {@link NameAliases} (built from how often the story's claims mention
 * each name), figures worded two ways are merged by the values documents agree on
 * ({@link QuantityKeyMerger}: counts with two verbs, figures with two nouns), then the claims
 * are grouped by topic key. Groups come out by topic key, the claims
 * of a group in {@link #CLAIM_ORDER}, so the result does not depend on the order of the input.
 */
public final class StoryTopics {

  /** The order of the claims in a group: by document and offset; the rest only breaks ties. */
  public static final Comparator<Claim> CLAIM_ORDER =
      Comparator.comparing(Claim::docId).thenComparingInt(Claim::start).thenComparingInt(Claim::end)
          .thenComparing(c -> c.value().text())
          // Claims arrive in no particular order; break the remaining ties so that every runner
          // sees the same list.
          .thenComparing(Claim::polarity).thenComparingDouble(Claim::certainty)
          .thenComparing(Claim::sentence).thenComparing(Claim::toString);

  private StoryTopics() {}

  /** The person-name aliases of a story, from its claims. */
  public static NameAliases aliases(Iterable<Claim> storyClaims) {
    Map<String, Long> mentions = new TreeMap<>();
    for (Claim claim : storyClaims) {
      for (String name : TopicKeys.personNames(claim)) {
        mentions.merge(name, 1L, Long::sum);
      }
    }
    return mentions.isEmpty() ? NameAliases.NONE : NameAliases.build(mentions);
  }

  /**
   * The topic groups of {@code storyId}, whose claims are {@code storyClaims} (all with that story
   * id), ordered by topic key.
   */
  public static List<TopicGroup> group(String storyId, List<Claim> storyClaims) {
    NameAliases aliases = aliases(storyClaims);
    List<Claim> canonical = new ArrayList<>(storyClaims.size());
    for (Claim claim : storyClaims) {
      if (!claim.storyId().equals(storyId)) {
        throw new IllegalArgumentException("claim of story " + claim.storyId() + " given for " + storyId);
      }
      canonical.add(TopicKeys.canonicalize(claim, aliases));
    }
    Map<String, List<Claim>> byTopic = new TreeMap<>();
    for (Claim claim : QuantityKeyMerger.merge(canonical)) {
      byTopic.computeIfAbsent(claim.topicKey(), k -> new ArrayList<>()).add(claim);
    }
    List<TopicGroup> groups = new ArrayList<>(byTopic.size());
    byTopic.forEach((topicKey, claims) -> {
      claims.sort(CLAIM_ORDER);
      groups.add(new TopicGroup(storyId, topicKey, claims));
    });
    return groups;
  }
}
