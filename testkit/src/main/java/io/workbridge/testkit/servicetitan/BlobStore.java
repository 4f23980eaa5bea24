package io.workbridge.testkit.servicetitan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * File storage on its own host, where attachment downloads are redirected (like a pre-signed storage
 * URL): it needs no token and refuses requests that carry one, so a client must not forward its
 * credentials to it.
 */
final class BlobStore implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final Map<Long, byte[]> blobs = new ConcurrentHashMap<>();

  BlobStore() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (request.getHeaders().get("Authorization") != null || request.getHeaders().get("ST-App-Key") != null) {
              return new MockResponse.Builder().code(400).body("credentials must not be sent to file storage").build();
            }
            String path = request.getUrl().encodedPath();
            try {
              byte[] blob = blobs.get(Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));
              if (blob != null) {
                return new MockResponse.Builder()
                    .code(200)
                    .setHeader("Content-Type", "application/octet-stream")
                    .body(new Buffer().write(blob))
                    .build();
              }
            } catch (NumberFormatException notAnId) {
              // fall through
            }
            return new MockResponse.Builder().code(404).build();
          }
        });
  }

  void start() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void put(long id, byte[] content) {
    blobs.put(id, content.clone());
  }

  /** The storage URL of a blob; the host is 127.0.0.1 so it differs from the API's {@code localhost}. */
  String url(long id) {
    return "http://127.0.0.1:" + server.getPort() + "/blobs/" + id + "?sig=simulated";
  }

  @Override
  public void close() {
    server.close();
  }
}
