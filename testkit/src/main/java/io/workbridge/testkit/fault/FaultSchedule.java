package io.workbridge.testkit.fault;

import io.workbridge.testkit.SimRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Faults planned for a simulator's requests. Each rule matches requests by method and path (a regular
 * expression on the whole encoded path), optionally only the n-th matching request, the n-th request the
 * simulator received, or with a seeded probability; it fires once by default, a given number of times or
 * always. The first rule that fires wins. Token-endpoint requests are requests too: use a path pattern to
 * aim at API calls only.
 *
 * <pre>{@code
 * api.faults().on("GET", "/v3/workorders/\\d+").times(3).then(Fault.status(503));
 * api.faults().on("POST", "/v3/workorders/\\d+/notes").matchNumber(2).then(Fault.disconnectAfterProcessing());
 * api.faults().onRequestNumber(5).then(Fault.delayHeaders(Duration.ofMillis(500)));
 * api.faults().onAny().probability(0.1).always().then(Fault.status(502));
 * }</pre>
 *
 * Thread-safe; probabilities draw from one {@link Random} seeded at construction, so a run is repeatable
 * when requests arrive in the same order.
 */
public final class FaultSchedule {

  private final List<Rule> rules = new ArrayList<>();
  private final Random random;
  private int fired;

  /**
   * Creates an empty schedule.
   *
   * @param seed the seed for probabilistic rules
   */
  public FaultSchedule(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Starts a rule for requests with the given method and a path matching the regular expression.
   *
   * @param method the HTTP method, or {@code "*"} for any
   * @param pathRegex a regular expression matched against the whole encoded path (no query)
   * @return the rule builder; finish it with {@link RuleBuilder#then(Fault)}
   */
  public RuleBuilder on(String method, String pathRegex) {
    return new RuleBuilder(method.equals("*") ? null : method.toUpperCase(Locale.ROOT), Pattern.compile(pathRegex));
  }

  /**
   * Starts a rule for requests with any method and a path matching the regular expression.
   *
   * @param pathRegex a regular expression matched against the whole encoded path
   * @return the rule builder
   */
  public RuleBuilder onPath(String pathRegex) {
    return on("*", pathRegex);
  }

  /**
   * Starts a rule for every request.
   *
   * @return the rule builder
   */
  public RuleBuilder onAny() {
    return on("*", ".*");
  }

  /**
   * Starts a rule for the n-th request the simulator receives (1-based, counting every request).
   *
   * @param number the request number
   * @return the rule builder
   */
  public RuleBuilder onRequestNumber(long number) {
    RuleBuilder builder = onAny();
    builder.requestNumber = number;
    return builder;
  }

  /**
   * Picks the fault for a request, if a rule fires.
   *
   * @param request the request
   * @return the fault
   */
  public synchronized Optional<Fault> next(SimRequest request) {
    for (Rule rule : rules) {
      if (rule.remaining == 0) {
        continue;
      }
      if (rule.method != null && !rule.method.equals(request.method())) {
        continue;
      }
      if (!rule.path.matcher(request.path()).matches()) {
        continue;
      }
      if (rule.requestNumber > 0 && request.number() != rule.requestNumber) {
        continue;
      }
      rule.matches++;
      if (rule.matchNumber > 0 && rule.matches != rule.matchNumber) {
        continue;
      }
      if (rule.probability < 1.0 && random.nextDouble() >= rule.probability) {
        continue;
      }
      if (rule.remaining > 0) {
        rule.remaining--;
      }
      fired++;
      return Optional.of(rule.fault);
    }
    return Optional.empty();
  }

  /**
   * How many faults fired so far.
   *
   * @return the count
   */
  public synchronized int firedCount() {
    return fired;
  }

  /**
   * Whether every rule limited to a number of firings has used them all.
   *
   * @return true when no limited rule is still pending
   */
  public synchronized boolean exhausted() {
    return rules.stream().noneMatch(rule -> rule.remaining > 0);
  }

  /** Removes every rule. */
  public synchronized void clear() {
    rules.clear();
  }

  private synchronized void add(Rule rule) {
    rules.add(rule);
  }

  private static final class Rule {
    private final @Nullable String method;
    private final Pattern path;
    private final long requestNumber;
    private final long matchNumber;
    private final double probability;
    private final Fault fault;
    private int remaining;
    private long matches;

    private Rule(RuleBuilder builder, Fault fault) {
      this.method = builder.method;
      this.path = builder.path;
      this.requestNumber = builder.requestNumber;
      this.matchNumber = builder.matchNumber;
      this.probability = builder.probability;
      this.remaining = builder.times;
      this.fault = fault;
    }
  }

  /** Configures one rule; {@link #then(Fault)} adds it to the schedule. */
  public final class RuleBuilder {
    private final @Nullable String method;
    private final Pattern path;
    private long requestNumber;
    private long matchNumber;
    private double probability = 1.0;
    private int times = 1;

    private RuleBuilder(@Nullable String method, Pattern path) {
      this.method = method;
      this.path = path;
    }

    /**
     * Fires only on the n-th request matching method and path (1-based, counted by this rule).
     *
     * @param n the match number
     * @return this builder
     */
    public RuleBuilder matchNumber(long n) {
      if (n < 1) {
        throw new IllegalArgumentException("Match numbers start at 1");
      }
      this.matchNumber = n;
      return this;
    }

    /**
     * Fires with this probability on each matching request (drawn from the schedule's seeded random).
     *
     * @param value between 0 and 1
     * @return this builder
     */
    public RuleBuilder probability(double value) {
      if (value < 0 || value > 1) {
        throw new IllegalArgumentException("Probability must be between 0 and 1");
      }
      this.probability = value;
      return this;
    }

    /**
     * Fires at most this many times (default once).
     *
     * @param count the number of firings
     * @return this builder
     */
    public RuleBuilder times(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("times must be at least 1");
      }
      this.times = count;
      return this;
    }

    /**
     * Fires on every matching request, without limit.
     *
     * @return this builder
     */
    public RuleBuilder always() {
      this.times = -1;
      return this;
    }

    /**
     * Adds the rule with its fault to the schedule.
     *
     * @param fault what happens to the request
     * @return the schedule
     */
    public FaultSchedule then(Fault fault) {
      add(new Rule(this, fault));
      return FaultSchedule.this;
    }
  }
}
