package io.claimcheck.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP models, loaded once per JVM from the model jars on the class path. Models are
 * immutable and thread-safe; the {@code *ME} classes that use them are not, so each DoFn builds its
 * own in {@code @Setup} from these shared models.
 */
public final class NlpModels {

  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private NlpModels() {}

  /** The English sentence detection model. */
  public static SentenceModel sentenceModel() {
    return SentenceHolder.MODEL;
  }

  /** The English part-of-speech model (Universal Dependencies tags). */
  public static POSModel posModel() {
    return PosHolder.MODEL;
  }

  // Initialization-on-demand holders: loaded on first use, once, without locking on the hot path.
  private static final class SentenceHolder {
    static final SentenceModel MODEL = load(SENTENCE_MODEL, SentenceModel::new);
  }

  private static final class PosHolder {
    static final POSModel MODEL = load(POS_MODEL, PosModelReader::read);
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static final class PosModelReader {
    static POSModel read(InputStream in) throws IOException {
      return new POSModel(in);
    }
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
    }
  }
}
