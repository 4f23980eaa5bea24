package io.workbridge.benchmarks;

import io.workbridge.sync.model.CustomerCandidate;
import io.workbridge.sync.mapping.CustomerMatch;
import io.workbridge.sync.mapping.CustomerMatcher;
import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.Party;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of matching one lead's member against a customer search result (LD-8): an exact match, a
 * normalised one (formatted phone, upper-case e-mail, abbreviated street) and no match, among
 * {@link #candidates} candidates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CustomerMatcherBenchmark {
  /** Which member is matched. */
  @Param({"EXACT", "NORMALISED", "NONE"})
  public String match;

  /** How many candidates the search returned. */
  @Param({"10", "50"})
  public int candidates;

  private final CustomerMatcher matcher = CustomerMatcher.withDefaults();
  private Party member;
  private List<CustomerCandidate> search;

  /** Builds the candidates (the wanted customer last) and the member once per trial. */
  @Setup
  public void setUp() {
    search = new ArrayList<>();
    for (int i = 0; i < candidates - 1; i++) {
      search.add(
          CustomerCandidate.builder()
              .customerId(10_000 + i)
              .locationId(20_000 + i)
              .name("Customer " + i)
              .addPhone(String.format("512555%04d", 1000 + i))
              .addEmail("customer" + i + "@example.com")
              .address(address(100 + i + " Oak Street"))
              .build());
    }
    search.add(
        CustomerCandidate.builder()
            .customerId(42)
            .locationId(4_242)
            .name("Dana Lee")
            .addPhone("5125550100")
            .addEmail("dana.lee@example.com")
            .address(address("12 North Main Street"))
            .build());
    switch (match) {
      case "EXACT":
        member =
            Party.named("Dana", "Lee")
                .phone("5125550100")
                .email("dana.lee@example.com")
                .address(address("12 North Main Street"))
                .build();
        break;
      case "NORMALISED":
        member =
            Party.named("Lee", "Dana")
                .phone("+1 (512) 555-0100")
                .email("Dana.Lee@Example.com")
                .address(address("12 N Main St"))
                .build();
        break;
      default:
        member =
            Party.named("Sam", "Nobody")
                .phone("+1 (737) 555-0199")
                .email("sam@example.org")
                .build();
    }
  }

  /** One match decision. */
  @Benchmark
  public CustomerMatch matchCustomer() {
    return matcher.match(member, search);
  }

  private static Address address(String street) {
    return Address.builder().street(street).city("Austin").state("TX").zip("78701").build();
  }
}
