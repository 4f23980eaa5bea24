package io.workbridge.testkit.oauth;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.Principal;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A simulated OAuth 2.0 authorization server: the token endpoint and bearer-token validation.
 *
 * <p>Supports the client-credentials grant (form client authentication, as ServiceTitan and the leads
 * vendor), the password grant with HTTP Basic client authentication and the refresh-token grant (as
 * ServiceChannel). Tokens are opaque random strings that expire by the injected {@link Clock}. Answers
 * follow RFC 6749 §5.2: {@code 401 invalid_client} for a wrong client secret or a missing/forbidden client
 * authentication, {@code 400 invalid_grant} for wrong user credentials or a bad refresh token, {@code 400
 * unsupported_grant_type}, {@code 400 invalid_request}. Optionally an unregistered client id is answered
 * with a {@code 302} to a login page (ServiceChannel) and token calls are limited per subject (user, or
 * client for client credentials) with a {@code 429}.
 *
 * <p>Install it on a simulator with {@code ApiSimulator.builder().oauth(server)}; the simulator then
 * serves {@code POST tokenPath} and requires a valid bearer token on every other route not declared
 * public. All methods are thread-safe.
 */
public final class OAuthServer {

  private record Client(String secret, Map<String, String> attributes) {
    @Override
    public String toString() {
      return "Client" + attributes;
    }
  }

  private record User(String password, Map<String, String> attributes) {
    @Override
    public String toString() {
      return "User" + attributes;
    }
  }

  private record Token(
      String clientId, @Nullable String username, Instant expiresAt) {}

  private final Clock clock;
  private final String tokenPath;
  private final Duration accessTokenLifetime;
  private final Duration refreshTokenLifetime;
  private final Set<GrantType> grants;
  private final Set<ClientAuthentication> clientAuthentications;
  private final String tokenType;
  private final @Nullable String unregisteredClientRedirect;
  private final int tokenCallLimit;
  private final Duration tokenCallWindow;
  private final SimResponse tokenCallRejection;
  private final boolean rotateRefreshTokens;
  private final boolean acceptBareTokens;
  private final String tokenPrefix;

  private final Map<String, Client> clients = new ConcurrentHashMap<>();
  private final Map<String, User> users = new ConcurrentHashMap<>();
  private final Map<String, Token> accessTokens = new ConcurrentHashMap<>();
  private final Map<String, Token> refreshTokens = new ConcurrentHashMap<>();
  private final Map<String, Deque<Instant>> tokenCallsBySubject = new HashMap<>();
  private final AtomicLong tokenRequests = new AtomicLong();
  private final AtomicLong accessTokensIssued = new AtomicLong();
  private final Map<String, AtomicLong> tokenRequestsByClient = new ConcurrentHashMap<>();
  private final Map<GrantType, AtomicLong> tokenRequestsByGrant = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  private OAuthServer(Builder builder) {
    this.clock = builder.clock;
    this.tokenPath = builder.tokenPath;
    this.accessTokenLifetime = builder.accessTokenLifetime;
    this.refreshTokenLifetime = builder.refreshTokenLifetime;
    this.grants = EnumSet.copyOf(builder.grants);
    this.clientAuthentications = EnumSet.copyOf(builder.clientAuthentications);
    this.tokenType = builder.tokenType;
    this.unregisteredClientRedirect = builder.unregisteredClientRedirect;
    this.tokenCallLimit = builder.tokenCallLimit;
    this.tokenCallWindow = builder.tokenCallWindow;
    this.tokenCallRejection = builder.tokenCallRejection;
    this.rotateRefreshTokens = builder.rotateRefreshTokens;
    this.acceptBareTokens = builder.acceptBareTokens;
    this.tokenPrefix = builder.tokenPrefix;
  }

  /**
   * Starts a builder. Defaults: system UTC clock, path {@code /oauth/token}, client-credentials grant with
   * form client authentication, access tokens for 1 hour, refresh tokens for 30 days, token type
   * {@code Bearer}, unregistered clients answered {@code 401 invalid_client}, no token-call limit.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Registers an OAuth client.
   *
   * @param clientId the client id
   * @param clientSecret the client secret
   * @return this server
   */
  public OAuthServer registerClient(String clientId, String clientSecret) {
    return registerClient(clientId, clientSecret, Map.of());
  }

