package io.workbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimRequestTest {

  private final Http http = new Http();
  private final AtomicReference<SimRequest> seen = new AtomicReference<>();
  private final ApiSimulator sim =
      ApiSimulator.builder("echo")
          .publicRoute(
              "POST",
              "/upload/{id}",
              request -> {
                seen.set(request);
                List<Object> parts = new ArrayList<>();
                for (MultipartPart part : request.multipartParts()) {
                  parts.add(
                      Json.obj(
                          "name", part.name(),
                          "filename", part.filename(),
                          "type", part.contentType(),
                          "size", part.body().size()));
                }
                return SimResponse.json(201, Json.obj("parts", parts));
              })
          .publicRoute(
              "POST",
              "/form",
              request -> SimResponse.ok(request.formParams()))
          .publicRoute(
              "GET",
              "/query",
              request ->
                  SimResponse.ok(
                      Json.obj(
                          "ids", request.queryValues("ids"),
                          "all", request.queryParams(),
                          "page", request.queryLong("page"))))
          .build()
          .start();

  @AfterEach
  void tearDown() {
    sim.close();
    http.close();
  }

  @Test
  void multipartParts_fileAndJsonParts_parsed() {
    RequestBody body =
        new MultipartBody.Builder()
            .setType(MultipartBody.FORM)
            .addFormDataPart("AddAttachmentsRequest", "{\"Description\":\"photo\"}")
            .addFormDataPart(
                "file", "pump room.jpg", RequestBody.create(new byte[] {1, 2, 3, 4}, MediaType.get("image/jpeg")))
            .build();

    Http.Reply reply =
        http.send(new Request.Builder().url(sim.url("/upload/7")).post(body).build());

    assertThat(reply.status()).isEqualTo(201);
    Map<String, Object> json = reply.json();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> parts = (List<Map<String, Object>>) json.get("parts");
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0))
        .containsEntry("name", "AddAttachmentsRequest")
        .containsEntry("filename", null)
        .containsEntry("size", 23L);
    assertThat(parts.get(1))
        .containsEntry("name", "file")
        .containsEntry("filename", "pump room.jpg")
        .containsEntry("type", "image/jpeg")
        .containsEntry("size", 4L);
    assertThat(seen.get().multipartParts().get(0).bodyString()).isEqualTo("{\"Description\":\"photo\"}");
  }

  @Test
  void multipartParts_notMultipart_400() {
    assertThat(http.json("POST", sim.url("/upload/1"), "{}", Map.of()).status()).isEqualTo(400);
  }

  @Test
  void formParams_decodesSpacesPlusAndPercent() {
    Http.Reply reply =
        http.send(
            new Request.Builder()
                .url(sim.url("/form"))
                .post(new FormBody.Builder().add("username", "a b+c@x.com").add("password", "p&w=1").build())
                .build());

    assertThat(reply.json()).containsEntry("username", "a b+c@x.com").containsEntry("password", "p&w=1");
  }

  @Test
  void query_repeatedValuesAndNumbers() {
    Http.Reply reply = http.get(sim.url("/query?ids=1&ids=2&page=3"), Map.of());

    assertThat(reply.json())
        .containsEntry("ids", List.of("1", "2"))
        .containsEntry("page", 3L)
        .containsEntry("all", Map.of("ids", "1", "page", "3"));
    assertThat(http.get(sim.url("/query?page=x"), Map.of()).status()).isEqualTo(400);
  }
}
