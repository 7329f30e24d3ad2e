package io.claimcheck.detect;

import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.normalize.Lexicon;
import io.claimcheck.normalize.TopicKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges the keys of one count that sources word with different verbs, by the values they agree on.
 *
 * <p>One fact is often told with different verbs: "cutting about 5,400 jobs" ({@code
 * job.count{event=lay off}}) and "5,400 jobs will be lost" ({@code event=lose}); "200 officers
 * searched" and "200 officers joined the search". No lexicon lists every wording, so within one
 * story two count keys that differ only in their event are taken for one fact when a document
 * gives one and another document the other with the same value, one too large to agree by chance
 * (at least {@link #MIN_DISTINCT_COUNT}; exact, or "about" the same number: not "dozens", not
 * "more than 100"), and no document gives both with values that disagree ("12 injured, 5
 * hospitalized" shows two facts). Two events the lexicon names ({@code count-predicates.txt}:
 * killed, injured, evacuated ...) are different facts by design and never merged: the merger
 * only catches verbs the lexicon does not know. A source that then gives another value under
 * either wording ("the loss of 4,500 jobs") contradicts the others, and one that gives the fact in
 * the other wording no longer omits it.
 *
 * <p>The merged claims take the key of the wording the most documents use (ties: the first key in
 * order), so the result does not depend on the order of the claims.
 */
final class CountKeyMerger {

  /** Smaller counts agree by chance too often ("2 dead", "2 arrested"). */
  static final double MIN_DISTINCT_COUNT = 10;

  /** How far a rounded count may stand from the agreed one: "more than 400" for 412. */
  static final double NEAR = 0.25;

  private static final String EVENT = "event";

  /** The events the lexicon names, each a fact of its own. */
  private static final Set<String> NAMED_EVENTS =
      Set.copyOf(Lexicon.synonyms("count-predicates").values());

  private CountKeyMerger() {}

  /** {@code claims} with the keys of merged counts rewritten; the others unchanged. */
  static List<Claim> merge(List<Claim> claims) {
    // The claims of each count key, by family: the key without its event.
    Map<String, Map<String, List<Claim>>> families = new TreeMap<>();
    for (Claim c : claims) {
      if (isEventCount(c)) {
        families.computeIfAbsent(family(c), f -> new TreeMap<>()).computeIfAbsent(c.topicKey(), k -> new ArrayList<>()).add(c);
      }
    }
    Map<String, String> canonical = new TreeMap<>();
    for (Map<String, List<Claim>> keys : families.values()) {
      if (keys.size() > 1) {
        canonical.putAll(mergeFamily(keys));
      }
    }
    if (canonical.isEmpty()) {
      return claims;
    }
    Map<String, Claim> representative = new TreeMap<>();
    for (Claim c : claims) {
      representative.putIfAbsent(c.topicKey(), c);
    }
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      String to = canonical.get(c.topicKey());
      if (to == null || to.equals(c.topicKey())) {
        out.add(c);
        continue;
      }
      Map<String, String> qualifiers = new TreeMap<>(c.qualifiers());
      qualifiers.put(EVENT, representative.get(to).qualifiers().get(EVENT));
      out.add(c.withKey(TopicKeys.key(TopicKeys.prefix(c.topicKey()), qualifiers), c.subject(), qualifiers));
    }
    return out;
  }

  /** Key -> the key it is merged into, for the keys of one family. */
  private static Map<String, String> mergeFamily(Map<String, List<Claim>> keys) {
    List<String> names = new ArrayList<>(keys.keySet());
    Map<String, String> parent = new TreeMap<>();
    names.forEach(k -> parent.put(k, k));
    Map<String, Boolean> named = new TreeMap<>();
    keys.forEach((k, claims) -> named.put(k, NAMED_EVENTS.contains(claims.get(0).qualifiers().get(EVENT))));
    // Candidate pairs come from the distinctive values the keys share (a story of thousands of
    // reports may word one count many ways; comparing every pair of keys claim by claim would not do).
    Map<String, Map<String, Set<String>>> docsByValueAndKey = new TreeMap<>();
    keys.forEach((key, claims) -> claims.stream().filter(c -> distinctive(c.value())).forEach(c ->
        docsByValueAndKey.computeIfAbsent(signature(c.value()), v -> new TreeMap<>())
            .computeIfAbsent(key, k -> new TreeSet<>()).add(c.docId())));
    // The claims and the number of keys of each merged set, by its root: a set is checked whole,
    // so that A ~ B and B ~ C do not join A and C when one document gives both different values.
    Map<String, List<Claim>> mergedClaims = new TreeMap<>();
    Map<String, Map<String, List<ClaimValue>>> valuesByDoc = new TreeMap<>();
    Map<String, Integer> mergedSizes = new TreeMap<>();
    keys.forEach((k, claims) -> {
      mergedClaims.put(k, new ArrayList<>(claims));
      valuesByDoc.put(k, byDocument(claims));
      mergedSizes.put(k, 1);
    });
    // A pair of sets that disagree keeps disagreeing as either grows: tried once.
    Set<String> apart = new HashSet<>();
    for (Map<String, Set<String>> byKey : docsByValueAndKey.values()) {
      List<String> sharing = new ArrayList<>(byKey.keySet());
      for (int i = 0; i < sharing.size(); i++) {
        for (int j = i + 1; j < sharing.size(); j++) {
          String a = root(parent, sharing.get(i));
          String b = root(parent, sharing.get(j));
          // The same documents giving both is no evidence: another document must give the other.
          if (a.equals(b) || byKey.get(sharing.get(i)).equals(byKey.get(sharing.get(j)))
              || named.get(a) && named.get(b) || apart.contains(a + "\n" + b)) {
            continue;
          }
          if (disagree(valuesByDoc.get(a), mergedClaims.get(b))) {
            apart.add(a + "\n" + b);
            continue;
          }
          parent.put(b, a);
          mergedClaims.get(a).addAll(mergedClaims.remove(b));
          valuesByDoc.put(a, byDocument(mergedClaims.get(a)));
          valuesByDoc.remove(b);
          mergedSizes.merge(a, mergedSizes.remove(b), Integer::sum);
          named.put(a, named.get(a) || named.get(b));
        }
      }
    }
    // A wording no other document shares joins a merged set when it only ever gives the set's
    // count roughly ("more than 400 provisional ballots" for 412): it states the fact, not another.
    Map<String, ClaimValue> agreed = new TreeMap<>();
    mergedClaims.forEach((r, claims) -> {
      ClaimValue v = mergedSizes.get(r) > 1 ? agreedValue(claims) : null;
      if (v != null) {
        agreed.put(r, v);
      }
    });
    for (String k : names) {
      if (!parent.get(k).equals(k) || mergedSizes.get(k) > 1 || documents(keys.get(k)) > 1) {
        continue; // already in a merged set, or shared by other documents
      }
      for (Map.Entry<String, ClaimValue> set : agreed.entrySet()) {
        if ((!named.get(k) || !named.get(set.getKey())) && keys.get(k).stream().allMatch(c -> near(c.value(), set.getValue()))
            && !disagree(valuesByDoc.get(set.getKey()), keys.get(k))) {
          parent.put(k, set.getKey());
          break;
        }
      }
    }
    // Each merged set takes the key stated by the most documents.
    Map<String, List<String>> sets = new TreeMap<>();
    names.forEach(k -> sets.computeIfAbsent(root(parent, k), r -> new ArrayList<>()).add(k));
    Map<String, String> result = new TreeMap<>();
    for (List<String> set : sets.values()) {
      if (set.size() < 2) {
        continue;
      }
      String best = set.get(0);
      for (String k : set) {
        if (documents(keys.get(k)) > documents(keys.get(best))) {
          best = k;
        }
      }
      for (String k : set) {
        result.put(k, best);
      }
    }
    return result;
  }

  private static String root(Map<String, String> parent, String key) {
    String r = key;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    for (String k = key; !k.equals(r); ) { // path compression
      String next = parent.get(k);
      parent.put(k, r);
      k = next;
    }
    return r;
  }

  private static Map<String, List<ClaimValue>> byDocument(List<Claim> claims) {
    Map<String, List<ClaimValue>> byDoc = new HashMap<>();
    claims.forEach(c -> byDoc.computeIfAbsent(c.docId(), d -> new ArrayList<>()).add(c.value()));
    return byDoc;
  }

  /** A count's bounds and unit ("about 5,400" twice: one figure; "5,400" and "about 5,400": two). */
  private static String signature(ClaimValue v) {
    return v.low() + ".." + v.high() + " " + v.unit();
  }

  /** Whether some document gives both and no value of one agrees with a value of the other. */
  private static boolean disagree(Map<String, List<ClaimValue>> byDoc, List<Claim> b) {
    for (Claim y : b) {
      List<ClaimValue> values = byDoc.get(y.docId());
      if (values != null && values.stream().noneMatch(v -> ValueComparator.compatible(v, y.value()))) {
        return true;
      }
    }
    return false;
  }

  /** The distinctive count given by the most documents of a merged set, or null. */
  private static ClaimValue agreedValue(List<Claim> claims) {
    Map<String, Set<String>> docsByValue = new TreeMap<>();
    Map<String, ClaimValue> values = new TreeMap<>();
    for (Claim c : claims) {
      if (distinctive(c.value()) && Objects.equals(c.value().low(), c.value().high())) {
        String v = c.value().low() + " " + c.value().unit();
        docsByValue.computeIfAbsent(v, x -> new TreeSet<>()).add(c.docId());
        values.putIfAbsent(v, c.value());
      }
    }
    String best = null;
    for (Map.Entry<String, Set<String>> e : docsByValue.entrySet()) {
      if (best == null || e.getValue().size() > docsByValue.get(best).size()) {
        best = e.getKey();
      }
    }
    return best == null ? null : values.get(best);
  }

  /** Compatible with {@code agreed} and within {@link #NEAR} of it: a rounding, not another figure. */
  private static boolean near(ClaimValue v, ClaimValue agreed) {
    Double bound = v.low() != null ? v.low() : v.high();
    return bound != null && v.unit().equals(agreed.unit()) && ValueComparator.compatible(v, agreed)
        && Math.abs(bound - agreed.low()) <= NEAR * agreed.low();
  }

  /** A count of at least {@link #MIN_DISTINCT_COUNT}, exact or "about" one number. */
  private static boolean distinctive(ClaimValue v) {
    return v.low() != null && v.high() != null && v.low() >= MIN_DISTINCT_COUNT
        && (v.low().equals(v.high()) || v.text().startsWith("~"));
  }

  private static long documents(List<Claim> claims) {
    return claims.stream().map(Claim::docId).distinct().count();
  }

  private static boolean isEventCount(Claim c) {
    return c.kind() == ClaimKind.QUANTITY && c.attribute().equals("count") && c.qualifiers().containsKey(EVENT);
  }

  /** The key without its event: the counts that may be one fact worded with two verbs. */
  private static String family(Claim c) {
    Map<String, String> qualifiers = new TreeMap<>(c.qualifiers());
    qualifiers.remove(EVENT);
    return TopicKeys.key(TopicKeys.prefix(c.topicKey()), qualifiers);
  }
}
