package io.workbridge.leads.resource;

import io.workbridge.client.RequestOptions;
import io.workbridge.leads.model.Account;
import io.workbridge.leads.model.Profile;
import java.util.List;

/**
 * The dealer accounts the credentials reach, and the profiles inside each (LD-7). Obtain it from {@code
 * LeadsClient.accounts()}. Thread-safe.
 */
public interface AccountsResource {
  /** {@return {@code GET /v1/accounts}: every dealer account the credentials reach} */
  List<Account> list();

  /**
   * {@return {@link #list()} with per-call options}
   *
   * @param options per-call options (timeout, extra headers) for this request
   */
  List<Account> list(RequestOptions options);

  /**
   * {@return {@code GET /v1/accounts/{accountId}/profiles}: the account's profiles; an empty list when the
   * account has none (then business units are assigned per account, LD-7)}
   *
   * @param accountId the vendor account's id
   * @throws io.workbridge.client.NotFoundException when the account is unknown or out of reach
   */
  List<Profile> profiles(String accountId);

  /**
   * {@return {@link #profiles(String)} with per-call options}
   *
   * @param accountId the vendor account's id
   * @param options per-call options (timeout, extra headers) for this request
   */
  List<Profile> profiles(String accountId, RequestOptions options);
}
