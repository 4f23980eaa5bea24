package io.workbridge.servicechannel.internal;

import io.workbridge.client.RequestOptions;
import io.workbridge.client.spi.http.NotIdempotent;
import io.workbridge.client.spi.http.Operation;
import io.workbridge.client.spi.json.Decoded;
import java.util.List;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Part;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/** ServiceChannel API v3 calls of the client (paths relative to {@code /v3/}). */
public interface ScApi {

  /** {@code GET /workorders/{id}}. */
  @GET("workorders/{id}")
  @Operation("workorders.get")
  Wire.WorkOrder getWorkOrder(@Path("id") long id, @Tag RequestOptions options);

  /** {@code GET /odata/workorders}. */
  @GET("odata/workorders")
  @Operation("workorders.list")
  Wire.ODataList<Decoded<Wire.WorkOrder>> listWorkOrders(
      @Query("$filter") @Nullable String filter,
      @Query("$expand") @Nullable String expand,
      @Query("$orderby") @Nullable String orderBy,
      @Query("$top") int top,
      @Query("$skip") int skip,
      @Query("$count") @Nullable Boolean count, @Tag RequestOptions options);

  /**
   * {@code GET /workorders} (REST search). The list filters are arrays without a {@code collectionFormat} in
   * the description, so Swagger 2.0's default applies: one parameter, values separated by commas (null sends
   * nothing).
   */
  @GET("workorders")
  @Operation("workorders.search")
  List<Wire.WorkOrder> searchWorkOrders(
      @Query("id") @Nullable String ids,
      @Query("number") @Nullable String numbers,
      @Query("purchaseNumber") @Nullable String purchaseNumbers,
      @Query("status") @Nullable String statuses,
      @Query("extendedStatus") @Nullable String extendedStatuses,
      @Query("trade") @Nullable String trades,
      @Query("category") @Nullable String categories,
      @Query("priority") @Nullable String priorities,
      @Query("locationId") @Nullable Long locationId,
      @Query("storeId") @Nullable String storeId,
      @Query("sort") @Nullable String sort,
      @Query("page") int page,
      @Query("pageSize") int pageSize, @Tag RequestOptions options);

  /** {@code GET /workorders/{id}/GPSRadius}. */
  @GET("workorders/{id}/GPSRadius")
  @Operation("workorders.gpsRadius")
  Wire.GpsRadius gpsRadius(@Path("id") long workOrderId, @Tag RequestOptions options);

  /** {@code GET /locations/{id}}. */
  @GET("locations/{id}")
  @Operation("locations.get")
  Wire.Location getLocation(@Path("id") long locationId, @Tag RequestOptions options);

  /** {@code GET /workorders/statuses?subscriberId=}. */
  @GET("workorders/statuses")
  @Operation("statuses.catalog")
  List<Wire.StatusEntry> statusCatalog(@Query("subscriberId") long subscriberId, @Tag RequestOptions options);

  /** {@code GET /workorders/{id}/statuses?subscriberId=}. */
  @GET("workorders/{id}/statuses")
  @Operation("statuses.transitions")
  List<Wire.StatusEntry> statusTransitions(
      @Path("id") long workOrderId, @Query("subscriberId") @Nullable Long subscriberId, @Tag RequestOptions options);

  /** {@code PUT /workorders/{id}/status}. */
  @PUT("workorders/{id}/status")
  @Operation("workorders.changeStatus")
  Wire.StatusChangeResponse changeStatus(
      @Path("id") long workOrderId, @Body Wire.StatusChangeRequest request, @Tag RequestOptions options);

  /** {@code PUT /workorders/{id}/accept}. */
  @PUT("workorders/{id}/accept")
  @Operation("workorders.accept")
  @Nullable Void accept(@Path("id") long workOrderId, @Body Wire.AcceptRequest request, @Tag RequestOptions options);

  /** {@code PUT /workorders/{id}/decline}: not repeated once sent, each decline records a note and history. */
  @NotIdempotent
  @PUT("workorders/{id}/decline")
  @Operation("workorders.decline")
  @Nullable Void decline(@Path("id") long workOrderId, @Body Wire.DeclineRequest request, @Tag RequestOptions options);

