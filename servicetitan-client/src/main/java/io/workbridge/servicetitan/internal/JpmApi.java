package io.workbridge.servicetitan.internal;

import io.workbridge.client.spi.http.Operation;
import io.workbridge.client.spi.json.Decoded;
import io.workbridge.servicetitan.internal.Envelopes.ExportDto;
import io.workbridge.servicetitan.internal.Envelopes.PageDto;
import io.workbridge.servicetitan.internal.JpmWire.CompleteJobDto;
import io.workbridge.servicetitan.internal.JpmWire.CreateJobDto;
import io.workbridge.servicetitan.internal.JpmWire.CustomFieldTypeDto;
import io.workbridge.servicetitan.internal.JpmWire.JobDto;
import io.workbridge.servicetitan.internal.JpmWire.NoteCreateDto;
import io.workbridge.servicetitan.internal.JpmWire.NoteDto;
import io.workbridge.servicetitan.internal.JpmWire.ReasonDto;
import io.workbridge.servicetitan.internal.JpmWire.UpdateJobDto;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/** Job Planning and Management module ({@code jpm/v2}): jobs, notes, custom-field types. */
public interface JpmApi {

  /** The {@code jobs.create} operation. */
  @Operation("jobs.create")
  @POST("jpm/v2/tenant/{tenant}/jobs")
  JobDto createJob(@Path("tenant") long tenant, @Body CreateJobDto body);

  /** The {@code jobs.get} operation. */
  @Operation("jobs.get")
  @GET("jpm/v2/tenant/{tenant}/jobs/{id}")
  JobDto getJob(
      @Path("tenant") long tenant,
      @Path("id") long id,
      @Query("externalDataApplicationGuid") @Nullable String applicationGuid);

  /** The {@code jobs.list} operation. */
  @Operation("jobs.list")
  @GET("jpm/v2/tenant/{tenant}/jobs")
  PageDto<JobDto> listJobs(
      @Path("tenant") long tenant,
      @Query("page") int page,
      @Query("pageSize") int pageSize,
      @QueryMap Map<String, String> filters);

  /** The {@code jobs.update} operation. */
  @Operation("jobs.update")
  @PATCH("jpm/v2/tenant/{tenant}/jobs/{id}")
  JobDto updateJob(@Path("tenant") long tenant, @Path("id") long id, @Body UpdateJobDto body);

  /** The {@code jobs.cancel} operation. */
  @Operation("jobs.cancel")
  @PUT("jpm/v2/tenant/{tenant}/jobs/{id}/cancel")
  @Nullable Void cancelJob(@Path("tenant") long tenant, @Path("id") long id, @Body ReasonDto body);

  /** The {@code jobs.hold} operation. */
  @Operation("jobs.hold")
  @PUT("jpm/v2/tenant/{tenant}/jobs/{id}/hold")
  @Nullable Void holdJob(@Path("tenant") long tenant, @Path("id") long id, @Body ReasonDto body);

  /** The {@code jobs.complete} operation. */
  @Operation("jobs.complete")
  @PUT("jpm/v2/tenant/{tenant}/jobs/{id}/complete")
  @Nullable Void completeJob(@Path("tenant") long tenant, @Path("id") long id, @Body CompleteJobDto body);

  /** The {@code jobs.notes.list} operation. */
  @Operation("jobs.notes.list")
  @GET("jpm/v2/tenant/{tenant}/jobs/{id}/notes")
  PageDto<NoteDto> listJobNotes(
      @Path("tenant") long tenant,
      @Path("id") long id,
      @Query("page") int page,
      @Query("pageSize") int pageSize);

  /** The {@code jobs.notes.create} operation. */
  @Operation("jobs.notes.create")
  @POST("jpm/v2/tenant/{tenant}/jobs/{id}/notes")
  NoteDto createJobNote(@Path("tenant") long tenant, @Path("id") long id, @Body NoteCreateDto body);

  /** The {@code jobs.customFieldTypes.list} operation. */
  @Operation("jobs.customFieldTypes.list")
  @GET("jpm/v2/tenant/{tenant}/jobs/custom-fields")
  PageDto<CustomFieldTypeDto> listJobCustomFieldTypes(
      @Path("tenant") long tenant, @Query("page") int page, @Query("pageSize") int pageSize);

  /** The {@code jobs.export} operation. */
  @Operation("jobs.export")
  @GET("jpm/v2/tenant/{tenant}/export/jobs")
  ExportDto<Decoded<JobDto>> exportJobs(
      @Path("tenant") long tenant, @Query("from") @Nullable String from, @QueryMap Map<String, String> options);

  /** The {@code jobs.notes.export} operation. */
  @Operation("jobs.notes.export")
  @GET("jpm/v2/tenant/{tenant}/export/job-notes")
  ExportDto<Decoded<NoteDto>> exportJobNotes(
      @Path("tenant") long tenant, @Query("from") @Nullable String from, @QueryMap Map<String, String> options);
}
