package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.Attachment;

/**
 * Job attachments ({@code forms/v2/tenant/{tenant}/jobs/…}): upload one file as {@code multipart/form-data}
 * part {@code file}, list a job's attachments, download one (redirects to file storage are followed).
 */
public interface AttachmentsResource {
  /**
   * Uploads a file to a job.
   *
   * @param jobId the job
   * @param fileName the file name shown in ServiceTitan
   * @param contentType the media type, for example {@code image/jpeg}
   * @param content the bytes
   * @return the file name ServiceTitan stored
   */
  String upload(long jobId, String fileName, String contentType, byte[] content);

  /**
   * {@return the attachments of a job}
   *
   * @param jobId the ServiceTitan job's id
   */
  PageIterable<Attachment> list(long jobId);

  /**
   * Downloads an attachment's bytes. ServiceTitan may answer with a redirect to file storage; the
   * redirect is followed without this API's credentials (no token, no app key leave for another host).
   *
   * @param attachmentId the attachment's id
   * @return the attachment's bytes
   */
  byte[] download(long attachmentId);
}