  /** {@code GET /workorders/{id}/notes?paging=page:size}. */
  @GET("workorders/{id}/notes")
  @Operation("notes.list")
  Wire.NotesResponse listNotes(@Path("id") long workOrderId, @Query("paging") String paging, @Tag RequestOptions options);

  /** {@code POST /workorders/{id}/notes}; the body (the new id) is read leniently. */
  @POST("workorders/{id}/notes")
  @Operation("notes.create")
  ResponseBody createNote(@Path("id") long workOrderId, @Body Wire.NewNote note, @Tag RequestOptions options);

  /** {@code POST /workorders/{id}/attachments} (multipart: {@code AddAttachmentsRequest} and {@code file} parts). */
  @Multipart
  @POST("workorders/{id}/attachments")
  @Operation("attachments.upload")
  @Nullable Void uploadAttachments(
      @Path("id") long workOrderId,
      @Query("actor") @Nullable String actor,
      @Part("AddAttachmentsRequest") RequestBody descriptors,
      @Part List<MultipartBody.Part> files,
      @Tag RequestOptions options);

  /** {@code GET /odata/workorders({id})/attachments}. */
  @GET("odata/workorders({id})/attachments")
  @Operation("attachments.list")
  Wire.ODataList<FieldWire.Attachment> listAttachments(
      @Path("id") long workOrderId,
      @Query("$top") int top,
      @Query("$skip") int skip,
      @Query("$count") boolean count, @Tag RequestOptions options);

  /** {@code POST /workorders/{id}/universalCheckIn}. */
  @POST("workorders/{id}/universalCheckIn")
  @Operation("checkins.checkIn")
  FieldWire.MechanicResponse checkIn(@Path("id") long workOrderId, @Body FieldWire.CheckInRequest request, @Tag RequestOptions options);

  /** {@code POST /workorders/{id}/universalCheckOut}. */
  @POST("workorders/{id}/universalCheckOut")
  @Operation("checkins.checkOut")
  FieldWire.MechanicResponse checkOut(@Path("id") long workOrderId, @Body FieldWire.CheckOutRequest request, @Tag RequestOptions options);

  /** {@code GET /workorders/{id}/validateCheckIn}. */
  @GET("workorders/{id}/validateCheckIn")
  @Operation("checkins.validateCheckIn")
  FieldWire.Validation validateCheckIn(
      @Path("id") long workOrderId,
      @Query("latitude") double latitude,
      @Query("longitude") double longitude,
      @Query("workTypeId") @Nullable Integer workTypeId, @Tag RequestOptions options);

  /** {@code GET /workorders/{id}/validateCheckOut}. */
  @GET("workorders/{id}/validateCheckOut")
  @Operation("checkins.validateCheckOut")
  FieldWire.Validation validateCheckOut(
      @Path("id") long workOrderId,
      @Query("latitude") double latitude,
      @Query("longitude") double longitude,
      @Query("workTypeId") @Nullable Integer workTypeId, @Tag RequestOptions options);

  /** {@code GET /odata/workorders({id})/workactivities}. */
  @GET("odata/workorders({id})/workactivities")
  @Operation("checkins.workActivities")
  Wire.ODataList<FieldWire.WorkActivity> workActivities(@Path("id") long workOrderId, @Tag RequestOptions options);

  /** {@code GET /invoices/{subscriberId}/InvoiceRequirements}. */
  @GET("invoices/{subscriberId}/InvoiceRequirements")
  @Operation("invoices.requirements")
  FieldWire.InvoiceRequirements invoiceRequirements(@Path("subscriberId") long subscriberId, @Tag RequestOptions options);

  /** {@code GET /odata/invoices}. */
  @GET("odata/invoices")
  @Operation("invoices.list")
  Wire.ODataList<Wire.Invoice> listInvoices(
      @Query("$filter") @Nullable String filter,
      @Query("$orderby") @Nullable String orderBy,
      @Query("$top") int top,
      @Query("$skip") int skip,
      @Query("$count") boolean count,
      @Tag RequestOptions options);

  /** {@code POST /invoices}; 201 with the new id. */
  @POST("invoices")
  @Operation("invoices.create")
  ResponseBody createInvoice(@Body FieldWire.NewInvoice invoice, @Tag RequestOptions options);
}
