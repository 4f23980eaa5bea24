package io.workbridge.testkit.servicechannel;

import static io.workbridge.testkit.servicechannel.ScErrors.sc;
import static io.workbridge.testkit.servicechannel.ServiceChannelSimulator.USERNAME;

import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.JsonObject;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** Multipart attachment uploads ({@code AddAttachmentsRequest} descriptors and files) and their OData list. */
final class AttachmentRoutes {
  private final ScState state;
  private final ScWebhooks webhooks;

  AttachmentRoutes(ScState state, ScWebhooks webhooks) {
    this.state = state;
    this.webhooks = webhooks;
  }

  void register(ApiSimulator.Builder api) {
    api.post("/v3/workorders/{id}/attachments", this::uploadAttachments)
        .get("/v3/odata/{key}/attachments", this::odataAttachments);
  }

  private SimResponse uploadAttachments(SimRequest request) {
    ScState.WorkOrder wo = state.workOrderFor(request, 502, "Work Order not found");
    String contentType = request.header("Content-Type").orElse("");
    MediaType type = MediaType.parse(contentType);
    String boundary = type == null ? null : type.parameter("boundary");
    if (type == null || !type.subtype().equals("form-data") || boundary == null) {
      throw sc(400, 503, "Request must be multipart/form-data");
    }
    List<JsonObject> descriptors = new ArrayList<>();
    List<ScState.Attachment> files = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(request.bodyBytes()), boundary)) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = Optional.ofNullable(part.headers().get("Content-Disposition")).orElse("");
        String name = parameter(disposition, "name");
        byte[] bytes = part.body().readByteArray();
        if ("AddAttachmentsRequest".equals(name)) {
          Object json = Json.parse(new String(bytes, StandardCharsets.UTF_8));
          if (!(json instanceof Map)) {
            throw sc(400, 503, "AddAttachmentsRequest must be a JSON object");
          }
          @SuppressWarnings("unchecked")
          JsonObject descriptor = new JsonObject((Map<String, @Nullable Object>) json);
          descriptors.addAll(descriptor.objects("Attachments"));
        } else if ("file".equals(name)) {
          ScState.Attachment attachment = new ScState.Attachment();
          attachment.name = Optional.ofNullable(parameter(disposition, "filename")).orElse("file");
          attachment.mediaType = Optional.ofNullable(part.headers().get("Content-Type")).orElse("application/octet-stream");
          attachment.size = bytes.length;
          files.add(attachment);
        }
      }
    } catch (IOException unreadable) {
      throw sc(400, 503, "Unreadable multipart body");
    }
    if (files.isEmpty()) {
      throw sc(400, 503, "No file in the request");
    }
    for (int i = 0; i < files.size(); i++) {
      ScState.Attachment attachment = files.get(i);
      attachment.id = state.nextAttachmentId();
      attachment.timestamp = state.now();
      if (i < descriptors.size()) {
        JsonObject descriptor = descriptors.get(i);
        descriptor.optString("Name").filter(n -> !n.isBlank()).ifPresent(n -> attachment.name = n);
        attachment.description = descriptor.optString("Description").orElse("");
        attachment.visibility = descriptor.optLong("Visibility").map(Long::intValue).orElse(null);
      }
      wo.attachments.add(attachment);
    }
    wo.updatedDate = state.now();
    webhooks.deliver("WorkOrderAttachmentAdded", "UPDATE", wo, USERNAME);
    return SimResponse.status(201);
  }

  private static @Nullable String parameter(String disposition, String name) {
    Matcher m = Pattern.compile(";\\s*" + name + "=\"([^\"]*)\"").matcher(disposition);
    return m.find() ? m.group(1) : null;
  }

  private SimResponse odataAttachments(SimRequest request) {
    ScState.WorkOrder wo = ScOData.workOrder(state, request);
    ScState.Location location = state.location(wo);
    List<Object> value =
        wo.attachments.stream()
            .map(
                a ->
                    Json.obj(
                        "Id", a.id,
                        "Name", a.name,
                        "Description", a.description,
                        "TimeStamp", ScDateFormat.dto(a.timestamp, location.zone),
                        "Uri", state.url("/files/" + a.id),
                        "NoteId", null,
                        "Visibility", a.visibility == null ? null : (long) a.visibility))
            .collect(Collectors.toList());
    return SimResponse.ok(ScOData.page(request, value));
  }
}
