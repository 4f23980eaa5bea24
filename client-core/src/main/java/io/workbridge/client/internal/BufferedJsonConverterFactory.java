package io.workbridge.client.internal;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.ByteString;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Wraps a JSON converter so that reading the body (I/O, a transport failure) and parsing it (a malformed
 * body, an invalid response) fail differently: the body is read completely first, and any exception of the
 * parser is rethrown as {@link MalformedBodyException}.
 */
public final class BufferedJsonConverterFactory extends Converter.Factory {
  private final Converter.Factory delegate;

  /** Wraps {@code delegate}. */
  public BufferedJsonConverterFactory(Converter.Factory delegate) {
    this.delegate = delegate;
  }

  @Override
  public @Nullable Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> parser = delegate.responseBodyConverter(type, annotations, retrofit);
    if (parser == null) {
      return null;
    }
    return body -> {
      ByteString bytes;
      try (body) {
        bytes = body.source().readByteString();
      }
      try {
        return parser.convert(ResponseBody.create(bytes, body.contentType()));
      } catch (IOException | RuntimeException unparseable) {
        throw new MalformedBodyException(unparseable);
      }
    };
  }

  @Override
  public @Nullable Converter<?, RequestBody> requestBodyConverter(
      Type type,
      Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations,
      Retrofit retrofit) {
    return delegate.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }

  @Override
  public @Nullable Converter<?, String> stringConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    return delegate.stringConverter(type, annotations, retrofit);
  }

  /** A response body was received completely but could not be parsed into the expected type. */
  public static final class MalformedBodyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedBodyException(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }
}
