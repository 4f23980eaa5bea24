package io.workbridge.servicechannel.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.client.RequestOptions;
import io.workbridge.servicechannel.model.Attachment;
import io.workbridge.servicechannel.model.AttachmentUpload;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Work order attachments: multipart upload with descriptors, and the OData list. Thread-safe. */
public interface AttachmentsResource {
  /**
   * Uploads files to a work order in one multipart request: an {@code AddAttachmentsRequest} part describing
   * the files in order, then one {@code file} part per file. Not retried on server errors (a retry could add
   * the files twice).
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param files the files to upload
   * @param actor the name shown as uploader, or null
   */
  void upload(long workOrderId, List<AttachmentUpload> files, @Nullable String actor);

  /**
   * The same, with per-call {@link RequestOptions} (timeout, extra headers).
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param files the files to upload
   * @param actor the user name shown as the uploader, or {@code null} for the API user
   * @param options per-call options (timeout, extra headers) for this request
   */
  void upload(long workOrderId, List<AttachmentUpload> files, @Nullable String actor, RequestOptions options);

  /**
   * {@return the work order's attachments ({@code GET /odata/workorders({id})/attachments}), page by page}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  PageIterable<Attachment> list(long workOrderId);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param options per-call options (timeout, extra headers) for this request
   */
  PageIterable<Attachment> list(long workOrderId, RequestOptions options);
}
