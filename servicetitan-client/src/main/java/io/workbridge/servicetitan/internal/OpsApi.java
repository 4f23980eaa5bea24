package io.workbridge.servicetitan.internal;

import io.workbridge.client.spi.http.Operation;
import io.workbridge.client.spi.json.Decoded;
import io.workbridge.servicetitan.internal.Envelopes.ExportDto;
import io.workbridge.servicetitan.internal.Envelopes.PageDto;
import io.workbridge.servicetitan.internal.OpsWire.AppointmentDto;
import io.workbridge.servicetitan.internal.OpsWire.AssignTechniciansDto;
import io.workbridge.servicetitan.internal.OpsWire.AssignmentDto;
import io.workbridge.servicetitan.internal.OpsWire.AttachmentDto;
import io.workbridge.servicetitan.internal.OpsWire.CreateLeadDto;
import io.workbridge.servicetitan.internal.OpsWire.DismissLeadDto;
import io.workbridge.servicetitan.internal.OpsWire.EmployeeDto;
import io.workbridge.servicetitan.internal.OpsWire.FollowUpDto;
import io.workbridge.servicetitan.internal.OpsWire.FollowUpResultDto;
import io.workbridge.servicetitan.internal.OpsWire.InvoiceDto;
import io.workbridge.servicetitan.internal.OpsWire.LeadDto;
import io.workbridge.servicetitan.internal.OpsWire.MarkExportedDto;
import io.workbridge.servicetitan.internal.OpsWire.MarkExportedResultDto;
import io.workbridge.servicetitan.internal.OpsWire.ReferenceDto;
import io.workbridge.servicetitan.internal.OpsWire.TechnicianDto;
import io.workbridge.servicetitan.internal.OpsWire.TimesheetDto;
import io.workbridge.servicetitan.internal.OpsWire.UploadResultDto;
import java.util.List;
import java.util.Map;
import okhttp3.MultipartBody;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;
import retrofit2.http.Streaming;

/**
 * The modules around jobs: appointments (jpm), appointment assignments (dispatch), timesheets (payroll),
 * technicians, employees and settings, campaigns (marketing), call reasons (jbce), invoices (accounting), job
 * attachments (forms) and leads (crm).
 */
public interface OpsApi {

  /** The {@code appointments.list} operation. */
  @Operation("appointments.list")
  @GET("jpm/v2/tenant/{tenant}/appointments")
  PageDto<AppointmentDto> listAppointments(
      @Path("tenant") long tenant, @Query("page") int page, @Query("pageSize") int pageSize,
      @QueryMap Map<String, String> filters);

  /** The {@code appointments.get} operation. */
  @Operation("appointments.get")
  @GET("jpm/v2/tenant/{tenant}/appointments/{id}")
  AppointmentDto getAppointment(@Path("tenant") long tenant, @Path("id") long id);

  /** The {@code appointments.export} operation. */
  @Operation("appointments.export")
  @GET("jpm/v2/tenant/{tenant}/export/appointments")
  ExportDto<Decoded<AppointmentDto>> exportAppointments(@Path("tenant") long tenant, @Query("from") @Nullable String from);

  /** The {@code assignments.list} operation. */
  @Operation("assignments.list")
  @GET("dispatch/v2/tenant/{tenant}/appointment-assignments")
  PageDto<AssignmentDto> listAssignments(
      @Path("tenant") long tenant, @Query("page") int page, @Query("pageSize") int pageSize,
      @QueryMap Map<String, String> filters);

  /** The {@code assignments.export} operation. */
  @Operation("assignments.export")
  @GET("dispatch/v2/tenant/{tenant}/export/appointment-assignments")
  ExportDto<AssignmentDto> exportAssignments(
      @Path("tenant") long tenant, @Query("from") @Nullable String from, @Query("active") @Nullable String active);

  /** The {@code assignments.assign} operation. */
  @Operation("assignments.assign")
  @POST("dispatch/v2/tenant/{tenant}/appointment-assignments/assign-technicians")
  AppointmentDto assignTechnicians(@Path("tenant") long tenant, @Body AssignTechniciansDto body);

