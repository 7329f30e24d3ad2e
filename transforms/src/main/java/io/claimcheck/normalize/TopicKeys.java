package io.claimcheck.normalize;

import io.claimcheck.model.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Builds topic keys: {@code prefix{name=value,...}} with qualifiers sorted by name.
 *
 * <p>Qualifiers come in two strengths. <em>Hard</em> qualifiers (product, person, role, ...) are
 * part of the key: claims that differ in them are different facts. <em>Soft</em> qualifiers
 * ({@link #SOFT}: the country a measure targets, a place, who won by a margin, how an amount per unit is paid) are often left unsaid by one source and
 * said by another, so they stay out of the grouping key and are reconciled per story by the
 * detector: an unsaid soft qualifier takes the value the other sources agree on.
 */
public final class TopicKeys {

  /** Qualifiers that are reconciled per story rather than part of the grouping key. */
  public static final Set<String> SOFT = Set.of("target", "location", "winner", "paid_in");

  /**
   * Qualifiers that describe where a statement comes from, not what it is about: who a figure is
   * attributed to ({@code according_to}) and when the article was published. Two authorities
   * giving different figures for one fact is a finding, so these never split a fact.
   */
  public static final Set<String> ANNOTATIONS = Set.of("according_to", "published");

  /** Qualifiers whose values are person names (made canonical per story). */
  public static final Set<String> PERSON_QUALIFIERS = Set.of("person", "actor", "holder", "persons");

  /**
   * Qualifiers whose names are made canonical against the story's person names without adding to
   * them: a winner may be a party or a team ("labour", "scottish labour"), which must not become
   * aliases of one another.
   */
  public static final Set<String> ALIASED_QUALIFIERS =
      java.util.stream.Stream.concat(PERSON_QUALIFIERS.stream(), java.util.stream.Stream.of("winner"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Joins the names of a qualifier that holds several people ({@code persons}), sorted. */
  public static final String NAME_JOINER = " & ";

  private TopicKeys() {}

  /** The grouping key: {@code prefix} and the hard qualifiers. */
  public static String key(String prefix, Map<String, String> qualifiers) {
    Map<String, String> hard = new TreeMap<>();
    qualifiers.forEach((k, v) -> {
      if (!SOFT.contains(k) && !ANNOTATIONS.contains(k)) {
        hard.put(k, v);
      }
    });
    return render(prefix, hard);
  }

  /** The readable key with every qualifier: {@code tariff.rate{product=car,target=japan}}. */
  public static String render(String prefix, Map<String, String> qualifiers) {
    StringJoiner joiner = new StringJoiner(",", prefix + "{", "}");
    new TreeMap<>(qualifiers).forEach((k, v) -> joiner.add(k + "=" + v));
    return joiner.toString();
  }

  /** The prefix of a key ({@code tariff.rate} of {@code tariff.rate{product=car}}). */
  public static String prefix(String topicKey) {
    int brace = topicKey.indexOf('{');
    return brace < 0 ? topicKey : topicKey.substring(0, brace);
  }

  /** The person names a claim mentions: its person qualifiers. */
  public static List<String> personNames(Claim claim) {
    List<String> names = new ArrayList<>();
    claim.qualifiers().forEach((k, v) -> {
      if (PERSON_QUALIFIERS.contains(k) && !v.isEmpty()) {
        names.addAll(List.of(v.split(NAME_JOINER)));
      }
    });
    return names;
  }

  /** The claim with its person names made canonical and its key rebuilt. */
  public static Claim canonicalize(Claim claim, NameAliases aliases) {
    Map<String, String> qualifiers = new TreeMap<>(claim.qualifiers());
    boolean changed = false;
    for (Map.Entry<String, String> e : qualifiers.entrySet()) {
      if (ALIASED_QUALIFIERS.contains(e.getKey())) {
        String canonical = canonicalNames(e.getValue(), aliases);
        if (!canonical.equals(e.getValue())) {
          e.setValue(canonical);
          changed = true;
        }
      }
    }
    if (!changed) {
      return claim;
    }
    String subject = canonicalNames(claim.subject(), aliases);
    return claim.withKey(key(prefix(claim.topicKey()), qualifiers), subject, qualifiers);
  }

  /** Each name of a (possibly {@link #NAME_JOINER}-joined) list made canonical, sorted, distinct. */
  private static String canonicalNames(String value, NameAliases aliases) {
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    for (String name : value.split(NAME_JOINER)) {
      names.add(aliases.canonical(name));
    }
    return String.join(NAME_JOINER, names);
  }
}
