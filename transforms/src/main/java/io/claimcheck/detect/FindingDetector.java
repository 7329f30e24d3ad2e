package io.claimcheck.detect;

import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.DocumentValues;
import io.claimcheck.model.Finding;
import io.claimcheck.model.Finding.Evidence;
import io.claimcheck.model.Finding.FindingType;
import io.claimcheck.model.Finding.ValueSupport;
import io.claimcheck.model.Polarity;
import io.claimcheck.model.TopicGroup;
import io.claimcheck.normalize.TopicKeys;
import io.claimcheck.normalize.ValueSignatures;
import io.claimcheck.reliability.TruthDiscovery;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finds contradictions and omissions among the claims of one topic group.
 *
 * <p><b>Soft qualifiers.</b> A claim that leaves a soft qualifier unsaid (which country a tariff
 * targets) takes the value the other claims of the group give, when they give exactly one; when
 * they give several, it stays apart and its document counts neither as stating nor as omitting any
 * of them. Each resulting partition is one fact.
 *
 * <p><b>Contradiction.</b> The consensus is the value stated by the most documents (ties broken by
 * how many documents are compatible with it; still tied: no consensus, unless the tied values are
 * all compatible with each other, {@code --03-27} and {@code Thursday, --03-27}, which are one
 * reading), each copy group counting as one voice and each voice weighted by its source's
 * reliability when weights are given ({@link TruthDiscovery#consensus}; with all weights 1, the
 * plain majority). A voice of a vaguer value counts for each precise value within it ("more than
 * seven hours" for "7 hours" and for "about 12 hours" alike: the precise voices decide between
 * them), and a document's vague value that its own precise one refines does not count ("hundreds"
 * in a headline over "about 340" in the body). Documents none of whose
 * claims is compatible with the consensus are flagged. Without a consensus, every document in an
 * incompatible pair is flagged. Compatible values ({@code 75} and {@code >75}) are never flagged.
 *
 * <p><b>Omission.</b> A fact stated by at least {@link DetectionSettings#omissionMinSources} documents
 * and at least {@link DetectionSettings#omissionMinShare} of the story is omitted by each other
 * document of the story. Roles are never omitted (see {@link ClaimKind#omissible}).
 *
 * <p><b>Confidence.</b> The extraction certainty of the involved claims times the weight of the
 * evidence: for a contradiction {@code 0.5 + 0.5 * supporting/stating} (0.5 without a consensus), for
 * an omission {@code stating/story size}. A contradiction whose flagged statements were all
 * published before (or after) all supporting ones is probably a figure updated as news came in: the
 * fact says so and the confidence is multiplied by {@link #UPDATE_DISCOUNT}. When the statements cite
 * different authorities ({@code police said}, {@code according to the hospital}), the fact names them.
 */
public final class FindingDetector {

  /** Statements of one fact by one document beyond which its vague ones are not dropped. */
  static final int MAX_CLAIMS_TO_REFINE = 50;

  /** Readings of one fact beyond which vaguer ones are not credited to the precise ones they contain. */
  static final int MAX_READINGS_FOR_SUBSUMPTION = 200;

  /** Confidence factor of a contradiction that looks like a figure updated between reports. */
  static final double UPDATE_DISCOUNT = 0.7;

  private final DetectionSettings settings;

  private long omissionsWithheld;

  public FindingDetector(DetectionSettings settings) {
    this.settings = settings;
  }

  /** Findings of {@code group}, whose story has the documents {@code storyDocIds}. */
  public List<Finding> detect(TopicGroup group, List<String> storyDocIds) {
    return detect(group, storyDocIds, Map.of());
  }

  /**
   * Findings of {@code group} when some documents are syndicated copies: {@code copyOf} maps each
   * copy to its group's representative. A copy group is one voice when choosing the consensus and
   * when counting the sources of an omission; the report still lists every document.
   */
  public List<Finding> detect(TopicGroup group, List<String> storyDocIds, Map<String, String> copyOf) {
    return detect(group, storyDocIds, copyOf, Map.of());
  }

  /**
   * Findings of {@code group} with copies as above and the consensus weighted by source reliability:
   * {@code docWeights} gives the weight of each document's source (1 when absent; see
   * {@link io.claimcheck.reliability.SourceWeights} for the rule and its bounds).
   */
  public List<Finding> detect(TopicGroup group, List<String> storyDocIds, Map<String, String> copyOf,
      Map<String, Double> docWeights) {
    return detect(group, storyDocIds, copyOf, docWeights, doc -> null);
  }

  /**
   * Findings as above, where {@code valuesOf} gives the values each document writes anywhere (null
   * when unknown): a document that writes the value of a fact it was not read to state is not
   * flagged as omitting it (it most likely states the fact in words the extractor does not read:
   * "1,300 firefighters are on the lines" where others say "assigned").
   */
  public List<Finding> detect(TopicGroup group, List<String> storyDocIds, Map<String, String> copyOf,
      Map<String, Double> docWeights, Function<String, DocumentValues> valuesOf) {
    Partitions partitions = partition(group.claims());
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<Map<String, String>, List<Claim>> p : partitions.byQualifiers.entrySet()) {
      Fact fact = new Fact(group.storyId(), group.topicKey(), p.getKey(), p.getValue(), copyOf, docWeights);
      contradictionAcrossClasses(fact).ifPresent(findings::add);
      omission(fact, storyDocIds, partitions.ambiguousDocs, valuesOf).ifPresent(findings::add);
    }
    return findings;
  }

  /**
   * How many (document, fact) pairs were not flagged as an omission because the document writes the
   * fact's value, since construction.
   */
  public long omissionsWithheld() {
    return omissionsWithheld;
  }

  /**
   * One document's statement about a fact, judged against the fact's consensus: what source
   * reliability is estimated from.
   *
   * @param docId the document
   * @param storyId its story
   * @param agrees whether one of its claims is compatible with the consensus
   */
  public record Agreement(String docId, String storyId, boolean agrees) {}

  /**
   * Each document's agreement with the consensus of each fact of {@code group} (each comparability
   * class of a fact, as for contradictions) that has one, under {@code docWeights}. Facts stated by
   * one document, and facts without consensus, give nothing.
   */
  public List<Agreement> agreements(TopicGroup group, Map<String, String> copyOf, Map<String, Double> docWeights) {
    List<Agreement> agreements = new ArrayList<>();
    for (Map.Entry<Map<String, String>, List<Claim>> p : partition(group.claims()).byQualifiers.entrySet()) {
      Map<String, List<Claim>> byClass = new TreeMap<>();
      p.getValue().forEach(c -> byClass.computeIfAbsent(comparabilityClass(c), k -> new ArrayList<>()).add(c));
      for (List<Claim> claims : byClass.values()) {
        Fact fact = new Fact(group.storyId(), group.topicKey(), p.getKey(), claims, copyOf, docWeights);
        if (fact.byDoc.size() < 2) {
          continue;
        }
        Claim consensus = consensus(fact);
        if (consensus == null) {
          continue;
        }
        fact.byDoc.forEach((doc, docClaims) -> agreements.add(
            new Agreement(doc, group.storyId(), docClaims.stream().anyMatch(c -> compatible(c, consensus)))));
      }
    }
    return agreements;
  }

  /**
   * Values that cannot be compared (amounts in different currencies) each get their own consensus:
   * a source's "$4.2bn" is judged against the other dollar figures even when most sources quote
   * euros. The classes' results make one finding.
   */
  private java.util.Optional<Finding> contradictionAcrossClasses(Fact fact) {
    Map<String, List<Claim>> byClass = new TreeMap<>();
    fact.byDoc.values().forEach(claims -> claims.forEach(c ->
        byClass.computeIfAbsent(comparabilityClass(c), k -> new ArrayList<>()).add(c)));
    if (byClass.size() <= 1) {
      return contradiction(fact);
    }
    List<Finding> parts = new ArrayList<>();
    for (List<Claim> claims : byClass.values()) {
      contradiction(new Fact(fact.storyId, fact.groupKey, fact.qualifiers, claims, fact.copyOf, fact.docWeights)).ifPresent(parts::add);
    }
    if (parts.isEmpty()) {
      return java.util.Optional.empty();
    }
    // The class stated by the most documents speaks first; the others add their flagged documents.
    parts.sort(Comparator.comparingInt((Finding f) -> -(f.flaggedSources().size() + f.supportingSources().size())));
    Finding main = parts.get(0);
    Set<String> flagged = new TreeSet<>();
    Set<String> supporting = new TreeSet<>();
    List<Evidence> evidence = new ArrayList<>();
    Set<String> evidenced = new TreeSet<>();
    double confidence = 0;
    for (Finding f : parts) {
      flagged.addAll(f.flaggedSources());
      supporting.addAll(f.supportingSources());
      confidence = Math.max(confidence, f.confidence());
    }
    supporting.removeAll(flagged);
    for (Finding f : parts) {
      for (Evidence e : f.evidence()) {
        if (flagged.contains(e.docId()) && evidenced.add(e.docId())) {
          evidence.add(e);
        }
      }
    }
    for (Finding f : parts) {
      for (Evidence e : f.evidence()) {
        if (evidenced.add(e.docId())) {
          evidence.add(e);
        }
      }
    }
    return java.util.Optional.of(new Finding(main.findingId(), main.storyId(), main.type(), main.topicKey(), main.fact(),
        main.consensusValue(), List.copyOf(flagged), List.copyOf(supporting), values(fact), fact.byDoc.size(),
        main.storySize(), confidence, evidence));
  }

  /** Values in one class can be compared: same dimension, and for money the same currency. */
  private static String comparabilityClass(Claim c) {
    String dimension = ValueComparator.dimensionOf(c.value());
    return dimension.equals("money") ? "money:" + c.value().unit() : dimension;
  }

  private java.util.Optional<Finding> contradiction(Fact fact) {
    if (fact.byDoc.size() < 2) {
      return java.util.Optional.empty();
    }
    Claim consensus = consensus(fact);
    Set<String> flagged = new TreeSet<>();
    Set<String> supporting = new TreeSet<>();
    if (consensus != null) {
      fact.byDoc.forEach((doc, claims) -> {
        boolean agrees = claims.stream().anyMatch(c -> compatible(c, consensus));
        (agrees ? supporting : flagged).add(doc);
      });
    } else {
      fact.byDoc.forEach((doc, claims) -> {
        boolean conflicts = fact.byDoc.entrySet().stream()
            .filter(other -> !other.getKey().equals(doc))
            .anyMatch(other -> claims.stream().anyMatch(c -> other.getValue().stream().noneMatch(o -> compatible(c, o))));
        if (conflicts) {
          flagged.add(doc);
        }
      });
    }
    if (flagged.isEmpty()) {
      return java.util.Optional.empty();
    }
    double share = consensus == null ? 0 : (double) supporting.size() / fact.byDoc.size();
    double confidence = certainty(fact, fact.byDoc.keySet()) * (0.5 + 0.5 * share);
    List<Evidence> evidence = new ArrayList<>();
    Map<String, Claim> flaggedClaims = new TreeMap<>();
    Map<String, Claim> supportingClaims = new TreeMap<>();
    for (String doc : flagged) {
      Claim c = fact.byDoc.get(doc).stream().filter(x -> consensus == null || !compatible(x, consensus)).findFirst()
          .orElse(fact.byDoc.get(doc).get(0));
      flaggedClaims.put(doc, c);
      evidence.add(new Evidence(doc, c.sentence()));
    }
    for (String doc : supporting) {
      Claim c = fact.byDoc.get(doc).stream().filter(x -> compatible(x, consensus)).findFirst().orElseThrow();
      supportingClaims.put(doc, c);
      evidence.add(new Evidence(doc, c.sentence()));
    }
    StringBuilder note = new StringBuilder();
    attributionNote(flaggedClaims, supportingClaims, note);
    if (updateNote(flaggedClaims, supportingClaims, note)) {
      // An earlier figure that later reports revise is news changing, less likely an error.
      confidence *= UPDATE_DISCOUNT;
    }
    return java.util.Optional.of(finding(fact, FindingType.CONTRADICTION, consensus == null ? "" : display(consensus),
        List.copyOf(flagged), List.copyOf(supporting), fact.byDoc.size(), confidence, evidence, note.toString()));
  }

  /** " — attributed to hospital; police" when the involved statements cite different sources. */
  private static void attributionNote(Map<String, Claim> flagged, Map<String, Claim> supporting, StringBuilder note) {
    Set<String> sources = new TreeSet<>();
    for (Claim c : concat(flagged, supporting)) {
      String by = c.qualifiers().get("according_to");
      if (by != null) {
        sources.add(by);
      }
    }
    if (sources.size() >= 2) {
      note.append(" — attributed to ").append(String.join("; ", sources));
    }
  }

  /**
   * " — reports published at different times (…)" when every flagged statement was published
   * before (or after) every supporting one; returns whether it was.
   */
  private static boolean updateNote(Map<String, Claim> flagged, Map<String, Claim> supporting, StringBuilder note) {
    TreeSet<String> flaggedDates = dates(flagged);
    TreeSet<String> supportingDates = dates(supporting);
    boolean allDated = concat(flagged, supporting).stream().allMatch(c -> c.qualifiers().containsKey("published"));
    if (!allDated || flaggedDates.isEmpty() || supportingDates.isEmpty()) {
      return false; // some statement has no publication date: nothing to say
    }
    boolean earlier = flaggedDates.last().compareTo(supportingDates.first()) < 0;
    boolean later = flaggedDates.first().compareTo(supportingDates.last()) > 0;
    if (!earlier && !later) {
      return false;
    }
    note.append(" — reports published at different times (flagged ")
        .append(range(flaggedDates)).append(", others ").append(range(supportingDates)).append(")");
    return true;
  }

  private static TreeSet<String> dates(Map<String, Claim> claims) {
    TreeSet<String> dates = new TreeSet<>();
    claims.values().forEach(c -> {
      String d = c.qualifiers().get("published");
      if (d != null) {
        dates.add(d);
      }
    });
    return dates;
  }

  private static String range(TreeSet<String> dates) {
    return dates.first().equals(dates.last()) ? dates.first() : dates.first() + " to " + dates.last();
  }

  private static List<Claim> concat(Map<String, Claim> a, Map<String, Claim> b) {
    List<Claim> all = new ArrayList<>(a.values());
    all.addAll(b.values());
    return all;
  }

  private java.util.Optional<Finding> omission(Fact fact, List<String> storyDocIds, Set<String> ambiguousDocs,
      Function<String, DocumentValues> valuesOf) {
    if (!fact.kind.omissible()) {
      return java.util.Optional.empty();
    }
    // Counted in voices: a wire text and its syndicated copies are one source.
    int stating = fact.voices(fact.byDoc.keySet());
    int storySize = fact.voices(storyDocIds);
    if (stating < settings.omissionMinSources() || stating < settings.omissionMinShare() * storySize || stating >= storySize) {
      return java.util.Optional.empty();
    }
    List<String> silent = storyDocIds.stream()
        .filter(d -> !fact.byDoc.containsKey(d) && !ambiguousDocs.contains(d))
        .sorted().toList();
    if (silent.isEmpty()) {
      return java.util.Optional.empty();
    }
    Claim consensus = consensus(fact);
    long[] signatures = factSignatures(fact, consensus);
    List<String> flagged = silent.stream().filter(d -> {
      DocumentValues values = valuesOf.apply(d);
      return values == null || !values.mentionsAny(signatures);
    }).toList();
    omissionsWithheld += silent.size() - flagged.size();
    if (flagged.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<String> supporting = fact.byDoc.entrySet().stream()
        .filter(e -> consensus == null || e.getValue().stream().anyMatch(c -> compatible(c, consensus)))
        .map(Map.Entry::getKey).toList();
    List<Evidence> evidence = new ArrayList<>();
    fact.byDoc.forEach((doc, claims) -> evidence.add(new Evidence(doc,
        claims.stream().filter(c -> consensus == null || compatible(c, consensus)).findFirst().orElse(claims.get(0)).sentence())));
    double confidence = certainty(fact, fact.byDoc.keySet()) * stating / storySize;
    return java.util.Optional.of(finding(fact, FindingType.OMISSION, consensus == null ? "" : display(consensus),
        flagged, supporting, storySize, confidence, evidence, ""));
  }

  /** The signatures of the consensus value, or of every reading when there is no consensus. */
  private static long[] factSignatures(Fact fact, Claim consensus) {
    if (consensus != null) {
      return ValueSignatures.ofFact(consensus.value());
    }
    return fact.byDoc.values().stream().flatMap(List::stream)
        .flatMapToLong(c -> java.util.Arrays.stream(ValueSignatures.ofFact(c.value()))).distinct().toArray();
  }

  private Finding finding(Fact fact, FindingType type, String consensusValue, List<String> flagged,
      List<String> supporting, int storySize, double confidence, List<Evidence> evidence, String note) {
    String id = findingId(fact.storyId, type, fact.displayKey);
    double rounded = Math.round(confidence * 100) / 100.0;
    return new Finding(id, fact.storyId, type, fact.displayKey, FactDescriber.describe(fact.first, fact.qualifiers) + note,
        consensusValue, flagged, supporting, values(fact), fact.byDoc.size(), storySize, rounded, evidence);
  }

  /**
   * The reading whose voices weigh most ({@link TruthDiscovery#consensus}: with every source weighing
   * 1, the reading most voices state, ties broken by compatible voices; readings still tied but all
   * compatible with each other are one); null when the top is tied.
   */
  private static Claim consensus(Fact fact) {
    Map<String, Set<String>> docsByReading = new TreeMap<>();
    Map<String, Claim> representative = new TreeMap<>();
    // A reading is a value as shown and its interval: "about 340" and "nearly 340" both show "~340".
    fact.byDoc.forEach((doc, claims) -> claims.forEach(c -> {
      docsByReading.computeIfAbsent(readingKey(c), k -> new TreeSet<>()).add(fact.voice(doc));
      representative.putIfAbsent(readingKey(c), c);
    }));
    // Compatible voices once per reading, not once per comparison of a sort: a group with many
    // readings and documents (a hot key) spent most of its time here.
    // A vaguer reading supports each reading within it ("more than seven hours" supports "7 hours"
    // and "about 12 hours" alike): its voices count for the precise ones, which decide between them.
    // (Bounded: a hot key's many readings are compared pairwise only when few.)
    Map<String, Set<String>> supporters = new TreeMap<>();
    docsByReading.forEach((reading, voices) -> supporters.put(reading, new TreeSet<>(voices)));
    if (docsByReading.size() <= MAX_READINGS_FOR_SUBSUMPTION) {
      for (String precise : docsByReading.keySet()) {
        for (Map.Entry<String, Set<String>> vague : docsByReading.entrySet()) {
          if (!vague.getKey().equals(precise) && representative.get(precise).polarity() == representative.get(vague.getKey()).polarity()
              && ValueComparator.refines(representative.get(precise).value(), representative.get(vague.getKey()).value())) {
            supporters.get(precise).addAll(vague.getValue());
          }
        }
      }
    }
    List<TruthDiscovery.Reading> readings = new ArrayList<>();
    for (Map.Entry<String, Set<String>> r : supporters.entrySet()) {
      Claim rep = representative.get(r.getKey());
      Set<String> compatibleVoices = new TreeSet<>();
      fact.byDoc.forEach((doc, claims) -> {
        if (claims.stream().anyMatch(c -> compatible(c, rep))) {
          compatibleVoices.add(fact.voice(doc));
        }
      });
      readings.add(new TruthDiscovery.Reading(r.getKey(), r.getValue(), compatibleVoices));
    }
    Map<String, Double> voiceWeights =
        TruthDiscovery.voiceWeights(fact.byDoc.keySet(), fact::voice, d -> fact.docWeights.getOrDefault(d, 1.0));
    String chosen = TruthDiscovery.consensus(readings, voiceWeights::get,
        (a, b) -> compatible(representative.get(a), representative.get(b)));
    return chosen == null ? null : representative.get(chosen);
  }

  private static List<ValueSupport> values(Fact fact) {
    Map<String, Set<String>> docsByReading = new TreeMap<>();
    fact.byDoc.forEach((doc, claims) -> claims.forEach(c ->
        docsByReading.computeIfAbsent(display(c), k -> new TreeSet<>()).add(doc)));
    List<ValueSupport> values = new ArrayList<>();
    docsByReading.forEach((value, docs) -> values.add(new ValueSupport(value, List.copyOf(docs))));
    values.sort(Comparator.comparingInt((ValueSupport v) -> -v.docIds().size()).thenComparing(ValueSupport::value));
    return values;
  }

  private static String readingKey(Claim c) {
    return display(c) + "\u0000" + c.value().low() + "," + c.value().high();
  }

  /** How a claim's value is written in the report; negated events read "not …". */
  static String display(Claim c) {
    String text = c.value().text();
    return c.polarity() == Polarity.NEGATIVE && c.kind() != ClaimKind.STANCE ? "not " + text : text;
  }

  static boolean compatible(Claim a, Claim b) {
    return a.polarity() == b.polarity() && ValueComparator.compatible(a.value(), b.value());
  }

  private static double certainty(Fact fact, Set<String> docs) {
    return docs.stream()
        .mapToDouble(d -> fact.byDoc.get(d).stream().mapToDouble(Claim::certainty).max().orElse(0))
        .average().orElse(0);
  }

  static String findingId(String storyId, FindingType type, String displayKey) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((storyId + "\n" + type + "\n" + displayKey).getBytes(StandardCharsets.UTF_8));
      return "F" + HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** Splits a group by its reconciled soft qualifiers. */
  static Partitions partition(List<Claim> claims) {
    Map<String, Set<String>> explicit = new TreeMap<>();
    for (Claim c : claims) {
      c.qualifiers().forEach((k, v) -> {
        if (TopicKeys.SOFT.contains(k)) {
          explicit.computeIfAbsent(k, x -> new TreeSet<>()).add(v);
        }
      });
    }
    Map<Map<String, String>, List<Claim>> byQualifiers = new LinkedHashMap<>();
    Set<String> ambiguousDocs = new TreeSet<>();
    for (Claim c : claims) {
      Map<String, String> resolved = new TreeMap<>(c.qualifiers());
      resolved.keySet().removeAll(TopicKeys.ANNOTATIONS);
      boolean ambiguous = false;
      for (Map.Entry<String, Set<String>> e : explicit.entrySet()) {
        if (!resolved.containsKey(e.getKey())) {
          if (e.getValue().size() == 1) {
            resolved.put(e.getKey(), e.getValue().iterator().next());
          } else {
            ambiguous = true;
          }
        }
      }
      if (ambiguous) {
        ambiguousDocs.add(c.docId());
      }
      byQualifiers.computeIfAbsent(resolved, k -> new ArrayList<>()).add(c);
    }
    return new Partitions(byQualifiers, ambiguousDocs);
  }

  record Partitions(Map<Map<String, String>, List<Claim>> byQualifiers, Set<String> ambiguousDocs) {}

  /** One fact: the claims of a partition, by document. */
  private static final class Fact {
    final String storyId;
    final String groupKey;
    final String displayKey;
    final Map<String, String> qualifiers;
    final ClaimKind kind;
    final Claim first;
    final Map<String, List<Claim>> byDoc = new TreeMap<>();
    final Map<String, String> copyOf;
    final Map<String, Double> docWeights;

    Fact(String storyId, String groupKey, Map<String, String> qualifiers, List<Claim> claims,
        Map<String, String> copyOf, Map<String, Double> docWeights) {
      this.copyOf = copyOf;
      this.docWeights = docWeights;
      this.storyId = storyId;
      this.groupKey = groupKey;
      this.qualifiers = qualifiers;
      this.displayKey = TopicKeys.render(TopicKeys.prefix(groupKey), qualifiers);
      this.first = claims.get(0);
      this.kind = first.kind();
      for (Claim c : claims) {
        byDoc.computeIfAbsent(c.docId(), k -> new ArrayList<>()).add(c);
      }
      // (A document gives a fact a handful of times; a pathological one is left as it is.)
      byDoc.replaceAll((doc, docClaims) -> docClaims.size() < 2 || docClaims.size() > MAX_CLAIMS_TO_REFINE
          ? docClaims : mostPrecise(docClaims));
    }

    /**
     * A document's statements of the fact without those its own more precise ones refine: a headline's
     * "hundreds of homes" says no more than the body's "about 340 homes", and must not vouch for
     * another source's 430.
     */
    private static List<Claim> mostPrecise(List<Claim> claims) {
      List<Claim> kept = new ArrayList<>(claims.size());
      for (Claim c : claims) {
        boolean refined = claims.stream().anyMatch(o -> o != c && o.polarity() == c.polarity()
            && ValueComparator.refines(o.value(), c.value()));
        if (!refined) {
          kept.add(c);
        }
      }
      return kept;
    }

    /** The voice of {@code doc}: its copy group's representative, or itself. */
    String voice(String doc) {
      return copyOf.getOrDefault(doc, doc);
    }

    /** How many voices {@code docs} are. */
    int voices(java.util.Collection<String> docs) {
      return (int) docs.stream().map(this::voice).distinct().count();
    }
  }
}
