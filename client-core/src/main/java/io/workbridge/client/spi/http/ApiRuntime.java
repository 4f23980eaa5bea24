package io.workbridge.client.spi.http;

import com.squareup.moshi.Moshi;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.Secret;
import io.workbridge.client.internal.ApiCallInterceptor;
import io.workbridge.client.internal.AuthInterceptor;
import io.workbridge.client.internal.BaseUrls;
import io.workbridge.client.internal.BufferedJsonConverterFactory;
import io.workbridge.client.internal.HeadersInterceptor;
import io.workbridge.client.internal.RateLimitInterceptor;
import io.workbridge.client.internal.RedactingLoggingInterceptor;
import io.workbridge.client.internal.RetryBudget;
import io.workbridge.client.internal.RetryInterceptor;
import io.workbridge.client.internal.UserAgent;
import io.workbridge.client.spi.ClientSettings;
import io.workbridge.client.spi.auth.TokenSource;
import io.workbridge.client.spi.json.JsonSupport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * One client's assembled HTTP stack: an OkHttp client with the interceptors in their fixed order —
 * headers → retry → rate limit → auth → redacting log — and a Retrofit on the base URL whose interface
 * methods may return bodies directly. Every attempt therefore takes a rate-limit permit, is signed with a
 * current token, and is logged without secrets.
 *
 * <p>Thread-safe. {@link #close()} releases what the runtime created; a shared OkHttp client given through
 * {@link ClientSettings#sharedHttpClient()} stays the caller's.
 */
public final class ApiRuntime implements AutoCloseable {
  private final OkHttpClient httpClient;
  private final OkHttpClient baseHttpClient;
  private final boolean ownsHttpClient;
  private final Retrofit retrofit;
  private final Moshi moshi;
  private final ErrorParser errors;
  private final HttpUrl baseUrl;

  private ApiRuntime(Builder builder) {
    ClientSettings settings = Objects.requireNonNull(builder.settings, "settings");
    this.baseUrl = BaseUrls.parseBase(settings.baseUrl(), "baseUrl");
    this.ownsHttpClient = settings.sharedHttpClient().isEmpty();
    OkHttpClient root = settings.sharedHttpClient().orElseGet(OkHttpClient::new);
    this.baseHttpClient =
        root.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            .writeTimeout(settings.writeTimeout())
            .callTimeout(settings.callTimeout())
            // Retries are decided by RetryInterceptor alone: OkHttp's own silent retry could repeat a
            // POST that already reached the server.
            .retryOnConnectionFailure(false)
            .build();
    OkHttpClient.Builder withEvents = baseHttpClient.newBuilder();
    settings.eventListenerFactory().ifPresent(withEvents::eventListenerFactory);
    if (ownsHttpClient) {
      Dispatcher dispatcher = baseHttpClient.dispatcher();
      dispatcher.setMaxRequestsPerHost(dispatcher.getMaxRequests());
    }
    Logger log = LoggerFactory.getLogger("io.workbridge.http." + builder.system);
    this.errors = Objects.requireNonNull(builder.errorParser, "errorParser");
    ErrorParser parser = errors;
    OkHttpClient.Builder stack =
        withEvents
            .addInterceptor(
                new HeadersInterceptor(
                    UserAgent.of(builder.system), builder.staticHeaders, builder.idempotencyHeader))
            .addInterceptor(
                new RetryInterceptor(
                    settings.retryPolicy(),
                    new RetryBudget(settings.retryPolicy().budget(), settings.retryPolicy().retryCost()),
                    settings.sleeper(),
                    settings.clock(),
                    () -> ThreadLocalRandom.current().nextDouble(0.75, 1.0),
                    parser::retryAfterFromBody,
                    log))
            .addInterceptor(new RateLimitInterceptor(settings.rateLimiter(), settings.clock()));
    if (builder.tokenSourceFactory != null) {
      TokenSource tokens = builder.tokenSourceFactory.apply(baseHttpClient);
      stack.addInterceptor(new AuthInterceptor(tokens));
    }
    stack.addInterceptor(new ApiCallInterceptor(builder.system, settings.callListener()));
    stack.addInterceptor(new RedactingLoggingInterceptor(log));
    this.httpClient = stack.build();
    this.moshi = builder.moshi != null ? builder.moshi : JsonSupport.moshi();
    this.retrofit =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(httpClient)
            .addCallAdapterFactory(new DirectCallAdapterFactory(errors))
            .addConverterFactory(new BufferedJsonConverterFactory(MoshiConverterFactory.create(moshi)))
            .validateEagerly(true)
            .build();
  }

  /** A view of {@code shared} whose calls carry {@code defaults} unless they carry options of their own. */
  private ApiRuntime(ApiRuntime shared, RequestOptions defaults) {
    this.httpClient = shared.httpClient;
    this.baseHttpClient = shared.baseHttpClient;
    this.ownsHttpClient = false;
    this.moshi = shared.moshi;
    this.errors = shared.errors;
    this.baseUrl = shared.baseUrl;
    okhttp3.Call.Factory calls = request -> shared.httpClient.newCall(withDefaults(request, defaults));
    this.retrofit = shared.retrofit.newBuilder().callFactory(calls).build();
  }

  private static okhttp3.Request withDefaults(okhttp3.Request request, RequestOptions defaults) {
    RequestOptions own = request.tag(RequestOptions.class);
    if (own != null && own != RequestOptions.none()) {
      return request;
    }
    return request.newBuilder().tag(RequestOptions.class, defaults).build();
  }

  /**
   * A runtime sharing this one's connections, threads and credentials whose every call carries {@code
   * defaults} (timeout, idempotency key, headers) unless the call passes options of its own. Closing it closes
   * nothing shared.
   *
   * @param defaults the options for every call
   * @return the view
   */
  public ApiRuntime withDefaultOptions(RequestOptions defaults) {
    return new ApiRuntime(this, Objects.requireNonNull(defaults, "defaults"));
  }

  /**
   * {@return a new builder}
   *
   * @param system the system's short name, used for the logger ({@code io.workbridge.http.<system>}) and
   *     the {@code User-Agent}
   */
  public static Builder builder(String system) {
    return new Builder(system);
  }

  /**
   * A Retrofit implementation of {@code api} on this stack.
   *
   * @param <T> the interface type
   * @param api the Retrofit interface
   * @return this builder
   */
  public <T> T create(Class<T> api) {
    return retrofit.create(api);
  }

  /** {@return the base URL, ending in {@code /}} */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** {@return the Moshi instance the converters use} */
  public Moshi moshi() {
    return moshi;
  }

  /** {@return the client's error parser} */
  public ErrorParser errors() {
    return errors;
  }

  /** {@return the full OkHttp client, interceptors included (for calls Retrofit cannot express)} */
  public OkHttpClient httpClient() {
    return httpClient;
  }

  /**
   * {@return the OkHttp client with timeouts but without interceptors, for token endpoints and pre-signed
   * downloads that must not carry this API's credentials}
   */
  public OkHttpClient plainHttpClient() {
    return baseHttpClient;
  }

  /** Shuts down the dispatcher and connection pool when this runtime created them. */
  @Override
  public void close() {
    if (ownsHttpClient) {
      baseHttpClient.dispatcher().executorService().shutdown();
      baseHttpClient.connectionPool().evictAll();
    }
  }

  /** Builds an {@link ApiRuntime}. */
  public static final class Builder {
    private final String system;
    private @Nullable ClientSettings settings;
    private @Nullable Function<OkHttpClient, TokenSource> tokenSourceFactory;
    private final Map<String, Secret> staticHeaders = new LinkedHashMap<>();
    private @Nullable String idempotencyHeader;
    private @Nullable ErrorParser errorParser;
    private @Nullable Moshi moshi;

    private Builder(String system) {
      this.system = Objects.requireNonNull(system, "system");
    }

    /**
     * The shared client settings (required).
     *
     * @param settings the shared client settings (required)
     * @return this builder
     */
    public Builder settings(ClientSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * How to make the token source, given the plain OkHttp client to post token requests with. Without
     * one, no {@code Authorization} header is sent.
     *
     * @param factory how to make the token source, given the plain OkHttp client to post token requests with
     * @return this builder
     */
    public Builder tokenSource(Function<OkHttpClient, TokenSource> factory) {
      this.tokenSourceFactory = Objects.requireNonNull(factory, "tokenSource");
      return this;
    }

    /**
     * A header sent on every call, whose value is a credential (for example an app key).
     *
     * @param name the header name
     * @param value the credential sent as the header value
     * @return this builder
     */
    public Builder staticHeader(String name, Secret value) {
      staticHeaders.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The header that carries a call's idempotency key, if the API supports one.
     *
     * @param name the header that carries a call's idempotency key, if the API supports one
     * @return this builder
     */
    public Builder idempotencyHeader(String name) {
      this.idempotencyHeader = Objects.requireNonNull(name, "idempotencyHeader");
      return this;
    }

    /**
     * The system's error parser (required).
     *
     * @param parser the system's error parser (required)
     * @return this builder
     */
    public Builder errorParser(ErrorParser parser) {
      this.errorParser = Objects.requireNonNull(parser, "errorParser");
      return this;
    }

    /**
     * The Moshi instance for bodies (default: {@link JsonSupport#moshi()}; build your own from {@link
     * JsonSupport#newMoshiBuilder()} to add adapters).
     *
     * @param moshi the Moshi instance for bodies (default: {@link JsonSupport#moshi()}; build your own from
     *     {@link JsonSupport#newMoshiBuilder()} to add adapters)
     * @return this builder
     */
    public Builder moshi(Moshi moshi) {
      this.moshi = Objects.requireNonNull(moshi, "moshi");
      return this;
    }

    /**
     * Assembles the stack.
     *
     * @return the runtime
     */
    public ApiRuntime build() {
      return new ApiRuntime(this);
    }
  }
}
