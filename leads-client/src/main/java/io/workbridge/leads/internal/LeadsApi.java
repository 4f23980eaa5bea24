package io.workbridge.leads.internal;

import io.workbridge.client.RequestOptions;
import io.workbridge.client.spi.http.Idempotent;
import io.workbridge.client.spi.http.Operation;
import io.workbridge.leads.internal.WireRecords.AccountListDto;
import io.workbridge.leads.internal.WireRecords.OutcomeRequestDto;
import io.workbridge.leads.internal.WireRecords.ProfileListDto;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/** The partner contract v1 as a Retrofit interface (paths relative to the base URL). */
public interface LeadsApi {

  /** {@code GET /v1/accounts}. */
  @Operation("accounts.list")
  @GET("v1/accounts")
  AccountListDto accounts(@Tag RequestOptions options);

  /** {@code GET /v1/accounts/{accountId}/profiles}. */
  @Operation("profiles.list")
  @GET("v1/accounts/{accountId}/profiles")
  ProfileListDto profiles(@Path("accountId") String accountId, @Tag RequestOptions options);

  /**
   * {@code GET /v1/accounts/{accountId}/alerts}; the raw body, so that each alert can be parsed (and, if
   * broken, reported) on its own.
   */
  @Operation("alerts.feed")
  @GET("v1/accounts/{accountId}/alerts")
  ResponseBody alerts(
      @Path("accountId") String accountId,
      @Query("updatedSince") @Nullable String updatedSince,
      @Query("cursor") @Nullable String cursor,
      @Query("limit") int limit,
      @Tag RequestOptions options);

  /** {@code GET /v1/alerts/{alertId}}; the raw body, parsed like one feed item. */
  @Operation("alerts.get")
  @GET("v1/alerts/{alertId}")
  ResponseBody alert(@Path("alertId") String alertId, @Tag RequestOptions options);

  /** {@code POST /v1/alerts/{alertId}/outcome}; idempotent by contract (the same status twice is a no-op). */
  @Operation("alerts.outcome")
  @Idempotent
  @POST("v1/alerts/{alertId}/outcome")
  Call<Void> outcome(
      @Path("alertId") String alertId, @Body OutcomeRequestDto body, @Tag RequestOptions options);
}
