package io.claimcheck.detect;

import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.normalize.Lexicon;
import io.claimcheck.normalize.TopicKeys;
import io.claimcheck.normalize.ValueSignatures;
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
 * Merges the keys of one figure that sources word differently, by the values they agree on.
 *
 * <p>One fact is often told in different words, and no lexicon lists every wording. Within one
 * story, two keys of one figure are taken for one fact when a document gives one and another
 * document the other with the same value, one too particular to agree by chance, and no document
 * gives both with values that disagree ("12 injured, 5 hospitalized" shows two facts). A source
 * that then gives another value under either wording contradicts the others, and one that gives
 * the fact in the other wording no longer omits it. Two families of keys may merge:
 *
 * <ul>
 *   <li><b>Counts worded with two verbs</b>: "cutting about 5,400 jobs" ({@code
 *       job.count{event=lay off}}) and "5,400 jobs will be lost" ({@code event=lose}). The keys
 *       differ only in their event; the shared count is exact or "about" one number (not
 *       "dozens", not "more than 100"), of people at least {@link #MIN_DISTINCT_COUNT}, of
 *       anything else at least {@link #MIN_DISTINCT_THING_COUNT} ("three helicopters joined the
 *       search", "three helicopters flew in teams"). Two events the lexicon
 *       names ({@code count-predicates.txt}: killed, injured, evacuated ...) are different facts by
 *       design and never merged. A count no other document words the same way joins a merged set,
 *       or a wording two documents agree on, when it only gives that count roughly ("more than
 *       400" for 412), or, for a particular count of things, when it is a slip near it ("found 241
 *       tusks" for 214: {@link #joinRoundedCounts}). Counts of different nouns (officers,
 *       volunteers) stay apart: they count different people; but a noun the lexicon does not know
 *       as people, with an event that happens to people, counts people when another document
 *       counts people with that event and value ("two climbers are still missing", "leaving two
 *       people missing"), and with any event when that value is particular ("trials involving
 *       31,400 volunteers", "... 31,400 people": {@link #countedAsPeople}).
 *   <li><b>Other figures named by two nouns</b>: "temperatures at the airport reached 41.8C" ({@code
 *       airport.temperature}) and "the city hit 41.8C" ({@code city.temperature}); "shares rose
 *       7.2%" and "the stock gained 7.2%". Amounts, rates, durations, distances and the like of
 *       one attribute, about the same people and scope (their person and scope qualifiers equal; their
 *       products, when both name one, too), whatever their noun and other qualifiers (a length's extents, height,
 *       depth ..., are one attribute with distance here). The shared value is exact; when the
 *       nouns differ it must be particular as its source wrote it ({@link #particular}: 41.8,
 *       7.2%, "31 percent", "$54 million" — not "15 years" or "5 miles", which many facts of one
 *       story share).
 * </ul>
 *
 * <p>The merged claims take the key of the wording the most documents use (ties: the first key in
 * order), so the result does not depend on the order of the claims.
 */
final class QuantityKeyMerger {

  /** Smaller counts of people agree by chance too often ("2 dead", "2 arrested"). */
  static final double MIN_DISTINCT_COUNT = 10;

  /**
   * Counts of one thing other than people agree by chance far less: "three helicopters joined the
   * search" and "three helicopters flew in teams" are one fleet.
   */
  static final double MIN_DISTINCT_THING_COUNT = 3;

  private static final String PERSON = "person";
  private static final String PEOPLE = "people";
  private static final String DISTANCE = "distance";

  private static final String PRODUCT = "product";

  /**
   * The qualifiers two figures must share to be one fact: the people and the scope. The goods must
   * not differ, but one figure may name them and the other not ({@link #clash}).
   */
  private static final Set<String> FAMILY_QUALIFIERS = java.util.stream.Stream.concat(
      TopicKeys.PERSON_QUALIFIERS.stream(), java.util.stream.Stream.of("scope"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Figures of two nouns that agree from two significant digits ("31 percent", "$54 million"). */
  private static final Set<String> LOOSE_ATTRIBUTES = Set.of("rate", "amount");

  /** The extents a length is said to be ({@code lexicon/extent-words.txt}): one family with distances. */
  private static final Set<String> LENGTH_EXTENTS = Set.copyOf(Lexicon.synonyms("extent-words").values());

  /** Things the lexicon counts (homes, jobs, countries; counted-nouns.txt): never people. */
  private static final Set<String> COUNTED_THINGS = Lexicon.synonyms("counted-nouns").values().stream()
      .filter(noun -> !noun.equals(PERSON)).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Events that happen to people: a count with one may count people under another noun. */
  private static final Set<String> PERSON_EVENTS = Set.copyOf(Lexicon.words("person-predicates"));

  /** A count of this many significant digits (31,400; 1,240) is too particular to agree by chance. */
  static final int PARTICULAR_DIGITS = 3;

  /** Rounder figures of two nouns agree by chance too often ("3 years", "30%"). */
  static final int MIN_SIGNIFICANT_DIGITS = 2;

  /** How far a rounded count may stand from the agreed one: "more than 400" for 412. */
  static final double NEAR = 0.25;

  private static final String EVENT = "event";
  private static final String COUNTS = "count:";
  private static final String FIGURES = "figure:";

  /** The events the lexicon names, each a fact of its own. */
  private static final Set<String> NAMED_EVENTS =
      Set.copyOf(Lexicon.synonyms("count-predicates").values());

  private QuantityKeyMerger() {}

  /**
   * {@code claims} with people counted by another noun counted as people ({@link #countedAsPeople}),
   * then the keys of merged quantities rewritten; the others unchanged.
   */
  static List<Claim> merge(List<Claim> claims) {
    return mergeKeys(countedAsPeople(claims));
  }

  /**
   * "Two climbers are still missing" and "leaving two people missing": a count of a noun the
   * lexicon does not know as people ({@code counted-nouns.txt}), with an event that happens to
   * people ({@code person-predicates.txt}), counts people when another document counts people with
   * that event and the same exact value, and no document gives both counts with values that
   * disagree ("4 climbers killed" and "7 people killed" in one report are two facts). With any
   * other event the shared value must be too particular to agree by chance, three significant
   * digits or more: "trials involving 31,400 volunteers" and "trials involving 31,400 people".
   */
  private static List<Claim> countedAsPeople(List<Claim> claims) {
    Map<String, List<Claim>> byKey = new TreeMap<>();
    for (Claim c : claims) {
      String event = c.qualifiers().get(EVENT);
      if (c.kind() == ClaimKind.QUANTITY && c.attribute().equals("count") && event != null) {
        byKey.computeIfAbsent(c.topicKey(), k -> new ArrayList<>()).add(c);
      }
    }
    Map<String, String> asPeople = new TreeMap<>();
    // Per key of people: its values by document and its documents by exact count, built once
    // however many other nouns are counted with its event.
    Map<String, Map<String, List<ClaimValue>>> peopleByDoc = new HashMap<>();
    Map<String, Map<Double, Set<String>>> peopleDocsByCount = new HashMap<>();
    byKey.forEach((key, counted) -> {
      String noun = counted.get(0).subject();
      if (noun.equals(PERSON) || COUNTED_THINGS.contains(noun)) {
        return; // people already, or things the lexicon knows (homes, jobs, countries)
      }
      String peopleKey = TopicKeys.key(PERSON + ".count", counted.get(0).qualifiers());
      List<Claim> people = byKey.get(peopleKey);
      // (Numbers only: "7 people" and "4 divers" are of two nouns, which the comparator leaves apart.)
      if (people == null
          || disagree(peopleByDoc.computeIfAbsent(peopleKey, p -> byDocument(people)), counted, QuantityKeyMerger::overlaps)) {
        return;
      }
      Map<Double, Set<String>> docsByCount = peopleDocsByCount.computeIfAbsent(peopleKey, p -> {
        Map<Double, Set<String>> byCount = new HashMap<>();
        people.stream().filter(c -> exact(c.value()))
            .forEach(c -> byCount.computeIfAbsent(c.value().low(), x -> new HashSet<>()).add(c.docId()));
        return byCount;
      });
      boolean personEvent = PERSON_EVENTS.contains(counted.get(0).qualifiers().get(EVENT));
      boolean shared = counted.stream().anyMatch(c -> exact(c.value())
          && (personEvent || ValueSignatures.significantDigits(c.value().low()) >= PARTICULAR_DIGITS)
          && docsByCount.getOrDefault(c.value().low(), Set.of()).stream().anyMatch(d -> !d.equals(c.docId())));
      if (shared) {
        asPeople.put(key, peopleKey);
      }
    });
    if (asPeople.isEmpty()) {
      return claims;
    }
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      String to = asPeople.get(c.topicKey());
      if (to == null) {
        out.add(c);
        continue;
      }
      ClaimValue v = c.value();
      String suffix = " " + v.unit();
      String number = v.text().endsWith(suffix) ? v.text().substring(0, v.text().length() - suffix.length()) : v.text();
      ClaimValue people = new ClaimValue(v.kind(), number + " " + PEOPLE, v.low(), v.high(), PEOPLE, v.originalUnit());
      out.add(new Claim(c.docId(), c.storyId(), c.kind(), to, PERSON, c.attribute(), c.qualifiers(), people,
          c.polarity(), c.sentence(), c.start(), c.end(), c.certainty(), c.encoding()));
    }
    return out;
  }

  private static boolean overlaps(ClaimValue x, ClaimValue y) {
    double xl = x.low() == null ? Double.NEGATIVE_INFINITY : x.low();
    double xh = x.high() == null ? Double.POSITIVE_INFINITY : x.high();
    double yl = y.low() == null ? Double.NEGATIVE_INFINITY : y.low();
    double yh = y.high() == null ? Double.POSITIVE_INFINITY : y.high();
    return xl <= yh && yl <= xh;
  }

  private static boolean exact(ClaimValue v) {
    return v.low() != null && v.low().equals(v.high()) && !v.text().startsWith("~");
  }

  /** {@code claims} with the keys of merged quantities rewritten; the others unchanged. */
  private static List<Claim> mergeKeys(List<Claim> claims) {
    // The claims of each key, by family: the keys that may be one fact in other words.
    Map<String, Map<String, List<Claim>>> families = new TreeMap<>();
    for (Claim c : claims) {
      String family = family(c);
      if (family != null) {
        families.computeIfAbsent(family, f -> new TreeMap<>()).computeIfAbsent(c.topicKey(), k -> new ArrayList<>()).add(c);
      }
    }
    Map<String, String> canonical = new TreeMap<>();
    families.forEach((family, keys) -> {
      if (keys.size() > 1) {
        canonical.putAll(mergeFamily(keys, family.startsWith(COUNTS)));
      }
    });
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
      // The merged key's noun and hard qualifiers; the claim's own attribution and soft qualifiers.
      Claim into = representative.get(to);
      TreeMap<String, String> qualifiers = new TreeMap<>();
      into.qualifiers().forEach((k, v) -> {
        if (!TopicKeys.SOFT.contains(k) && !TopicKeys.ANNOTATIONS.contains(k)) {
          qualifiers.put(k, v);
        }
      });
      c.qualifiers().forEach((k, v) -> {
        if (TopicKeys.SOFT.contains(k) || TopicKeys.ANNOTATIONS.contains(k)) {
          qualifiers.put(k, v);
        }
      });
      // (The attribute too: a length said to be "long" and one that is not are one family.)
      out.add(new Claim(c.docId(), c.storyId(), c.kind(), TopicKeys.key(TopicKeys.prefix(to), qualifiers), into.subject(),
          into.attribute(), qualifiers, c.value(), c.polarity(), c.sentence(), c.start(), c.end(), c.certainty(),
          c.encoding()));
    }
    return out;
  }

  /** Key -> the key it is merged into, for the keys of one family. */
  private static Map<String, String> mergeFamily(Map<String, List<Claim>> keys, boolean counts) {
    List<String> names = new ArrayList<>(keys.keySet());
    Map<String, String> parent = new TreeMap<>();
    names.forEach(k -> parent.put(k, k));
    Map<String, Boolean> named = new TreeMap<>();
    keys.forEach((k, claims) -> named.put(k, counts && NAMED_EVENTS.contains(claims.get(0).qualifiers().get(EVENT))));
    // Candidate pairs come from the distinctive values the keys share (a story of thousands of
    // reports may word one count many ways; comparing every pair of keys claim by claim would not do).
    Map<String, Map<String, Set<String>>> docsByValueAndKey = new TreeMap<>();
    Map<String, ClaimValue> valueOf = new TreeMap<>();
    keys.forEach((key, claims) -> claims.stream().filter(c -> distinctive(c, counts)).forEach(c -> {
      docsByValueAndKey.computeIfAbsent(signature(c.value(), counts), v -> new TreeMap<>())
          .computeIfAbsent(key, k -> new TreeSet<>()).add(c.docId());
      valueOf.putIfAbsent(signature(c.value(), counts), c.value());
    }));
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
    // The goods of each merged set, if it names any (a key names at most one; no set two).
    Map<String, String> productOf = new HashMap<>();
    keys.forEach((k, claims) -> {
      String product = claims.get(0).qualifiers().get(PRODUCT);
      if (product != null) {
        productOf.put(k, product);
      }
    });
    // A pair of sets that disagree keeps disagreeing as either grows: tried once.
    Set<String> apart = new HashSet<>();
    for (Map.Entry<String, Map<String, Set<String>>> shared : docsByValueAndKey.entrySet()) {
      Map<String, Set<String>> byKey = shared.getValue();
      boolean particular = particular(valueOf.get(shared.getKey()),
          keys.get(byKey.keySet().iterator().next()).get(0).attribute());
      List<String> sharing = new ArrayList<>(byKey.keySet());
      for (int i = 0; i < sharing.size(); i++) {
        for (int j = i + 1; j < sharing.size(); j++) {
          String a = root(parent, sharing.get(i));
          String b = root(parent, sharing.get(j));
          // The same documents giving both is no evidence: another document must give the other.
          if (a.equals(b) || byKey.get(sharing.get(i)).equals(byKey.get(sharing.get(j)))
              || named.get(a) && named.get(b) || apart.contains(pair(a, b))) {
            continue;
          }
          if (!counts && !particular
              && !TopicKeys.prefix(sharing.get(i)).equals(TopicKeys.prefix(sharing.get(j)))) {
            continue; // a round figure of two nouns: may well be two facts
          }
          if (disagree(valuesByDoc.get(a), mergedClaims.get(b)) || clash(productOf.get(a), productOf.get(b))) {
            apart.add(pair(a, b));
            continue;
          }
          // The smaller set joins the larger, its values added to the larger's index: a story of
          // thousands of reports keeps each merge as cheap as the smaller set.
          String into = mergedClaims.get(a).size() >= mergedClaims.get(b).size() ? a : b;
          String from = into.equals(a) ? b : a;
          parent.put(from, into);
          List<Claim> moved = mergedClaims.remove(from);
          mergedClaims.get(into).addAll(moved);
          Map<String, List<ClaimValue>> values = valuesByDoc.get(into);
          moved.forEach(c -> values.computeIfAbsent(c.docId(), d -> new ArrayList<>()).add(c.value()));
          valuesByDoc.remove(from);
          mergedSizes.merge(into, mergedSizes.remove(from), Integer::sum);
          named.put(into, named.get(a) || named.get(b));
          productOf.putIfAbsent(into, productOf.get(from));
        }
      }
    }
    if (counts) {
      joinRoundedCounts(keys, names, parent, named, mergedClaims, valuesByDoc, mergedSizes);
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

  /**
   * A count wording no other document shares joins a merged set, or a wording that two documents or
   * more agree on, when it gives the set's count roughly ("more than 400 provisional ballots" for
   * 412): it states the fact, not another. A count of things joins when its number is near the
   * agreed one, even if it differs ("found 241 tusks" where three reports "seized 214 tusks"): one
   * document telling the story's count in a verb of its own, with a slip in it. Only when both
   * numbers are particular (three significant digits: not "68 goals" and "61 goals", not "8 boats"
   * and "10 boats") and neither verb is one the lexicon names ("won 152 seats" is no slip for
   * "contested 158"). Two sets near enough to take it leave it alone; counts of people, whose verbs
   * tell more facts apart ("12 arrested", "14 charged"), join only when they agree, and so does a
   * count with an event the lexicon names, which includes every event that happens to people ("140
   * protesters were detained").
   */
  private static void joinRoundedCounts(Map<String, List<Claim>> keys, List<String> names, Map<String, String> parent,
      Map<String, Boolean> named, Map<String, List<Claim>> mergedClaims,
      Map<String, Map<String, List<ClaimValue>>> valuesByDoc, Map<String, Integer> mergedSizes) {
    Map<String, ClaimValue> agreed = new TreeMap<>();
    mergedClaims.forEach((r, claims) -> {
      // A merged set's count, or a single wording's that two documents give.
      ClaimValue v = agreedValue(claims, mergedSizes.get(r) > 1 ? 1 : 2);
      if (v != null) {
        agreed.put(r, v);
      }
    });
    for (String k : names) {
      if (!parent.get(k).equals(k) || mergedSizes.get(k) > 1 || documents(keys.get(k)) > 1) {
        continue; // already in a merged set, or shared by other documents
      }
      Claim first = keys.get(k).get(0);
      // (Every event that happens to people is one the lexicon names: person-predicates.txt.)
      boolean things = !first.subject().equals(PERSON) && !named.get(k);
      String into = null;
      int candidates = 0;
      for (Map.Entry<String, ClaimValue> set : agreed.entrySet()) {
        if (set.getKey().equals(k) || named.get(k) && named.get(set.getKey())
            || disagree(valuesByDoc.get(set.getKey()), keys.get(k))) {
          continue;
        }
        if (keys.get(k).stream().allMatch(c -> near(c.value(), set.getValue()))) {
          into = set.getKey(); // a rounding of the agreed count: the first such set, as before
          candidates = 1;
          break;
        }
        if (things && !named.get(set.getKey()) && keys.get(k).stream().allMatch(c -> slip(c, set.getValue()))) {
          into = set.getKey();
          candidates++;
        }
      }
      if (into != null && candidates == 1) {
        parent.put(k, into);
      }
    }
  }

  /**
   * An exact count of the agreed count's unit within {@link #NEAR} of it, both of {@link
   * #PARTICULAR_DIGITS} significant digits, whether or not they agree: "241 tusks" where the others
   * say 214.
   */
  private static boolean slip(Claim c, ClaimValue agreed) {
    ClaimValue v = c.value();
    // Exact: "about 1,500" is a round figure, whatever its interval's bounds.
    return exact(v) && distinctive(c, true) && v.unit().equals(agreed.unit()) && agreed.low() != null && agreed.low() > 0
        && ValueSignatures.significantDigits(v.low()) >= PARTICULAR_DIGITS
        && ValueSignatures.significantDigits(agreed.low()) >= PARTICULAR_DIGITS
        && Math.abs(v.low() - agreed.low()) <= NEAR * agreed.low();
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

  /**
   * What two claims must share to be one value: a count its interval, but "about" a number of two
   * significant digits or more is that number ("about 340 homes" and "340 homes" are one; "about
   * 2,000 workers" is not "2,000 workers", a round figure two facts share by chance); another figure the number as
   * written, so "about $1.2 billion" and "$1.2 billion" are one (an approximator says how the
   * source rounds, not another figure).
   */
  private static String signature(ClaimValue v, boolean counts) {
    if (!counts) {
      double written = written(v);
      if (!Double.isNaN(written)) {
        // In the unit it was written in: "6 miles" and "6 km" are two values.
        String unit = v.originalUnit().isEmpty() ? v.unit() : v.originalUnit();
        return ValueSignatures.rounded(written).toPlainString() + " " + unit;
      }
    } else if (about(v)) {
      // "about 340 homes" shares the exact count's signature: "340 homes".
      List<Double> numbers = ValueSignatures.writtenNumbers(v.text());
      if (!numbers.isEmpty() && ValueSignatures.significantDigits(numbers.get(0)) >= MIN_SIGNIFICANT_DIGITS) {
        String n = ValueSignatures.rounded(numbers.get(0)).toPlainString();
        return n + ".." + n + " " + v.unit();
      }
    }
    return ValueSignatures.rounded(v.low()).toPlainString() + ".." + ValueSignatures.rounded(v.high()).toPlainString()
        + " " + v.unit();
  }

  /**
   * Whether two sets of figures are about different goods: "a 25% tariff on steel" is no "25% tariff
   * on cars"; "invest €4.2 billion in a battery factory" and "the €4.2 billion investment" are one.
   */
  private static boolean clash(String product, String other) {
    return product != null && other != null && !product.equals(other);
  }

  /** A pair of keys, the same whichever comes first. */
  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
  }

  /**
   * Whether a value shared by two nouns' figures is too particular to agree by chance: as written,
   * three significant digits or more (41.8, 1,240) or a fraction (7.2%, 5.3%); two for a rate or an
   * amount ("31 percent", "$54 million"); never a round duration or length ("15 years", "5 miles":
   * a sentence and a term in office, a stretch of road and a distance from town).
   */
  private static boolean particular(ClaimValue v, String attribute) {
    double written = written(v);
    if (Double.isNaN(written)) {
      return false;
    }
    int digits = ValueSignatures.significantDigits(written);
    boolean fraction = written != Math.rint(written);
    return digits >= PARTICULAR_DIGITS || fraction && digits >= MIN_SIGNIFICANT_DIGITS
        || digits >= MIN_SIGNIFICANT_DIGITS && LOOSE_ATTRIBUTES.contains(attribute);
  }

  /**
   * The number a figure was written with, in its original unit: an "about" or "nearly" value is the
   * number of its text, not its interval ("about $1.2 billion" is 1.2 billion).
   */
  private static double written(ClaimValue v) {
    List<Double> numbers = about(v) ? ValueSignatures.writtenNumbers(v.text()) : List.of();
    if (numbers.isEmpty()) {
      return ValueComparator.writtenLow(v);
    }
    double number = numbers.get(0);
    return ValueComparator.writtenLow(new ClaimValue(v.kind(), v.text(), number, number, v.unit(), v.originalUnit()));
  }

  /** Whether a value was given as "about" or "nearly" a number: "~25 minutes", "USD ~1200000000". */
  private static boolean about(ClaimValue v) {
    return v.text().startsWith("~") || v.text().contains(" ~");
  }

  /** Whether some document gives both and no value of one agrees with a value of the other. */
  private static boolean disagree(Map<String, List<ClaimValue>> byDoc, List<Claim> b) {
    return disagree(byDoc, b, ValueComparator::compatible);
  }

  /** Whether some document gives both and no value of one agrees with a value of the other under {@code agree}. */
  private static boolean disagree(Map<String, List<ClaimValue>> byDoc, List<Claim> b,
      java.util.function.BiPredicate<ClaimValue, ClaimValue> agree) {
    for (Claim y : b) {
      List<ClaimValue> values = byDoc.get(y.docId());
      if (values != null && values.stream().noneMatch(v -> agree.test(v, y.value()))) {
        return true;
      }
    }
    return false;
  }

  /** The distinctive count given by the most documents of a set, or null when fewer than {@code minDocuments} give it. */
  private static ClaimValue agreedValue(List<Claim> claims, int minDocuments) {
    Map<String, Set<String>> docsByValue = new TreeMap<>();
    Map<String, ClaimValue> values = new TreeMap<>();
    for (Claim c : claims) {
      if (distinctive(c, true) && Objects.equals(c.value().low(), c.value().high())) {
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
    return best == null || docsByValue.get(best).size() < minDocuments ? null : values.get(best);
  }

  /** Compatible with {@code agreed} and within {@link #NEAR} of it: a rounding, not another figure. */
  private static boolean near(ClaimValue v, ClaimValue agreed) {
    Double bound = v.low() != null ? v.low() : v.high();
    return bound != null && v.unit().equals(agreed.unit()) && ValueComparator.compatible(v, agreed)
        && Math.abs(bound - agreed.low()) <= NEAR * agreed.low();
  }

  /**
   * A value that may show two keys are one fact: a count of people of at least {@link
   * #MIN_DISTINCT_COUNT} (of anything else, {@link #MIN_DISTINCT_THING_COUNT}), exact or "about"
   * one number; another figure not zero, exact or "about" one number.
   */
  private static boolean distinctive(Claim c, boolean count) {
    ClaimValue v = c.value();
    if (v.low() == null || v.high() == null) {
      return false;
    }
    double least = c.subject().equals(PERSON) ? MIN_DISTINCT_COUNT : MIN_DISTINCT_THING_COUNT;
    return count
        ? v.low() >= least && (v.low().equals(v.high()) || v.text().startsWith("~"))
        : v.low() != 0 && (v.low().equals(v.high()) || about(v));
  }

  private static long documents(List<Claim> claims) {
    return claims.stream().map(Claim::docId).distinct().count();
  }

  /**
   * The family of a quantity claim, or null when it merges with none: a count with an event is of
   * the counts of its key without the event; another figure of the figures of its attribute about
   * the same people.
   */
  private static String family(Claim c) {
    if (c.kind() != ClaimKind.QUANTITY) {
      return null;
    }
    Map<String, String> qualifiers = new TreeMap<>(c.qualifiers());
    if (c.attribute().equals("count")) {
      if (!qualifiers.containsKey(EVENT)) {
        return null;
      }
      qualifiers.remove(EVENT);
      return COUNTS + TopicKeys.key(TopicKeys.prefix(c.topicKey()), qualifiers);
    }
    // The people and the scope (the goods are checked set by set: clash).
    qualifiers.keySet().retainAll(FAMILY_QUALIFIERS);
    String attribute = LENGTH_EXTENTS.contains(c.attribute()) ? DISTANCE : c.attribute();
    return FIGURES + TopicKeys.render(attribute, qualifiers);
  }
}