  /** The {@code assignments.unassign} operation. */
  @Operation("assignments.unassign")
  @POST("dispatch/v2/tenant/{tenant}/appointment-assignments/unassign-technicians")
  AppointmentDto unassignTechnicians(@Path("tenant") long tenant, @Body AssignTechniciansDto body);

  /** The {@code timesheets.job} operation. */
  @Operation("timesheets.job")
  @GET("payroll/v2/tenant/{tenant}/jobs/{job}/timesheets")
  PageDto<TimesheetDto> jobTimesheets(
      @Path("tenant") long tenant, @Path("job") long job, @Query("page") int page, @Query("pageSize") int pageSize);

  /** The {@code timesheets.list} operation. */
  @Operation("timesheets.list")
  @GET("payroll/v2/tenant/{tenant}/jobs/timesheets")
  PageDto<TimesheetDto> listTimesheets(
      @Path("tenant") long tenant, @Query("page") int page, @Query("pageSize") int pageSize,
      @QueryMap Map<String, String> filters);

  /** The {@code timesheets.export} operation. */
  @Operation("timesheets.export")
  @GET("payroll/v2/tenant/{tenant}/export/jobs/timesheets")
  ExportDto<Decoded<TimesheetDto>> exportTimesheets(@Path("tenant") long tenant, @Query("from") @Nullable String from);

  /** The {@code technicians.list} operation. */
  @Operation("technicians.list")
  @GET("settings/v2/tenant/{tenant}/technicians")
  PageDto<TechnicianDto> listTechnicians(
      @Path("tenant") long tenant, @Query("page") int page, @Query("pageSize") int pageSize,
      @QueryMap Map<String, String> filters);

  /** The {@code technicians.get} operation. */
  @Operation("technicians.get")
  @GET("settings/v2/tenant/{tenant}/technicians/{id}")
  TechnicianDto getTechnician(@Path("tenant") long tenant, @Path("id") long id);

  /** The {@code employees.list} operation. */
  @Operation("employees.list")
  @GET("settings/v2/tenant/{tenant}/employees")
  PageDto<EmployeeDto> listEmployees(
      @Path("tenant") long tenant, @Query("page") int page, @Query("pageSize") int pageSize,
      @QueryMap Map<String, String> filters);

  /** The {@code employees.get} operation. */
  @Operation("employees.get")
  @GET("settings/v2/tenant/{tenant}/employees/{id}")
  EmployeeDto getEmployee(@Path("tenant") long tenant, @Path("id") long id);

  /** The {@code referenceData.businessUnits} operation. */
  @Operation("referenceData.businessUnits")
  @GET("settings/v2/tenant/{tenant}/business-units")
  PageDto<ReferenceDto> businessUnits(
      @Path("tenant") long tenant, @Query("page") int page, @Query("pageSize") int pageSize, @Query("active") String active);

  /** The {@code referenceData.tagTypes} operation. */
  @Operation("referenceData.tagTypes")
  @GET("settings/v2/tenant/{tenant}/tag-types")
  PageDto<ReferenceDto> tagTypes(
      @Path("tenant") long tenant, @Query("page") int page, @Query("pageSize") int pageSize, @Query("active") String active);

  /** The {@code referenceData.jobTypes} operation. */
  @Operation("referenceData.jobTypes")
  @GET("jpm/v2/tenant/{tenant}/job-types")
  PageDto<ReferenceDto> jobTypes(
      @Path("tenant") long tenant, @Query("page") int page, @Query("pageSize") int pageSize, @Query("active") String active);

  /** The {@code referenceData.jobCancelReasons} operation. */
  @Operation("referenceData.jobCancelReasons")
  @GET("jpm/v2/tenant/{tenant}/job-cancel-reasons")
  PageDto<ReferenceDto> jobCancelReasons(
      @Path("tenant") long tenant, @Query("page") int page, @Query("pageSize") int pageSize, @Query("active") String active);

  /** The {@code referenceData.jobHoldReasons} operation. */
  @Operation("referenceData.jobHoldReasons")
  @GET("jpm/v2/tenant/{tenant}/job-hold-reasons")
  PageDto<ReferenceDto> jobHoldReasons(
      @Path("tenant") long tenant, @Query("page") int page, @Query("pageSize") int pageSize, @Query("active") String active);

