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

  /**
   * Greedy part-of-speech decoding. The model ships with a beam of 3; tagging is the most expensive
   * step of extraction, and with a beam of 1 it is about three times faster (scripts/bench-extract.sh,
   * BENCHMARKS.md) while the extractors only read coarse tags (noun, verb, adjective) of short spans.
   */
  static final int POS_BEAM_SIZE = 1;

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
    static final POSModel MODEL = load(POS_MODEL, in -> PosModelReader.read(withBeamSize(in, POS_BEAM_SIZE)));
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static final class PosModelReader {
    static POSModel read(InputStream in) throws IOException {
      return new POSModel(in);
    }
  }

  /**
   * The model package (a zip) with {@code BeamSize} in its manifest set to {@code beamSize}: the
   * only way OpenNLP 2.5 offers to choose the decoder's beam for a packaged model.
   */
  static InputStream withBeamSize(InputStream model, int beamSize) throws IOException {
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(model);
        java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(buffer)) {
      for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("manifest.properties")) {
          java.util.Properties manifest = new java.util.Properties();
          manifest.load(new java.io.ByteArrayInputStream(content));
          manifest.setProperty("BeamSize", Integer.toString(beamSize));
          manifest.store(out, null);
        } else {
          out.write(content);
        }
        out.closeEntry();
      }
    }
    return new java.io.ByteArrayInputStream(buffer.toByteArray());
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
