package io.claimcheck.reliability;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * What is known of one source: its documents, and how often its statements agreed with the
 * consensus of their fact. Tallies add up ({@link #plus}), so they can be combined per key in any order.
 *
 * @param documents documents analyzed from the source
 * @param stories stories in which at least one of its statements was compared
 * @param compared statements compared with a consensus (one per document and fact with a consensus)
 * @param agreed of those, the ones compatible with the consensus
 */
@DefaultCoder(SourceTallyCoder.class)
public record SourceTally(long documents, long stories, long compared, long agreed) implements Serializable {

  public static final SourceTally EMPTY = new SourceTally(0, 0, 0, 0);

  public SourceTally {
    if (documents < 0 || stories < 0 || compared < 0 || agreed < 0 || agreed > compared) {
      throw new IllegalArgumentException("bad tally " + documents + "/" + stories + "/" + compared + "/" + agreed);
    }
  }

  /** One comparison of one statement with its fact's consensus. */
  public static SourceTally comparison(boolean agrees) {
    return new SourceTally(0, 0, 1, agrees ? 1 : 0);
  }

  /** One document of the source. */
  public static SourceTally document() {
    return new SourceTally(1, 0, 0, 0);
  }

  public SourceTally plus(SourceTally other) {
    return new SourceTally(documents + other.documents, stories + other.stories,
        compared + other.compared, agreed + other.agreed);
  }

  /** The same comparisons, counted as made in one story. */
  public SourceTally inOneStory() {
    return new SourceTally(documents, compared > 0 ? 1 : 0, compared, agreed);
  }

  /** Agreed / compared; NaN when nothing was compared. */
  public double agreementRate() {
    return compared == 0 ? Double.NaN : (double) agreed / compared;
  }

  /** The sum of {@code tallies}. */
  public static SourceTally sum(Iterable<SourceTally> tallies) {
    SourceTally total = EMPTY;
    for (SourceTally t : tallies) {
      total = total.plus(t);
    }
    return total;
  }
}
