package io.workbridge.sync.model;

import org.immutables.value.Value;

/**
 * A file the sync attaches to a ServiceChannel work order (SC-15). The {@link #description()} names
 * the ServiceTitan attachment it came from, which lets a restarted cycle find it again instead of
 * uploading it twice.
 */
@Value.Immutable
public interface AttachmentUpload {

  /** {@return the file name} */
  String fileName();

  /** {@return the media type} */
  String contentType();

  /** {@return a description naming the source attachment} */
  String description();

  /** {@return the file's bytes (copied on the way in and out)} */
  @Value.Auxiliary
  byte[] content();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AttachmentUpload} instances. */
  final class Builder extends ImmutableAttachmentUpload.Builder {}
}
