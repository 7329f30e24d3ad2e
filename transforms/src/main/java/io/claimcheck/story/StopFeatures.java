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
 *     and not in the whole input's, at least {@link #OUTLET_CONCENTRATION} of whose documents are
 *     that outlet's
 */
public record StopFeatures(List<Long> common, List<Long> outletOwn) {

  /**
   * An outlet's own feature is mostly in its documents: at least this share of all the documents
   * that hold it are the outlet's. Its name and furniture are (other outlets seldom print them); a
   * story's words are not, even in an outlet that gives most of its day to the story (a local paper
   * on its town's flood, a live feed on an election), since other outlets report the story too.
   */
  public static final double OUTLET_CONCENTRATION = 0.5;

  /**
   * Counts {@code docs} (read twice: a list or another re-iterable). {@code total} is the number of
   * documents in the input and {@code outletSizes} the number per outlet. Outlets count only in an
   * input large enough for common features ({@link CommonFeatures#isActive}), only outlets large
   * enough for a feature to be their own, and only features in enough documents overall to be
   * common in one outlet: most of the vocabulary is not counted a second time. A feature common in
   * an outlet's documents is the outlet's own only if they hold {@link #OUTLET_CONCENTRATION} of
   * its documents.
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
        if (outletRule.isCommon(n, size) && n >= OUTLET_CONCENTRATION * counts.get(feature)) {
          outletOwn.add(Outlets.featureKey(outlet, feature));
        }
      });
    });
    return new StopFeatures(List.copyOf(common), List.copyOf(outletOwn));
  }

  /** The features a document is signed on, and whether it lost too many to the stop list. */
  public record Signing(SignedDocument document, boolean mostlyCommon) {

    /**
     * The document with the LSH band keys of its signature; a {@link #mostlyCommon} one's moved
     * apart ({@link #mostlyCommonBands}).
     */
    public SignedDocument banded(MinHash minHash, int bands, int rows) {
      long[] keys = MinHash.bandHashes(document.signature(minHash), bands, rows);
      return document.withBands(mostlyCommon ? mostlyCommonBands(keys) : keys);
    }
  }

  /**
   * The fewest features a document must have to be signed on its common features when it lost too
   * many ({@link #signing}): a full report, not a brief. A brief signed on its common words would
   * link to the briefs of other events of its kind (their shared words are the genre's); a full
   * report of a dominant story shares dozens of that story's words with the story's other reports.
   */
  public static final int MOSTLY_COMMON_MIN_FEATURES = 40;

  /**
   * What {@code doc} is signed on: the features {@link #keptOf} keeps; or, when fewer than {@code
   * minKept} are left (too few to link it: a report of a story so large that its own words are
   * common, more than 5 % of the input) and it has at least {@link #MOSTLY_COMMON_MIN_FEATURES}, all
   * but its outlet's own ({@code mostlyCommon}), in band keys of their own ({@link
   * #mostlyCommonBands}). {@code minKept} 0 turns the second case off.
   */
  public static Signing signing(SignedDocument doc, Set<Long> stop, int minKept) {
    SignedDocument kept = doc.withFeaturesWhere(keptOf(stop, doc.outlet()));
    if (kept.featureCount() >= minKept || doc.featureCount() < MOSTLY_COMMON_MIN_FEATURES) {
      return new Signing(kept, false);
    }
    long outlet = doc.outlet();
    return new Signing(outlet == Outlets.NONE ? doc
        : doc.withFeaturesWhere(f -> !stop.contains(Outlets.featureKey(outlet, f))), true);
  }

  /**
   * The band keys of a {@link Signing#mostlyCommon} document: moved to keys of their own (a fixed
   * salt), so that such documents, signed on common words too, meet only each other in buckets.
   */
  public static long[] mostlyCommonBands(long[] keys) {
    long[] moved = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      moved[i] = keys[i] ^ 0x6A09E667F3BCC909L;
    }
    return moved;
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
