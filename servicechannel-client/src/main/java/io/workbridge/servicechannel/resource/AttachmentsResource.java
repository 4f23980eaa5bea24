package io.workbridge.servicechannel.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.SkipTopPaging;
import io.workbridge.servicechannel.internal.FieldWire;
import io.workbridge.servicechannel.internal.ScApi;
import io.workbridge.servicechannel.internal.ScDates;
import io.workbridge.servicechannel.internal.Values;
import io.workbridge.servicechannel.internal.Wire;
import io.workbridge.servicechannel.model.Attachment;
import io.workbridge.servicechannel.model.AttachmentUpload;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/** Work order attachments: multipart upload with descriptors, and the OData list. Thread-safe. */
public final class AttachmentsResource {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final ScApi api;
  private final Function<FieldWire.AddAttachments, String> descriptorWriter;

  /**
   * For {@link io.workbridge.servicechannel.ServiceChannelClient}.
   *
   * @param api the client's Retrofit interface
   * @param descriptorWriter writes the descriptor of each upload
   */
  public AttachmentsResource(ScApi api, Function<FieldWire.AddAttachments, String> descriptorWriter) {
    this.api = Objects.requireNonNull(api, "api");
    this.descriptorWriter = Objects.requireNonNull(descriptorWriter, "descriptorWriter");
  }

  /**
   * Uploads files to a work order in one multipart request: an {@code AddAttachmentsRequest} part describing
   * the files in order, then one {@code file} part per file. Not retried on server errors (a retry could add
   * the files twice).
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param files the files to upload
   * @param actor the name shown as uploader, or null
   */
  public void upload(long workOrderId, List<AttachmentUpload> files, @Nullable String actor) {
    upload(workOrderId, files, actor, RequestOptions.none());
  }

  /**
   * The same, with per-call {@link RequestOptions} (timeout, extra headers).
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param files the files to upload
   * @param actor the user name shown as the uploader, or {@code null} for the API user
   * @param options per-call options (timeout, extra headers) for this request
   */
  public void upload(long workOrderId, List<AttachmentUpload> files, @Nullable String actor, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("nothing to upload");
    }
    List<FieldWire.AttachmentDescriptor> descriptors = new ArrayList<>();
    List<MultipartBody.Part> parts = new ArrayList<>();
    for (AttachmentUpload file : files) {
      descriptors.add(
          new FieldWire.AttachmentDescriptor(
              file.fileName(),
              file.description().orElse(null),
              "File",
              file.mediaType(),
              file.visibility().isPresent() ? file.visibility().getAsInt() : null));
      parts.add(
          MultipartBody.Part.createFormData(
              "file", file.fileName(), RequestBody.create(file.content(), MediaType.parse(file.mediaType()))));
    }
    RequestBody descriptor =
        RequestBody.create(descriptorWriter.apply(new FieldWire.AddAttachments(descriptors)), JSON);
    api.uploadAttachments(workOrderId, actor, descriptor, parts, options);
  }

  /**
   * {@return the work order's attachments ({@code GET /odata/workorders({id})/attachments}), page by page}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public PageIterable<Attachment> list(long workOrderId) {
    return list(workOrderId, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param options per-call options (timeout, extra headers) for this request
   */
  public PageIterable<Attachment> list(long workOrderId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return SkipTopPaging.iterable(
        "attachments.list",
        SkipTopPaging.MAX_TOP,
        (skip, top) -> {
          Wire.ODataList<FieldWire.Attachment> page = api.listAttachments(workOrderId, top, skip, true, options);
          List<Attachment> items = new ArrayList<>();
          if (page.value() != null) {
            for (FieldWire.Attachment wire : page.value()) {
              if (wire == null || wire.id() == null) {
                continue;
              }
              Attachment.Builder a =
                  Attachment.builder()
                      .id(wire.id())
                      .name(wire.name() == null ? "" : wire.name())
                      .description(Values.text(wire.description()))
                      .uploadedAt(ScDates.parse(wire.timeStamp(), null))
                      .uri(Values.text(wire.uri()))
                      .visibility(Values.integer(wire.visibility()));
              if (wire.noteId() != null) {
                a.noteId(wire.noteId());
              }
              items.add(a.build());
            }
          }
          return SkipTopPaging.Response.of(items, page.count());
        });
  }
}
