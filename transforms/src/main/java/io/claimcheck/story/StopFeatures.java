package io.claimcheck.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * The features story clustering leaves out, learned from the documents: those common to the whole
 * input ({@link CommonFeatures}) and an outlet's own ({@link Outlets}; the same rule over one
 * outlet's documents). Pure: {@code AssignStories} runs it per shard of features, {@code
 * ClusterSimulation} over a whole corpus.
 *
 * @param common hashes of the features common to the whole input
 * @param outletOwn {@link Outlets#featureKey}s of the features common in their outlet's documents
 *     and not in the whole input's
 */
public record StopFeatures(List<Long> common, List<Long> outletOwn) {

  /**
   * Counts {@code docs} (read twice: a list or another re-iterable). {@code total} is the number of
   * documents in the input and {@code outletSizes} the number per outlet. Outlets count only in an
   * input large enough for common features ({@link CommonFeatures#isActive}), only outlets large
   * enough for a feature to be their own, and only features in enough documents overall to be
   * common in one outlet: most of the vocabulary is not counted a second time.
   */
  public static StopFeatures count(Iterable<SignedDocument> docs, long total, Map<Long, Long> outletSizes,
      CommonFeatures rule, CommonFeatures outletRule) {
    Map<Long, Integer> counts = new HashMap<>();
    for (SignedDocument doc : docs) {
      for (int i = 0; i < doc.featureCount(); i++) {
        counts.merge(doc.feature(i), 1, Integer::sum);
      }
    }
    List<Long> common = new ArrayList<>();
    counts.forEach((feature, n) -> {
      if (rule.isCommon(n, total)) {
        common.add(feature);
      }
    });
    Map<Long, Map<Long, Integer>> perOutlet = new HashMap<>();
    if (rule.isActive(total)) {
      for (SignedDocument doc : docs) {
        if (doc.outlet() == Outlets.NONE || !outletRule.canBeCommon(outletSizes.getOrDefault(doc.outlet(), 0L))) {
          continue;
        }
        Map<Long, Integer> ofOutlet = perOutlet.computeIfAbsent(doc.outlet(), o -> new HashMap<>());
        for (int i = 0; i < doc.featureCount(); i++) {
          int n = counts.get(doc.feature(i));
          if (n > outletRule.minDocuments() && !rule.isCommon(n, total)) {
            ofOutlet.merge(doc.feature(i), 1, Integer::sum);
          }
        }
      }
    }
    List<Long> outletOwn = new ArrayList<>();
    perOutlet.forEach((outlet, ofOutlet) -> {
      long size = outletSizes.get(outlet);
      ofOutlet.forEach((feature, n) -> {
        if (outletRule.isCommon(n, size)) {
          outletOwn.add(Outlets.featureKey(outlet, feature));
        }
      });
    });
    return new StopFeatures(List.copyOf(common), List.copyOf(outletOwn));
  }

  /**
   * Which features of a document of {@code outlet} to keep, given the keys of all the stop features
   * ({@link #common} and {@link #outletOwn} in one set).
   */
  public static LongPredicate keptOf(Set<Long> stop, long outlet) {
    return outlet == Outlets.NONE
        ? f -> !stop.contains(f)
        : f -> !stop.contains(f) && !stop.contains(Outlets.featureKey(outlet, f));
  }
}
