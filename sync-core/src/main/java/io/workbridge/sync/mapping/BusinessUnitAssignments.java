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
 * <p>What a booking is pre-filled with combines this with the lead's {@link JobTypeResolution}:
 * {@link #businessUnitFor(Lead, JobTypeResolution)}. An ambiguous job type (LD-4) wins over any
 * assignment: neither job type nor business unit is pre-filled, and the CSR chooses both.
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

  /** {@return no assignments: every lead falls back to the job-type mapping's business unit} */
  public static BusinessUnitAssignments none() {
    return builder().build();
  }

  /** {@return a new builder} */
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

  /**
   * The business unit to pre-fill on the booking (or follow-up) made from a lead, given how its job
   * type resolved.
   *
   * <ul>
   *   <li>{@link JobTypeResolution.Outcome#AMBIGUOUS} (LD-4: the standard job type maps to several
   *       tenant job types and/or business units): none, even when the lead's profile or account has
   *       a business unit (the job type and business units do not pre-populate).
   *   <li>Otherwise the LD-7 assignment (the profile's, else the account's), else the business unit of
   *       the single mapped tenant job type ({@link JobTypeResolution#businessUnitId()}), else none.
   * </ul>
   *
   * @param lead the lead
   * @param jobType how the lead's alert type resolved ({@link JobTypeMapping#resolve})
   * @return the business unit id to pre-fill, if any
   */
  public Optional<Long> businessUnitFor(Lead lead, JobTypeResolution jobType) {
    if (!jobType.prefillsAnything()) {
      return Optional.empty();
    }
    Optional<Long> assigned = businessUnitFor(lead);
    return assigned.isPresent() ? assigned : jobType.businessUnitId();
  }

  private static String profileKey(String accountId, String profileId) {
    return accountId + "\u0000" + profileId;
  }

  /** Builds {@link BusinessUnitAssignments}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Long> byAccount = new HashMap<>();
    private final Map<String, Long> byProfile = new HashMap<>();

    private Builder() {}

    /**
     * Assigns a business unit to a whole vendor account (used when it has no profiles).
     *
     * @param accountId the vendor account's id
     * @param businessUnitId the ServiceTitan business unit's id
     * @return this builder
     */
    public Builder account(String accountId, long businessUnitId) {
      byAccount.put(accountId, businessUnitId);
      return this;
    }

    /**
     * Assigns a business unit to one profile of a vendor account.
     *
     * @param accountId the vendor account's id
     * @param profileId the profile's id within the vendor account
     * @param businessUnitId the ServiceTitan business unit's id
     * @return this builder
     */
    public Builder profile(String accountId, String profileId, long businessUnitId) {
      byProfile.put(profileKey(accountId, profileId), businessUnitId);
      return this;
    }

    /**
     * Builds the immutable assignments.
     *
     * @return the assignments
     */
    public BusinessUnitAssignments build() {
      return new BusinessUnitAssignments(this);
    }
  }
}
