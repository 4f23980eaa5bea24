package io.workbridge.servicechannel.internal;

import io.workbridge.client.http.Operation;
import java.util.List;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** ServiceChannel API v3 work-order, status and note calls (paths relative to {@code /v3/}). */
public interface ScApi {

  /** {@code GET /workorders/{id}}. */
  @GET("workorders/{id}")
  @Operation("workorders.get")
  Wire.WorkOrder getWorkOrder(@Path("id") long id);

  /** {@code GET /odata/workorders}. */
  @GET("odata/workorders")
  @Operation("workorders.list")
  Wire.ODataList<Wire.WorkOrder> listWorkOrders(
      @Query("$filter") @Nullable String filter,
      @Query("$orderby") @Nullable String orderBy,
      @Query("$top") int top,
      @Query("$skip") int skip,
      @Query("$count") @Nullable Boolean count);

  /** {@code GET /workorders} (REST search). */
  @GET("workorders")
  @Operation("workorders.search")
  List<Wire.WorkOrder> searchWorkOrders(
      @Query("id") List<Long> ids,
      @Query("number") List<String> numbers,
      @Query("purchaseNumber") List<String> purchaseNumbers,
      @Query("status") List<String> statuses,
      @Query("extendedStatus") List<String> extendedStatuses,
      @Query("trade") List<String> trades,
      @Query("category") List<String> categories,
      @Query("priority") List<String> priorities,
      @Query("locationId") @Nullable Long locationId,
      @Query("storeId") @Nullable String storeId,
      @Query("sort") @Nullable String sort,
      @Query("page") int page,
      @Query("pageSize") int pageSize);

  /** {@code GET /workorders/statuses?subscriberId=}. */
  @GET("workorders/statuses")
  @Operation("statuses.catalog")
  List<Wire.StatusEntry> statusCatalog(@Query("subscriberId") long subscriberId);

  /** {@code GET /workorders/{id}/statuses?subscriberId=}. */
  @GET("workorders/{id}/statuses")
  @Operation("statuses.transitions")
  List<Wire.StatusEntry> statusTransitions(
      @Path("id") long workOrderId, @Query("subscriberId") @Nullable Long subscriberId);

  /** {@code PUT /workorders/{id}/status}. */
  @PUT("workorders/{id}/status")
  @Operation("workorders.changeStatus")
  Wire.StatusChangeResponse changeStatus(
      @Path("id") long workOrderId, @Body Wire.StatusChangeRequest request);

  /** {@code PUT /workorders/{id}/accept}. */
  @PUT("workorders/{id}/accept")
  @Operation("workorders.accept")
  @Nullable Void accept(@Path("id") long workOrderId, @Body Wire.AcceptRequest request);

  /** {@code PUT /workorders/{id}/decline}. */
  @PUT("workorders/{id}/decline")
  @Operation("workorders.decline")
  @Nullable Void decline(@Path("id") long workOrderId, @Body Wire.DeclineRequest request);

  /** {@code GET /workorders/{id}/notes?paging=page:size}. */
  @GET("workorders/{id}/notes")
  @Operation("notes.list")
  Wire.NotesResponse listNotes(@Path("id") long workOrderId, @Query("paging") String paging);

  /** {@code POST /workorders/{id}/notes}; the body (the new id) is read leniently. */
  @POST("workorders/{id}/notes")
  @Operation("notes.create")
  ResponseBody createNote(@Path("id") long workOrderId, @Body Wire.NewNote note);
}
