package io.workbridge.testkit.leads;

import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The caller's dealer's accounts and an account's profiles. */
final class AccountRoutes {
  private final LeadsState state;

  AccountRoutes(LeadsState state) {
    this.state = state;
  }

  void register(ApiSimulator.Builder api) {
    api.get("/v1/accounts", this::listAccounts).get("/v1/accounts/{accountId}/profiles", this::listProfiles);
  }

  private SimResponse listAccounts(SimRequest request) {
    String dealer = LeadsState.dealerOf(request);
    List<Object> data = new ArrayList<>();
    for (Map<String, @Nullable Object> account : state.accounts.values()) {
      if (dealer.equals(account.get("dealerId"))) {
        data.add(account);
      }
    }
    return SimResponse.ok(Json.obj("data", data));
  }

  private SimResponse listProfiles(SimRequest request) {
    String accountId = state.reachableAccount(request);
    return SimResponse.ok(Json.obj("data", new ArrayList<Object>(state.profiles.get(accountId))));
  }
}