  /** The {@code referenceData.campaigns} operation. */
  @Operation("referenceData.campaigns")
  @GET("marketing/v2/tenant/{tenant}/campaigns")
  PageDto<ReferenceDto> campaigns(
      @Path("tenant") long tenant, @Query("page") int page, @Query("pageSize") int pageSize, @Query("active") String active);

  /** The {@code referenceData.callReasons} operation. */
  @Operation("referenceData.callReasons")
  @GET("jbce/v2/tenant/{tenant}/call-reasons")
  PageDto<ReferenceDto> callReasons(
      @Path("tenant") long tenant, @Query("page") int page, @Query("pageSize") int pageSize, @Query("active") String active);

  /** The {@code invoices.list} operation. */
  @Operation("invoices.list")
  @GET("accounting/v2/tenant/{tenant}/invoices")
  PageDto<InvoiceDto> listInvoices(
      @Path("tenant") long tenant, @Query("page") int page, @Query("pageSize") int pageSize,
      @Query("statuses") List<String> statuses, @QueryMap Map<String, String> filters);

  /** The {@code invoices.export} operation. */
  @Operation("invoices.export")
  @GET("accounting/v2/tenant/{tenant}/export/invoices")
  ExportDto<Decoded<InvoiceDto>> exportInvoices(@Path("tenant") long tenant, @Query("from") @Nullable String from);

  /** The {@code invoices.markAsExported} operation. */
  @Operation("invoices.markAsExported")
  @POST("accounting/v2/tenant/{tenant}/invoices/markasexported")
  List<MarkExportedResultDto> markInvoicesExported(@Path("tenant") long tenant, @Body List<MarkExportedDto> body);

  /** The {@code attachments.upload} operation. */
  @Operation("attachments.upload")
  @Multipart
  @POST("forms/v2/tenant/{tenant}/jobs/{id}/attachments")
  UploadResultDto uploadAttachment(@Path("tenant") long tenant, @Path("id") long jobId, @Part MultipartBody.Part file);

  /** The {@code attachments.list} operation. */
  @Operation("attachments.list")
  @GET("forms/v2/tenant/{tenant}/jobs/{jobId}/attachments")
  PageDto<AttachmentDto> listAttachments(
      @Path("tenant") long tenant, @Path("jobId") long jobId, @Query("page") int page, @Query("pageSize") int pageSize);

  /** The {@code attachments.download} operation. */
  @Operation("attachments.download")
  @Streaming
  @GET("forms/v2/tenant/{tenant}/jobs/attachment/{id}")
  ResponseBody downloadAttachment(@Path("tenant") long tenant, @Path("id") long id);

  /** The {@code leads.create} operation. */
  @Operation("leads.create")
  @POST("crm/v2/tenant/{tenant}/leads")
  LeadDto createLead(@Path("tenant") long tenant, @Body CreateLeadDto body);

  /** The {@code leads.get} operation. */
  @Operation("leads.get")
  @GET("crm/v2/tenant/{tenant}/leads/{id}")
  LeadDto getLead(@Path("tenant") long tenant, @Path("id") long id);

  /** The {@code leads.list} operation. */
  @Operation("leads.list")
  @GET("crm/v2/tenant/{tenant}/leads")
  PageDto<LeadDto> listLeads(
      @Path("tenant") long tenant, @Query("page") int page, @Query("pageSize") int pageSize,
      @QueryMap Map<String, String> filters);

  /** The {@code leads.followUp} operation. */
  @Operation("leads.followUp")
  @POST("crm/v2/tenant/{tenant}/leads/{id}/follow-up")
  FollowUpResultDto followUpLead(@Path("tenant") long tenant, @Path("id") long id, @Body FollowUpDto body);

  /** The {@code leads.dismiss} operation. */
  @Operation("leads.dismiss")
  @POST("crm/v2/tenant/{tenant}/leads/{id}/dismiss")
  @Nullable Void dismissLead(@Path("tenant") long tenant, @Path("id") long id, @Body DismissLeadDto body);
}
