package io.workbridge.servicetitan.internal;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.PageIterable;
import io.workbridge.client.TransportException;
import io.workbridge.client.spi.http.ApiRuntime;
import io.workbridge.client.spi.http.ErrorResponse;
import io.workbridge.client.spi.http.OperationTag;
import io.workbridge.servicetitan.model.Attachment;
import io.workbridge.servicetitan.resource.AttachmentsResource;
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

/** The {@link AttachmentsResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpAttachmentsResource implements AttachmentsResource {
  private final StContext context;
  private final OpsApi api;
  private final ApiRuntime runtime;

  /** Creates the resource; the client calls this. */
  public HttpAttachmentsResource(StContext context) {
    this.context = context;
    this.api = context.apis().ops();
    this.runtime = context.apis().runtime();
  }

  @Override
  public String upload(long jobId, String fileName, String contentType, byte[] content) {
    Objects.requireNonNull(fileName, "fileName");
    RequestBody body = RequestBody.create(content, MediaType.get(contentType));
    MultipartBody.Part part = MultipartBody.Part.createFormData("file", fileName, body);
    var answer = api.uploadAttachment(context.tenantId(), jobId, part);
    return Mapping.map("attachments.upload", answer, dto -> Objects.requireNonNull(dto.fileName(), "fileName"));
  }

  @Override
  public PageIterable<Attachment> list(long jobId) {
    return Feeds.pages(
        "attachments.list",
        context.pageSize(OptionalInt.empty()),
        (page, size) -> api.listAttachments(context.tenantId(), jobId, page, size),
        OpsMapping::attachment);
  }

  @Override
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
