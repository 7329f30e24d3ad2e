package io.claimcheck.detect;

import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimCoder;
import io.claimcheck.model.TopicGroup;
import io.claimcheck.model.TopicGroupCoder;
import io.claimcheck.normalize.NameAliases;
import io.claimcheck.normalize.NameAliasesCoder;
import io.claimcheck.normalize.TopicKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Groups the claims of each story by topic key. Person names are first made canonical per story
 * ({@code Trump}, {@code Donald Trump} and {@code President Trump} become one person), so that
 * claims about the same person from different sources share a key.
 */
public final class GroupClaimsByTopic extends PTransform<PCollection<Claim>, PCollection<TopicGroup>> {

  // Separates story id and topic key in the grouping key; never appears in either.
  private static final String SEPARATOR = "\u001f";

  private GroupClaimsByTopic() {}

  public static GroupClaimsByTopic create() {
    return new GroupClaimsByTopic();
  }

  @Override
  public PCollection<TopicGroup> expand(PCollection<Claim> claims) {
    PCollectionView<Map<String, NameAliases>> aliases =
        claims
            .apply("ListPersonNames", ParDo.of(new PersonNamesFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
            .apply("CountNames", Count.perElement())
            .apply("KeyCountsByStory", ParDo.of(new KeyCountByStoryFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())))
            .apply("GroupNamesByStory", GroupByKey.create())
            .apply("BuildAliases", ParDo.of(new BuildAliasesFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), NameAliasesCoder.of()))
            .apply("AliasesView", View.asMap());

    return claims
        .apply("KeyByStoryAndTopic", ParDo.of(new KeyByTopicFn(aliases)).withSideInputs(aliases))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ClaimCoder.of()))
        .apply("GroupByTopic", GroupByKey.create())
        .apply("ToTopicGroup", ParDo.of(new ToTopicGroupFn()))
        .setCoder(TopicGroupCoder.of());
  }

  static final class PersonNamesFn extends DoFn<Claim, KV<String, String>> {
    @ProcessElement
    public void process(@Element Claim claim, OutputReceiver<KV<String, String>> out) {
      for (String name : TopicKeys.personNames(claim)) {
        out.output(KV.of(claim.storyId(), name));
      }
    }
  }

  static final class KeyCountByStoryFn extends DoFn<KV<KV<String, String>, Long>, KV<String, KV<String, Long>>> {
    @ProcessElement
    public void process(@Element KV<KV<String, String>, Long> count, OutputReceiver<KV<String, KV<String, Long>>> out) {
      out.output(KV.of(count.getKey().getKey(), KV.of(count.getKey().getValue(), count.getValue())));
    }
  }

  static final class BuildAliasesFn extends DoFn<KV<String, Iterable<KV<String, Long>>>, KV<String, NameAliases>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, Long>>> names, OutputReceiver<KV<String, NameAliases>> out) {
      Map<String, Long> mentions = new TreeMap<>();
      names.getValue().forEach(kv -> mentions.merge(kv.getKey(), kv.getValue(), Long::sum));
      out.output(KV.of(names.getKey(), NameAliases.build(mentions)));
    }
  }

  static final class KeyByTopicFn extends DoFn<Claim, KV<String, Claim>> {
    private final PCollectionView<Map<String, NameAliases>> aliasesView;

    KeyByTopicFn(PCollectionView<Map<String, NameAliases>> aliasesView) {
      this.aliasesView = aliasesView;
    }

    @ProcessElement
    public void process(@Element Claim claim, ProcessContext c) {
      NameAliases aliases = c.sideInput(aliasesView).getOrDefault(claim.storyId(), NameAliases.NONE);
      Claim canonical = TopicKeys.canonicalize(claim, aliases);
      c.output(KV.of(canonical.storyId() + SEPARATOR + canonical.topicKey(), canonical));
    }
  }

  static final class ToTopicGroupFn extends DoFn<KV<String, Iterable<Claim>>, TopicGroup> {
    private static final Comparator<Claim> ORDER =
        Comparator.comparing(Claim::docId).thenComparingInt(Claim::start).thenComparingInt(Claim::end)
            .thenComparing(c -> c.value().text())
            // GroupByKey gives no order; break the remaining ties so that every runner sees the
            // same list.
            .thenComparing(Claim::polarity).thenComparingDouble(Claim::certainty)
            .thenComparing(Claim::sentence).thenComparing(Claim::toString);

    @ProcessElement
    public void process(@Element KV<String, Iterable<Claim>> group, OutputReceiver<TopicGroup> out) {
      List<Claim> claims = new ArrayList<>();
      group.getValue().forEach(claims::add);
      claims.sort(ORDER);
      Claim first = claims.get(0);
      out.output(new TopicGroup(first.storyId(), first.topicKey(), claims));
    }
  }
}
