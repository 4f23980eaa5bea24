package io.workbridge.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Http;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.SimResponse;
import io.workbridge.testkit.oauth.OAuthServer;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiContractTest {

  private static final String BOOKING =
      "{\"source\":\"smart-home\",\"name\":\"Jane Doe\",\"summary\":\"Water detected\","
          + "\"isFirstTimeClient\":true,\"externalId\":\"alert-1\"}";

  private static final Http HTTP = new Http();
  private static final MutableClock CLOCK = MutableClock.fixed();
  private static OAuthServer oauth;
  private static ApiSimulator st;
  private static ApiSimulator sc;

  @BeforeAll
  static void startSimulators() {
    oauth =
        OAuthServer.builder().clock(CLOCK).tokenPath("/connect/token").build().registerClient("c", "s");
    st =
        ApiSimulator.builder("servicetitan-contract")
            .clock(CLOCK)
            .oauth(oauth)
            .contract(OpenApiContract.serviceTitan())
            .verifyOnClose(false)
            .post(
                "/crm/v2/tenant/{tenant}/booking-provider/{provider}/bookings",
                request -> SimResponse.ok(Json.obj("id", 1L)))
            .get("/crm/v2/tenant/{tenant}/customers", request -> SimResponse.ok(Json.obj("data", Json.arr())))
            .get("/jpm/v2/tenant/{tenant}/jobs/{id}", request -> SimResponse.ok(Json.obj("id", 5L)))
            .build()
            .start();
    sc =
        ApiSimulator.builder("servicechannel-contract")
            .contract(OpenApiContract.serviceChannel())
            .verifyOnClose(false)
            .publicRoute("PUT", "/v3/workorders/{id}/status", request -> SimResponse.ok(Json.obj()))
            .publicRoute("GET", "/v3/workorders", request -> SimResponse.ok(Json.arr()))
            .publicRoute(
                "POST", "/v3/workorders/{id}/attachments", request -> SimResponse.json(201, Json.arr()))
            .build()
            .start();
  }

  @AfterAll
  static void stopSimulators() {
    st.close();
    sc.close();
    HTTP.close();
  }

  private static Map<String, String> stHeaders() {
    return Map.of(
        "Authorization", "Bearer " + oauth.issueAccessToken("c", null), "ST-App-Key", "app-key");
  }

  private static Http.Reply postBooking(String body, Map<String, String> headers) {
    return HTTP.json(
        "POST", st.url("/crm/v2/tenant/123/booking-provider/77/bookings"), body, headers);
  }

  @Test
  void serviceTitan_validBooking_passes() {
    st.clearProblems();

    Http.Reply reply = postBooking(BOOKING, stHeaders());

    assertThat(reply.status()).isEqualTo(200);
    st.assertNoContractViolations();
  }

  @Test
  void serviceTitan_missingRequiredField_400AndRecorded() {
    st.clearProblems();

    Http.Reply reply = postBooking("{\"source\":\"x\",\"name\":\"y\"}", stHeaders());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("summary");
    assertThat(st.contractViolations()).hasSize(1);
    assertThat(st.contractViolations().get(0).path())
        .isEqualTo("/crm/v2/tenant/123/booking-provider/77/bookings");
    assertThatThrownBy(st::assertNoContractViolations)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("real API would reject")
        .hasMessageContaining("summary");
    assertThatThrownBy(st::verify).isInstanceOf(AssertionError.class);
    st.clearProblems();
  }

  @Test
  void serviceTitan_wrongType_400() {
    st.clearProblems();

    Http.Reply reply =
        postBooking(BOOKING.replace("\"isFirstTimeClient\":true", "\"isFirstTimeClient\":\"yes\""), stHeaders());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(st.contractViolations()).hasSize(1);
    st.clearProblems();
  }

  @Test
  void serviceTitan_missingAppKey_violation() {
    st.clearProblems();

    Http.Reply reply =
        postBooking(BOOKING, Map.of("Authorization", "Bearer " + oauth.issueAccessToken("c", null)));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(st.contractViolations()).hasSize(1);
    st.clearProblems();
  }

  @Test
  void serviceTitan_queryParameterOfWrongType_violation() {
    st.clearProblems();

    Http.Reply ok = HTTP.get(st.url("/crm/v2/tenant/123/customers?page=1&pageSize=50"), stHeaders());
    st.assertNoContractViolations();
    Http.Reply bad = HTTP.get(st.url("/crm/v2/tenant/123/customers?page=first"), stHeaders());

    assertThat(ok.status()).isEqualTo(200);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(st.contractViolations()).hasSize(1);
    st.clearProblems();
  }

  @Test
  void serviceTitan_moduleRoutedByPrefix_jpmPathValidatedAgainstJpm() {
    st.clearProblems();

    Http.Reply job = HTTP.get(st.url("/jpm/v2/tenant/123/jobs/5"), stHeaders());
    Http.Reply tenantNotNumber = HTTP.get(st.url("/jpm/v2/tenant/abc/jobs/5"), stHeaders());

    assertThat(job.status()).isEqualTo(200);
    assertThat(tenantNotNumber.status()).isEqualTo(400);
    assertThat(st.contractViolations()).hasSize(1);
    st.clearProblems();
  }

  @Test
  void serviceTitan_pathNotInDescriptionOrUnknownModule_violation() {
    st.clearProblems();

    HTTP.get(st.url("/crm/v2/tenant/123/not-an-endpoint"), stHeaders());
    HTTP.get(st.url("/nomodule/v2/tenant/123/things"), stHeaders());

    assertThat(st.contractViolations()).hasSize(2);
    assertThat(st.contractViolations().get(1).messages())
        .anySatisfy(message -> assertThat(message).contains("No API description covers"));
    st.clearProblems();
  }

  @Test
  void tokenEndpoint_notValidated() {
    st.clearProblems();

    Http.Reply token =
        HTTP.form(
            st.url("/connect/token"),
            Map.of("grant_type", "client_credentials", "client_id", "c", "client_secret", "s"),
            null);

    assertThat(token.status()).isEqualTo(200);
    st.assertNoContractViolations();
  }

  @Test
  void serviceChannel_statusBody_validatedUnderV3() {
    sc.clearProblems();

    Http.Reply ok =
        HTTP.json(
            "PUT",
            sc.url("/v3/workorders/2001/status"),
            "{\"Status\":{\"Primary\":\"IN PROGRESS\",\"Extended\":\"ON SITE\"},\"Note\":\"on it\"}",
            Map.of("Authorization", "Bearer t"));
    sc.assertNoContractViolations();
    Http.Reply bad =
        HTTP.json(
            "PUT",
            sc.url("/v3/workorders/2001/status"),
            "{\"Note\":\"no status\"}",
            Map.of("Authorization", "Bearer t"));

    assertThat(ok.status()).isEqualTo(200);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(sc.contractViolations()).hasSize(1);
    sc.clearProblems();
  }

  @Test
  void serviceChannel_arrayQueryParameter_csvAccepted_repeatedRejected() {
    sc.clearProblems();

    Http.Reply csv =
        HTTP.get(
            sc.url("/v3/workorders?status=IN%20PROGRESS,OPEN&number=1234,WO-1&page=1&pageSize=50"),
            Map.of("Authorization", "Bearer t"));
    assertThat(csv.status()).isEqualTo(200);
    sc.assertNoContractViolations();

    Http.Reply repeated =
        HTTP.get(sc.url("/v3/workorders?status=IN%20PROGRESS&status=OPEN"), Map.of("Authorization", "Bearer t"));
    Http.Reply badPage =
        HTTP.get(sc.url("/v3/workorders?page=first"), Map.of("Authorization", "Bearer t"));

    assertThat(repeated.status()).isEqualTo(400);
    assertThat(badPage.status()).isEqualTo(400);
    assertThat(sc.contractViolations()).hasSize(2);
    assertThat(sc.contractViolations().get(0).messages())
        .anyMatch(m -> m.startsWith(OpenApiContract.REPEATED_ARRAY_PARAMETER));
    sc.clearProblems();
  }

  @Test
  void serviceChannel_multipartAttachmentUpload_accepted() {
    sc.clearProblems();
    RequestBody multipart =
        new MultipartBody.Builder()
            .setType(MultipartBody.FORM)
            .addFormDataPart(
                "file", "photo.jpg", RequestBody.create(new byte[] {1, 2, 3}, MediaType.get("image/jpeg")))
            .build();

    Http.Reply reply =
        HTTP.send(
            new Request.Builder()
                .url(sc.url("/v3/workorders/2001/attachments?actor=Tech"))
                .header("Authorization", "Bearer t")
                .post(multipart)
                .build());

    assertThat(reply.status()).isEqualTo(201);
    sc.assertNoContractViolations();
  }

  @Test
  void validateResponses_simulatorAnswerOutsideDescription_recorded() {
    ApiSimulator strict =
        ApiSimulator.builder("strict")
            .contract(OpenApiContract.serviceTitan("crm"))
            .validateResponses(true)
            .verifyOnClose(false)
            .publicRoute(
                "GET",
                "/crm/v2/tenant/{tenant}/customers",
                request ->
                    request.query("page").orElse("1").equals("1")
                        ? SimResponse.ok(
                            Json.obj("page", 1L, "pageSize", 50L, "hasMore", false, "data", Json.arr()))
                        : SimResponse.ok(Json.obj("page", "two", "data", Json.arr())))
            .build()
            .start();
    try {
      Map<String, String> headers = Map.of("ST-App-Key", "k");
      assertThat(HTTP.get(strict.url("/crm/v2/tenant/1/customers?page=1"), headers).status()).isEqualTo(200);
      strict.assertNoContractViolations();

      HTTP.get(strict.url("/crm/v2/tenant/1/customers?page=2"), headers);

      assertThat(strict.contractViolations()).hasSize(1);
      assertThat(strict.contractViolations().get(0).messages())
          .allSatisfy(message -> assertThat(message).startsWith("response 200: validation.response"));
    } finally {
      strict.close();
    }
  }

  @Test
  void responseDeviation_hidesOnlyTheMessagesItCovers() {
    ApiSimulator strict =
        ApiSimulator.builder("strict-with-deviation")
            .contract(
                OpenApiContract.builder()
                    .spec("/crm/v2", "openapi/servicetitan/crm-v2.json")
                    .responseDeviation(
                        ResponseDeviation.of(
                            "GET", "/crm/v2/tenant/\\d+/customers", "Instance type \\(string\\)", "test"))
                    .build())
            .validateResponses(true)
            .verifyOnClose(false)
            .publicRoute(
                "GET",
                "/crm/v2/tenant/{tenant}/customers",
                request ->
                    request.query("page").orElse("1").equals("1")
                        ? SimResponse.ok(Json.obj("page", "one", "pageSize", 50L, "hasMore", false, "data", Json.arr()))
                        : SimResponse.ok(Json.obj("page", 2L, "pageSize", 50L, "data", Json.arr())))
            .build()
            .start();
    try {
      Map<String, String> headers = Map.of("ST-App-Key", "k");
      HTTP.get(strict.url("/crm/v2/tenant/1/customers?page=1"), headers);
      strict.assertNoContractViolations();

      HTTP.get(strict.url("/crm/v2/tenant/1/customers?page=2"), headers);
      assertThat(strict.contractViolations()).hasSize(1);
      assertThat(strict.contractViolations().get(0).messages())
          .anyMatch(m -> m.contains("validation.response.body.schema.required"));
    } finally {
      strict.close();
    }
  }

  @Test
  void simulators_listTheirResponseDeviations_eachWithAReason() {
    assertThat(io.workbridge.testkit.servicechannel.ServiceChannelSimulator.RESPONSE_DEVIATIONS)
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.reason()).isNotBlank());
    assertThat(io.workbridge.testkit.servicetitan.ServiceTitanSimulator.RESPONSE_DEVIATIONS)
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.reason()).contains("servicetitan.md"));
  }

  @Test
  void builder_withoutSpecs_rejected() {
    assertThatThrownBy(() -> OpenApiContract.builder().build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void spec_prefixReadFromDescription() {
    assertThat(OpenApiContract.prefixOf("openapi/servicetitan/crm-v2.json")).isEqualTo("/crm/v2");
    assertThat(OpenApiContract.prefixOf("openapi/servicechannel/service-automation-v3.json"))
        .isEqualTo("/v3");
  }
}
