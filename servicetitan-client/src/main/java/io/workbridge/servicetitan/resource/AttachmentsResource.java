package io.workbridge.servicetitan.resource;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.PageIterable;
import io.workbridge.client.TransportException;
import io.workbridge.client.http.ApiRuntime;
import io.workbridge.client.http.ErrorResponse;
import io.workbridge.client.http.OperationTag;
import io.workbridge.servicetitan.internal.Feeds;
import io.workbridge.servicetitan.internal.Mapping;
import io.workbridge.servicetitan.internal.OpsApi;
import io.workbridge.servicetitan.internal.OpsMapping;
import io.workbridge.servicetitan.internal.StContext;
import io.workbridge.servicetitan.model.Attachment;
import java.io.IOException;
import java.util.Objects;
import java.util.OptionalInt;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Job attachments ({@code forms/v2/tenant/{tenant}/jobs/…}): upload one file as {@code multipart/form-data}
 * part {@code file}, list a job's attachments, download one (redirects to file storage are followed).
 */
public final class AttachmentsResource {
  private final StContext context;
  private final OpsApi api;
  private final ApiRuntime runtime;

  /**
   * Created by the client; not for direct use.
   *
   * @param context the client's shared state
   */
  public AttachmentsResource(StContext context) {
    this.context = context;
    this.api = context.apis().ops();
    this.runtime = context.apis().runtime();
  }

  /**
   * Uploads a file to a job.
   *
   * @param jobId the job
   * @param fileName the file name shown in ServiceTitan
   * @param contentType the media type, for example {@code image/jpeg}
   * @param content the bytes
   * @return the file name ServiceTitan stored
   */
  public String upload(long jobId, String fileName, String contentType, byte[] content) {
    Objects.requireNonNull(fileName, "fileName");
    RequestBody body = RequestBody.create(content, MediaType.get(contentType));
    MultipartBody.Part part = MultipartBody.Part.createFormData("file", fileName, body);
    var answer = api.uploadAttachment(context.tenantId(), jobId, part);
    return Mapping.map("attachments.upload", answer, dto -> Objects.requireNonNull(dto.fileName(), "fileName"));
  }

  /**
   * {@return the attachments of a job}
   *
   * @param jobId the ServiceTitan job's id
   */
  public PageIterable<Attachment> list(long jobId) {
    return Feeds.pages(
        "attachments.list",
        context.pageSize(OptionalInt.empty()),
        (page, size) -> api.listAttachments(context.tenantId(), jobId, page, size),
        OpsMapping::attachment);
  }

  /**
   * Downloads an attachment's bytes. ServiceTitan may answer with a redirect to file storage; the
   * redirect is followed without this API's credentials (no token, no app key leave for another host).
   *
   * @param attachmentId the attachment's id
   * @return the attachment's bytes
   */
  public byte[] download(long attachmentId) {
    String operation = "attachments.download";
    HttpUrl url =
        runtime.baseUrl().newBuilder()
            .addPathSegments("forms/v2/tenant/" + context.tenantId() + "/jobs/attachment/" + attachmentId)
            .build();
    Request request = OperationTag.tag(new Request.Builder().url(url).get(), operation, true).build();
    OkHttpClient noRedirects = runtime.httpClient().newBuilder().followRedirects(false).build();
    try (Response response = noRedirects.newCall(request).execute()) {
      if (response.isSuccessful()) {
        return body(response, operation);
      }
      String location = response.header("Location");
      if (response.isRedirect() && location != null) {
        HttpUrl target = url.resolve(location);
        if (target == null) {
          throw new InvalidResponseException(operation, null, "the redirect location is not a URL", null);
        }
        try (Response stored = runtime.plainHttpClient().newCall(new Request.Builder().url(target).get().build()).execute()) {
          if (stored.isSuccessful()) {
            return body(stored, operation);
          }
          throw failure(stored, operation);
        }
      }
      throw failure(response, operation);
    } catch (IOException e) {
      throw new TransportException(operation, true, e);
    }
  }

  private static byte[] body(Response response, String operation) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      throw new InvalidResponseException(operation, null, "the response had no body", null);
    }
    return body.bytes();
  }

  private RuntimeException failure(Response response, String operation) throws IOException {
    ResponseBody body = response.body();
    String text = body == null ? "" : body.string();
    ErrorResponse error = new ErrorResponse(response.code(), operation, response.headers().toMultimap(), text);
    return runtime.errors().toException(runtime.errors().parse(error), error);
  }
}