  /**
   * Registers an OAuth client with attributes that end up in the {@link Principal} of its tokens (e.g.
   * {@code "tenant" -> "1234"}), for rate-limit keys and tenant checks.
   *
   * @param clientId the client id
   * @param clientSecret the client secret
   * @param attributes the attributes
   * @return this server
   */
  public OAuthServer registerClient(
      String clientId, String clientSecret, Map<String, String> attributes) {
    clients.put(clientId, new Client(clientSecret, Map.copyOf(attributes)));
    return this;
  }

  /**
   * Registers a user for the password grant.
   *
   * @param username the user name
   * @param password the password
   * @return this server
   */
  public OAuthServer registerUser(String username, String password) {
    return registerUser(username, password, Map.of());
  }

  /**
   * Registers a user for the password grant, with attributes (e.g. {@code "company" -> "2000090505"})
   * that end up in the {@link Principal} of the user's tokens.
   *
   * @param username the user name
   * @param password the password
   * @param attributes the attributes
   * @return this server
   */
  public OAuthServer registerUser(String username, String password, Map<String, String> attributes) {
    users.put(username, new User(password, Map.copyOf(attributes)));
    return this;
  }

  /**
   * The path of the token endpoint, e.g. {@code /connect/token}.
   *
   * @return the path
   */
  public String tokenPath() {
    return tokenPath;
  }

