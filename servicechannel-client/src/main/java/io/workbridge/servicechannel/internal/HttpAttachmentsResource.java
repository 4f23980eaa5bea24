package io.workbridge.servicechannel.internal;

import io.workbridge.client.PageIterable;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.spi.paging.SkipTopPaging;
import io.workbridge.servicechannel.model.Attachment;
import io.workbridge.servicechannel.model.AttachmentUpload;
import io.workbridge.servicechannel.resource.AttachmentsResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/** The {@link AttachmentsResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpAttachmentsResource implements AttachmentsResource {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final ScApi api;
  private final Function<FieldWire.AddAttachments, String> descriptorWriter;

  /** Creates the resource; the client calls this. */
  public HttpAttachmentsResource(ScApi api, Function<FieldWire.AddAttachments, String> descriptorWriter) {
    this.api = Objects.requireNonNull(api, "api");
    this.descriptorWriter = Objects.requireNonNull(descriptorWriter, "descriptorWriter");
  }

  @Override
  public void upload(long workOrderId, List<AttachmentUpload> files, @Nullable String actor) {
    upload(workOrderId, files, actor, RequestOptions.none());
  }

  @Override
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

  @Override
  public PageIterable<Attachment> list(long workOrderId) {
    return list(workOrderId, RequestOptions.none());
  }

  @Override
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
