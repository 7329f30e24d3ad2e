package io.claimcheck.model;

import static io.claimcheck.model.CoderIo.readString;
import static io.claimcheck.model.CoderIo.writeRequiredString;
import static io.claimcheck.model.CoderIo.writeString;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/** Coder of {@link Article}: its nine strings in component order. */
public final class ArticleCoder extends ModelCoder<Article> {
  private static final ArticleCoder INSTANCE = new ArticleCoder();

  private ArticleCoder() {}

  public static ArticleCoder of() {
    return INSTANCE;
  }

  /** How {@code @DefaultCoder} on {@link Article} finds this coder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(Article.class), INSTANCE);
  }

  @Override
  public void encode(Article a, OutputStream out) throws IOException {
    writeRequiredString(a.docId(), out);
    writeString(a.input(), out);
    writeString(a.text(), out);
    writeString(a.source(), out);
    writeString(a.title(), out);
    writeString(a.published(), out);
    writeString(a.url(), out);
    writeString(a.encoding(), out);
    writeString(a.storyId(), out);
  }

  @Override
  public Article decode(InputStream in) throws IOException {
    return new Article(readString(in), readString(in), readString(in), readString(in), readString(in),
        readString(in), readString(in), readString(in), readString(in));
  }
}