  /**
   * The clock tokens expire by.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Answers a request to the token endpoint.
   *
   * @param request the request
   * @return the response: a token, an OAuth error, a 302 or a 429
   */
  public SimResponse handleTokenRequest(SimRequest request) {
    tokenRequests.incrementAndGet();
    String contentType = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (!contentType.startsWith("application/x-www-form-urlencoded")) {
      return oauthError(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded");
    }
    Map<String, String> form = request.formParams();
    Optional<String[]> basic = basicCredentials(request);
    String clientId;
    String clientSecret;
    if (basic.isPresent()) {
      if (!clientAuthentications.contains(ClientAuthentication.BASIC)) {
        return invalidClient("HTTP Basic client authentication is not supported");
      }
      clientId = basic.get()[0];
      clientSecret = basic.get()[1];
    } else if (form.containsKey("client_id")) {
      clientId = form.get("client_id");
      clientSecret = form.getOrDefault("client_secret", "");
      if (!clientAuthentications.contains(ClientAuthentication.FORM)) {
        countForClient(clientId);
        return invalidClient("Client credentials must be sent with HTTP Basic authentication");
      }
    } else {
      return invalidClient("Client authentication is missing");
    }
    countForClient(clientId);
    Client client = clients.get(clientId);
    if (client == null) {
      if (unregisteredClientRedirect != null) {
        return SimResponse.text(
                302,
                "text/html; charset=utf-8",
                "<html><body>Object moved to <a href=\"" + unregisteredClientRedirect + "\">here</a>.</body></html>")
            .withHeader("Location", unregisteredClientRedirect);
      }
      return invalidClient("Unknown client");
    }
    if (!constantTimeEquals(client.secret(), clientSecret)) {
      return invalidClient("Client authentication failed");
    }
    String grantName = form.get("grant_type");
    if (grantName == null || grantName.isEmpty()) {
      return oauthError(400, "invalid_request", "grant_type is required");
    }
    Optional<GrantType> grant =
        grants.stream().filter(g -> g.wireName().equals(grantName)).findFirst();
    if (grant.isEmpty()) {
      return oauthError(400, "unsupported_grant_type", "Grant type '" + grantName + "' is not supported");
    }
    tokenRequestsByGrant.computeIfAbsent(grant.get(), g -> new AtomicLong()).incrementAndGet();
    switch (grant.get()) {
      case CLIENT_CREDENTIALS:
        return limited(clientId).orElseGet(() -> tokenResponse(clientId, null, false));
      case PASSWORD:
        return passwordGrant(clientId, form);
      case REFRESH_TOKEN:
        return refreshGrant(clientId, form);
      default:
        throw new IllegalStateException("Unhandled grant " + grant.get());
    }
  }

  private SimResponse passwordGrant(String clientId, Map<String, String> form) {
    String username = form.get("username");
    String password = form.get("password");
    if (username == null || password == null) {
      return oauthError(400, "invalid_request", "username and password are required");
    }
    Optional<SimResponse> rejected = limited(username);
    if (rejected.isPresent()) {
      return rejected.get();
    }
    User user = users.get(username);
    if (user == null || !constantTimeEquals(user.password(), password)) {
      return oauthError(400, "invalid_grant", "The user name or password is incorrect");
    }
    return tokenResponse(clientId, username, true);
  }

  private SimResponse refreshGrant(String clientId, Map<String, String> form) {
    String refreshToken = form.get("refresh_token");
    if (refreshToken == null || refreshToken.isEmpty()) {
      return oauthError(400, "invalid_request", "refresh_token is required");
    }
    Token token = refreshTokens.get(refreshToken);
    if (token == null || !token.clientId().equals(clientId)) {
      return oauthError(400, "invalid_grant", "The refresh token is invalid");
    }
    Optional<SimResponse> rejected = limited(token.username() == null ? clientId : token.username());
    if (rejected.isPresent()) {
      return rejected.get();
    }
    if (!clock.instant().isBefore(token.expiresAt())) {
      refreshTokens.remove(refreshToken);
      return oauthError(400, "invalid_grant", "The refresh token has expired");
    }
    if (rotateRefreshTokens) {
      refreshTokens.remove(refreshToken);
      return tokenResponse(clientId, token.username(), true);
    }
    Map<String, @Nullable Object> body = issue(clientId, token.username());
    body.put("refresh_token", refreshToken);
    return tokenJson(body);
  }

  private SimResponse tokenResponse(String clientId, @Nullable String username, boolean withRefresh) {
    Map<String, @Nullable Object> body = issue(clientId, username);
    if (withRefresh) {
      String refresh = newToken("rt");
      refreshTokens.put(
          refresh, new Token(clientId, username, clock.instant().plus(refreshTokenLifetime)));
      body.put("refresh_token", refresh);
    }
    return tokenJson(body);
  }

  private Map<String, @Nullable Object> issue(String clientId, @Nullable String username) {
    String access = issueAccessToken(clientId, username);
    return Json.obj(
        "access_token", access,
        "token_type", tokenType,
        "expires_in", accessTokenLifetime.toSeconds());
  }

  private static SimResponse tokenJson(Map<String, @Nullable Object> body) {
    return SimResponse.json(200, body)
        .withHeader("Cache-Control", "no-store")
        .withHeader("Pragma", "no-cache");
  }

  /**
   * Issues an access token directly, without a token request (not counted as one): for tests that call
   * the API by hand.
   *
   * @param clientId a registered client id
   * @param username a registered user, or null
   * @return the access token
   */
  public String issueAccessToken(String clientId, @Nullable String username) {
    if (!clients.containsKey(clientId)) {
      throw new IllegalArgumentException("Client is not registered: " + clientId);
    }
    String access = newToken("at");
    accessTokens.put(access, new Token(clientId, username, clock.instant().plus(accessTokenLifetime)));
    accessTokensIssued.incrementAndGet();
    return access;
  }

  /**
   * Validates the bearer token of an API request.
   *
   * @param request the request
   * @return the principal the token was issued to
   * @throws ApiError with status 401 when the token is missing, unknown, revoked or expired
   */
  public Principal authenticate(SimRequest request) {
    String header = request.header("Authorization").orElse("").trim();
    String token;
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = header.substring(7).trim();
    } else if (acceptBareTokens && !header.isEmpty() && !header.contains(" ")) {
      token = header;
    } else {
      throw unauthorized("invalid_request", "A bearer token is required");
    }
    Token found = accessTokens.get(token);
    if (found == null) {
      throw unauthorized("invalid_token", "The access token is invalid");
    }
    if (!clock.instant().isBefore(found.expiresAt())) {
      throw unauthorized("invalid_token", "The access token has expired");
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    Client client = clients.get(found.clientId());
    if (client != null) {
      attributes.putAll(client.attributes());
    }
    if (found.username() != null) {
      User user = users.get(found.username());
      if (user != null) {
        attributes.putAll(user.attributes());
      }
    }
    return new Principal(found.clientId(), Optional.ofNullable(found.username()), attributes);
  }

  /**
   * Revokes one access or refresh token.
   *
   * @param token the access token to revoke
   */
  public void revoke(String token) {
    accessTokens.remove(token);
    refreshTokens.remove(token);
  }

  /** Revokes every access and refresh token issued so far. */
  public void revokeAll() {
    accessTokens.clear();
    refreshTokens.clear();
  }

  /** Makes every access token issued so far expire now (refresh tokens stay valid). */
  public void expireAccessTokens() {
    Instant now = clock.instant();
    accessTokens.replaceAll((k, t) -> new Token(t.clientId(), t.username(), now));
  }

  /** Makes every refresh token issued so far expire now. */
  public void expireRefreshTokens() {
    Instant now = clock.instant();
    refreshTokens.replaceAll((k, t) -> new Token(t.clientId(), t.username(), now));
  }

  /**
   * How many requests reached the token endpoint, successful or not.
   *
   * @return the count
   */
  public long tokenRequestCount() {
    return tokenRequests.get();
  }

  /**
   * How many token requests named the given client id, successful or not.
   *
   * @param clientId the client id
   * @return the count
   */
  public long tokenRequestCount(String clientId) {
    AtomicLong count = tokenRequestsByClient.get(clientId);
    return count == null ? 0 : count.get();
  }

  /**
   * How many token requests from an authenticated client used the given grant.
   *
   * @param grant the grant
   * @return the count
   */
  public long tokenRequestCount(GrantType grant) {
    AtomicLong count = tokenRequestsByGrant.get(grant);
    return count == null ? 0 : count.get();
  }

  /**
   * How many access tokens were issued (by the endpoint or {@link #issueAccessToken}).
   *
   * @return the count
   */
  public long accessTokensIssued() {
    return accessTokensIssued.get();
  }

  /**
   * The access tokens currently valid (not expired, not revoked).
   *
   * @return a snapshot
   */
  public List<String> validAccessTokens() {
    Instant now = clock.instant();
    return accessTokens.entrySet().stream()
        .filter(e -> now.isBefore(e.getValue().expiresAt()))
        .map(Map.Entry::getKey)
        .toList();
  }

  private Optional<SimResponse> limited(String subject) {
    if (tokenCallLimit <= 0) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    synchronized (tokenCallsBySubject) {
      Deque<Instant> calls = tokenCallsBySubject.computeIfAbsent(subject, s -> new ArrayDeque<>());
      while (!calls.isEmpty() && !calls.peekFirst().plus(tokenCallWindow).isAfter(now)) {
        calls.pollFirst();
      }
      if (calls.size() >= tokenCallLimit) {
        Duration wait = Duration.between(now, calls.peekFirst().plus(tokenCallWindow));
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        SimResponse rejection = tokenCallRejection;
        if (rejection.header("Retry-After").isEmpty()) {
          rejection = rejection.withHeader("Retry-After", Long.toString(seconds));
        }
        return Optional.of(rejection);
      }
      calls.addLast(now);
    }
    return Optional.empty();
  }

  private void countForClient(String clientId) {
    tokenRequestsByClient.computeIfAbsent(clientId, c -> new AtomicLong()).incrementAndGet();
  }

  private SimResponse invalidClient(String description) {
    SimResponse response = oauthError(401, "invalid_client", description);
    return clientAuthentications.contains(ClientAuthentication.BASIC)
        ? response.withHeader("WWW-Authenticate", "Basic realm=\"oauth\"")
        : response;
  }

  private static SimResponse oauthError(int status, String error, String description) {
    return SimResponse.json(status, Json.obj("error", error, "error_description", description))
        .withHeader("Cache-Control", "no-store");
  }

  private static ApiError unauthorized(String error, String description) {
    return new ApiError(401, error, description)
        .withHeader("WWW-Authenticate", "Bearer error=\"" + error + "\"");
  }

  private static Optional<String[]> basicCredentials(SimRequest request) {
    String header = request.header("Authorization").orElse("").trim();
    if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.of(new String[] {"", ""});
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.of(new String[] {decoded, ""});
    }
    return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
  }

