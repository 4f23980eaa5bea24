package io.workbridge.leads.resource;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.RequestOptions;
import io.workbridge.leads.internal.LeadsCalls;
import io.workbridge.leads.internal.WireRecords.AccountDto;
import io.workbridge.leads.internal.WireRecords.AccountListDto;
import io.workbridge.leads.internal.WireRecords.ProfileDto;
import io.workbridge.leads.internal.WireRecords.ProfileListDto;
import io.workbridge.leads.model.Account;
import io.workbridge.leads.model.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The dealer accounts the credentials reach, and the profiles inside each (LD-7). Obtain it from {@code
 * LeadsClient.accounts()}. Thread-safe.
 */
public final class AccountsResource {
  private final LeadsCalls calls;

  /**
   * Used by {@code LeadsClient}; not meant to be called directly.
   *
   * @param calls the client's calls to the vendor API
   */
  public AccountsResource(LeadsCalls calls) {
    this.calls = Objects.requireNonNull(calls, "calls");
  }

  /** {@return {@code GET /v1/accounts}: every dealer account the credentials reach} */
  public List<Account> list() {
    return list(RequestOptions.none());
  }

  /**
   * {@return {@link #list()} with per-call options}
   *
   * @param options per-call options (timeout, extra headers) for this request
   */
  public List<Account> list(RequestOptions options) {
    AccountListDto answer = calls.api().accounts(options);
    List<AccountDto> data = requireData(answer == null ? null : answer.data(), "accounts.list");
    List<Account> accounts = new ArrayList<>(data.size());
    for (int i = 0; i < data.size(); i++) {
      AccountDto dto = data.get(i);
      String path = "$.data[" + i + "]";
      if (dto == null) {
        throw new InvalidResponseException("accounts.list", path, "null instead of an account", null);
      }
      accounts.add(
          Account.builder()
              .id(required(dto.id(), path + ".id", "accounts.list"))
              .name(required(dto.name(), path + ".name", "accounts.list"))
              .dealerId(required(dto.dealerId(), path + ".dealerId", "accounts.list"))
              .build());
    }
    return List.copyOf(accounts);
  }

  /**
   * {@return {@code GET /v1/accounts/{accountId}/profiles}: the account's profiles; an empty list when the
   * account has none (then business units are assigned per account, LD-7)}
   *
   * @param accountId the vendor account's id
   * @throws io.workbridge.client.NotFoundException when the account is unknown or out of reach
   */
  public List<Profile> profiles(String accountId) {
    return profiles(accountId, RequestOptions.none());
  }

  /**
   * {@return {@link #profiles(String)} with per-call options}
   *
   * @param accountId the vendor account's id
   * @param options per-call options (timeout, extra headers) for this request
   */
  public List<Profile> profiles(String accountId, RequestOptions options) {
    Objects.requireNonNull(accountId, "accountId");
    ProfileListDto answer = calls.api().profiles(accountId, options);
    List<ProfileDto> data = requireData(answer == null ? null : answer.data(), "profiles.list");
    List<Profile> profiles = new ArrayList<>(data.size());
    for (int i = 0; i < data.size(); i++) {
      ProfileDto dto = data.get(i);
      String path = "$.data[" + i + "]";
      if (dto == null) {
        throw new InvalidResponseException("profiles.list", path, "null instead of a profile", null);
      }
      profiles.add(
          Profile.builder()
              .id(required(dto.id(), path + ".id", "profiles.list"))
              .name(required(dto.name(), path + ".name", "profiles.list"))
              .build());
    }
    return List.copyOf(profiles);
  }

  private static <T> List<T> requireData(@Nullable List<T> data, String operation) {
    if (data == null) {
      throw new InvalidResponseException(operation, "$.data", "missing list", null);
    }
    return data;
  }

  private static String required(@Nullable String value, String path, String operation) {
    if (value == null || value.isBlank()) {
      throw new InvalidResponseException(operation, path, value == null ? "missing" : "blank", null);
    }
    return value;
  }
}
