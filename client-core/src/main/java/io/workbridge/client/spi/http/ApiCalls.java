package io.workbridge.client.spi.http;

import com.squareup.moshi.JsonDataException;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.TransportException;
import io.workbridge.client.internal.BufferedJsonConverterFactory.MalformedBodyException;
import io.workbridge.client.internal.CallInfo;
import io.workbridge.client.internal.TransportFailures;
import io.workbridge.client.spi.json.JsonFailures;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Executes a Retrofit call and turns every failure into a WorkBridge exception: HTTP errors through the
 * client's {@link ErrorParser}, I/O into {@link TransportException}, bodies that do not fit the model into
 * {@link InvalidResponseException} with the JSON path.
 */
public final class ApiCalls {
  private static final long MAX_ERROR_BODY = 64 * 1024;

  private ApiCalls() {}

  /**
   * Runs the call and returns its body (null only for empty 2xx bodies such as 204).
   *
   * @param <T> the type of the body
   * @param call the Retrofit call to run
   * @param errors the parser of error responses
   * @throws io.workbridge.client.WorkBridgeException for any failure
   * @return the response body, or {@code null} for an empty 2xx body
   */
  public static <T> @Nullable T execute(Call<T> call, ErrorParser errors) {
    return executeForResponse(call, errors).body();
  }

  /**
   * Runs the call and returns the successful response, for callers that need headers.
   *
   * @param <T> the type of the items
   * @param call the Retrofit call to run
   * @param errors the parser of error responses
   * @return the successful response
   */
  public static <T> Response<T> executeForResponse(Call<T> call, ErrorParser errors) {
    String operation = CallInfo.operation(call.request());
    RequestOptions options = call.request().tag(RequestOptions.class);
    if (options != null) {
      options.timeout().ifPresent(t -> call.timeout().timeout(t.toMillis(), TimeUnit.MILLISECONDS));
    }
    Response<T> response;
    try {
      response = call.execute();
    } catch (IOException failure) {
      throw new TransportException(operation, TransportFailures.mayHaveBeenSent(failure), failure);
    } catch (MalformedBodyException malformed) {
      throw invalid(operation, (Exception) malformed.getCause());
    } catch (JsonDataException mismatch) {
      throw invalid(operation, mismatch);
    }
    if (response.isSuccessful()) {
      return response;
    }
    ErrorResponse error =
        new ErrorResponse(
            response.code(), operation, response.headers().toMultimap(), errorBody(response.errorBody()));
    throw errors.toException(errors.parse(error), error);
  }

  /**
   * {@return an {@link InvalidResponseException} naming the JSON path found in a Moshi message}
   *
   * @param operation the operation's name, for messages (e.g. {@code jobs.get})
   * @param cause the underlying failure
   */
  public static InvalidResponseException invalid(String operation, Exception cause) {
    return JsonFailures.toInvalidResponse(operation, cause);
  }

  private static String errorBody(@Nullable ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (body) {
      return body.source().request(MAX_ERROR_BODY)
          ? body.source().getBuffer().snapshot().utf8().substring(0, (int) MAX_ERROR_BODY)
          : body.string();
    } catch (IOException unreadable) {
      return "";
    }
  }
}