  private static boolean constantTimeEquals(String expected, String actual) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }

  private String newToken(String kind) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return tokenPrefix + kind + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String toString() {
    return "OAuthServer{path=" + tokenPath + ", grants=" + grants + "}";
  }

  /** Builds an {@link OAuthServer}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private String tokenPath = "/oauth/token";
    private Duration accessTokenLifetime = Duration.ofHours(1);
    private Duration refreshTokenLifetime = Duration.ofDays(30);
    private Set<GrantType> grants = EnumSet.of(GrantType.CLIENT_CREDENTIALS);
    private Set<ClientAuthentication> clientAuthentications = EnumSet.of(ClientAuthentication.FORM);
    private String tokenType = "Bearer";
    private @Nullable String unregisteredClientRedirect;
    private int tokenCallLimit;
    private Duration tokenCallWindow = Duration.ofSeconds(5);
    private SimResponse tokenCallRejection =
        SimResponse.json(429, Json.obj("error", "too_many_requests", "error_description", "Token call limit exceeded"));
    private boolean rotateRefreshTokens;
    private boolean acceptBareTokens;
    private String tokenPrefix = "";

    private Builder() {}

    /**
     * The clock tokens expire by; share it with the simulator and the client under test.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * The token endpoint's path, e.g. {@code /connect/token} (ServiceTitan) or {@code /oauth/token}.
     *
     * @param value the path
     * @return this builder
     */
    public Builder tokenPath(String value) {
      this.tokenPath = value;
      return this;
    }

    /**
     * How long access tokens live ({@code expires_in}).
     *
     * @param value the lifetime
     * @return this builder
     */
    public Builder accessTokenLifetime(Duration value) {
      this.accessTokenLifetime = value;
      return this;
    }

    /**
     * How long refresh tokens live.
     *
     * @param value the lifetime
     * @return this builder
     */
    public Builder refreshTokenLifetime(Duration value) {
      this.refreshTokenLifetime = value;
      return this;
    }

    /**
     * The grants accepted; others get {@code 400 unsupported_grant_type}.
     *
     * @param first a grant
     * @param more more grants
     * @return this builder
     */
    public Builder grants(GrantType first, GrantType... more) {
      this.grants = EnumSet.of(first, more);
      return this;
    }

    /**
     * The client authentication methods accepted; others get {@code 401 invalid_client}.
     *
     * @param first a method
     * @param more more methods
     * @return this builder
     */
    public Builder clientAuthentication(ClientAuthentication first, ClientAuthentication... more) {
      this.clientAuthentications = EnumSet.of(first, more);
      return this;
    }

    /**
     * The {@code token_type} in token responses.
     *
     * @param value e.g. {@code Bearer} or {@code bearer}
     * @return this builder
     */
    public Builder tokenType(String value) {
      this.tokenType = value;
      return this;
    }

    /**
     * Answers token requests from an unregistered client id with a {@code 302} to this location (an HTML
     * login page), as ServiceChannel does, instead of {@code 401 invalid_client}.
     *
     * @param location the {@code Location} header, e.g. {@code /Account/LogOn}
     * @return this builder
     */
    public Builder redirectUnregisteredClientsTo(String location) {
      this.unregisteredClientRedirect = location;
      return this;
    }

    /**
     * Limits token calls per subject (the user for password/refresh grants, else the client id). A call
     * over the limit gets {@code rejection} with a {@code Retry-After} header added if it has none.
     *
     * @param maxCalls calls allowed per window (ServiceChannel: 1)
     * @param window the sliding window (ServiceChannel: 5 s)
     * @param rejection the response, e.g. a 429 with ServiceChannel's {@code Error-Message} header
     * @return this builder
     */
    public Builder tokenCallLimit(int maxCalls, Duration window, SimResponse rejection) {
      this.tokenCallLimit = maxCalls;
      this.tokenCallWindow = window;
      this.tokenCallRejection = rejection;
      return this;
    }

    /**
     * Whether a refresh-token grant returns a new refresh token (invalidating the old one) instead of
     * the same one. Default false.
     *
     * @param value true to rotate
     * @return this builder
     */
    public Builder rotateRefreshTokens(boolean value) {
      this.rotateRefreshTokens = value;
      return this;
    }

    /**
     * Whether an {@code Authorization} header holding the bare token without {@code Bearer } is
     * accepted (ServiceTitan tolerates it). Default false.
     *
     * @param value true to accept
     * @return this builder
     */
    public Builder acceptBareTokens(boolean value) {
      this.acceptBareTokens = value;
      return this;
    }

    /**
     * A prefix for issued tokens, to tell systems apart in logs (e.g. {@code "st-"}).
     *
     * @param value the prefix
     * @return this builder
     */
    public Builder tokenPrefix(String value) {
      this.tokenPrefix = value;
      return this;
    }

    /**
     * Builds the server.
     *
     * @return the server
     */
    public OAuthServer build() {
      return new OAuthServer(this);
    }
  }
}
