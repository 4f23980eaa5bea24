package io.workbridge.client.spi.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;

/**
 * Lets Retrofit interface methods return their body type directly ({@code JobPage list(...)}): the call is
 * executed synchronously through {@link ApiCalls}, so failures arrive as WorkBridge exceptions. Methods
 * returning {@code Call<T>} are left to Retrofit's default adapter.
 */
final class DirectCallAdapterFactory extends CallAdapter.Factory {
  private final ErrorParser errors;

  DirectCallAdapterFactory(ErrorParser errors) {
    this.errors = errors;
  }

  @Override
  public @Nullable CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) == Call.class) {
      return null;
    }
    return new CallAdapter<Object, @Nullable Object>() {
      @Override
      public Type responseType() {
        return returnType;
      }

      @Override
      public @Nullable Object adapt(Call<Object> call) {
        return ApiCalls.execute(call, errors);
      }
    };
  }
}
