package io.claimcheck.nlp;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.postag.POSTaggerME;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class PosTagsTest {

  /** A stand-in tagger that records the windows it is given and tags each word with itself. */
  private static final class RecordingTagger implements Function<String[], String[]> {
    final List<List<String>> calls = new ArrayList<>();

    @Override
    public String[] apply(String[] words) {
      calls.add(List.of(words));
      return words.clone();
    }
  }

  private static String[] numbered(int n) {
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      words[i] = "w" + i;
    }
    return words;
  }

  @Test
  public void shortSentenceIsTaggedWholeOnce() {
    RecordingTagger tagger = new RecordingTagger();
    PosTags tags = new PosTags(numbered(12), tagger);

    assertThat(tags.at(7)).isEqualTo("w7");
    assertThat(tags.at(0)).isEqualTo("w0");
    assertThat(tags.at(11)).isEqualTo("w11");
    assertThat(tagger.calls).hasSize(1);
    assertThat(tagger.calls.get(0)).hasSize(12);
  }

  @Test
  public void longSentenceIsTaggedInChunksWithContext() {
    RecordingTagger tagger = new RecordingTagger();
    PosTags tags = new PosTags(numbered(60), tagger);

    // Token 20 lies in the chunk 16..23: tagged with 5 tokens before it and 2 after.
    assertThat(tags.at(20)).isEqualTo("w20");
    assertThat(tagger.calls).hasSize(1);
    assertThat(tagger.calls.get(0).get(0)).isEqualTo("w11");
    assertThat(tagger.calls.get(0).get(tagger.calls.get(0).size() - 1)).isEqualTo("w25");
    // Tokens of the same chunk come from the first call.
    assertThat(tags.at(16)).isEqualTo("w16");
    assertThat(tags.at(23)).isEqualTo("w23");
    assertThat(tagger.calls).hasSize(1);
    // The next chunk is a second call; the first chunk has no left context to add.
    assertThat(tags.at(24)).isEqualTo("w24");
    assertThat(tags.at(3)).isEqualTo("w3");
    assertThat(tagger.calls).hasSize(3);
    assertThat(tagger.calls.get(2).get(0)).isEqualTo("w0");
    // The last chunk is cut at the sentence end.
    assertThat(tags.at(59)).isEqualTo("w59");
    assertThat(tagger.calls.get(3).get(tagger.calls.get(3).size() - 1)).isEqualTo("w59");
  }

  @Test
  public void chunkTagsMatchWholeSentenceTagsOfTheModel() {
    POSTaggerME tagger = new POSTaggerME(NlpModels.posModel());
    String sentence = "The regional health authority said on Thursday that 1,250 patients had been treated at the"
        + " three field hospitals since the outbreak began , and that another 300 were expected to need beds"
        + " before the end of the month , according to figures released by the ministry .";
    String[] words = sentence.split(" ");
    assertThat(words.length).isGreaterThan(3 * PosTags.CHUNK);
    String[] whole = tagger.tag(words);

    PosTags tags = new PosTags(words, tagger::tag);
    String[] chunked = new String[words.length];
    for (int k = words.length - 1; k >= 0; k--) {
      chunked[k] = tags.at(k);
    }
    assertThat(chunked).asList().containsExactlyElementsIn(whole).inOrder();
  }
}
