package io.workbridge.sync.mapping;

import io.workbridge.sync.model.Lead;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Business units assigned per vendor account and profile (LD-7). A tenant may connect several
 * vendor accounts; an account may group its members in profiles. A lead's business unit is its
 * profile's, when the profile has one, else its account's (the rule for accounts without profiles,
 * and the fallback for a profile nobody assigned yet).
 *
 * <p>Immutable and thread-safe.
 */
public final class BusinessUnitAssignments {

  private final Map<String, Long> byAccount;
  private final Map<String, Long> byProfile;

  private BusinessUnitAssignments(Builder builder) {
    this.byAccount = Map.copyOf(builder.byAccount);
    this.byProfile = Map.copyOf(builder.byProfile);
  }

  /** No assignments: every lead falls back to the job-type mapping's business unit. */
  public static BusinessUnitAssignments none() {
    return builder().build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The business unit of a lead from this account and profile.
   *
   * @param accountId the vendor account id
   * @param profileId the vendor profile id, or null when the lead has none
   * @return the assigned business unit id, if any
   */
  public Optional<Long> businessUnitFor(String accountId, @Nullable String profileId) {
    if (profileId != null) {
      Long profileUnit = byProfile.get(profileKey(accountId, profileId));
      if (profileUnit != null) {
        return Optional.of(profileUnit);
      }
    }
    return Optional.ofNullable(byAccount.get(accountId));
  }

  /**
   * The business unit of a lead, from its account and profile.
   *
   * @param lead the lead
   * @return the assigned business unit id, if any
   */
  public Optional<Long> businessUnitFor(Lead lead) {
    return businessUnitFor(lead.accountId(), lead.profileId().orElse(null));
  }

  private static String profileKey(String accountId, String profileId) {
    return accountId + "\u0000" + profileId;
  }

  /** Builds {@link BusinessUnitAssignments}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Long> byAccount = new HashMap<>();
    private final Map<String, Long> byProfile = new HashMap<>();

    private Builder() {}

    /** Assigns a business unit to a whole vendor account (used when it has no profiles). */
    public Builder account(String accountId, long businessUnitId) {
      byAccount.put(accountId, businessUnitId);
      return this;
    }

    /** Assigns a business unit to one profile of a vendor account. */
    public Builder profile(String accountId, String profileId, long businessUnitId) {
      byProfile.put(profileKey(accountId, profileId), businessUnitId);
      return this;
    }

    /** Builds the immutable assignments. */
    public BusinessUnitAssignments build() {
      return new BusinessUnitAssignments(this);
    }
  }
}
