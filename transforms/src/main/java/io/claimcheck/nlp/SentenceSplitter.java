package io.claimcheck.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits a document into sentences: paragraphs (lines) first, then the OpenNLP sentence model
 * within each paragraph. Not thread-safe: make one per thread (per DoFn instance).
 */
public final class SentenceSplitter {

  private final SentenceDetectorME detector;

  public SentenceSplitter() {
    this.detector = new SentenceDetectorME(NlpModels.sentenceModel());
  }

  /** The sentences of {@code text}, with offsets in {@code text}. */
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (lineEnd > lineStart) {
        String line = text.substring(lineStart, lineEnd);
        for (Span span : detector.sentPosDetect(line)) {
          int s = lineStart + span.getStart();
          int e = lineStart + span.getEnd();
          while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
          }
          while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
          }
          if (e > s) {
            out.add(new Sentence(out.size(), s, e, text.substring(s, e)));
          }
        }
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return out;
  }
}
