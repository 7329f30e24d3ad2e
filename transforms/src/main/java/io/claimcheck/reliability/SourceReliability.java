package io.claimcheck.reliability;

import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * One source's reliability as estimated over the whole run: one row of {@code sources.csv}.
 *
 * @param source the JSONL {@code source} of its documents, or a document id
 * @param documents documents analyzed from it
 * @param compared its statements compared with a consensus in the last round
 * @param agreed of those, the ones that agreed
 * @param weight the weight of its voice in detection ({@link SourceWeights})
 */
@DefaultCoder(SourceReliabilityCoder.class)
public record SourceReliability(String source, long documents, long compared, long agreed, double weight)
    implements Serializable {

  public SourceReliability {
    Objects.requireNonNull(source, "source");
  }

  /** The row of {@code source} with record {@code tally}, its weight per {@code settings}. */
  public static SourceReliability of(String source, SourceTally tally, ReliabilitySettings settings) {
    return new SourceReliability(source, tally.documents(), tally.compared(), tally.agreed(),
        SourceWeights.weight(tally, settings));
  }

  /** Agreed / compared; NaN when nothing was compared. */
  public double agreementRate() {
    return compared == 0 ? Double.NaN : (double) agreed / compared;
  }
}
