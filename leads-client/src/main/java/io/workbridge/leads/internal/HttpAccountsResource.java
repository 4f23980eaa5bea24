package io.workbridge.leads.internal;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.RequestOptions;
import io.workbridge.leads.internal.WireRecords.AccountDto;
import io.workbridge.leads.internal.WireRecords.AccountListDto;
import io.workbridge.leads.internal.WireRecords.ProfileDto;
import io.workbridge.leads.internal.WireRecords.ProfileListDto;
import io.workbridge.leads.model.Account;
import io.workbridge.leads.model.Profile;
import io.workbridge.leads.resource.AccountsResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The {@link AccountsResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpAccountsResource implements AccountsResource {
  private final LeadsCalls calls;

  /** Creates the resource; the client calls this. */
  public HttpAccountsResource(LeadsCalls calls) {
    this.calls = Objects.requireNonNull(calls, "calls");
  }

  @Override
  public List<Account> list() {
    return list(RequestOptions.none());
  }

  @Override
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

  @Override
  public List<Profile> profiles(String accountId) {
    return profiles(accountId, RequestOptions.none());
  }

  @Override
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
