package io.workbridge.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.workbridge.testkit.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseCasesTest {
  private static final String JPM = "openapi/servicetitan/jpm-v2.json";
  private static final String CRM = "openapi/servicetitan/crm-v2.json";
  private static final String ACCOUNTING = "openapi/servicetitan/accounting-v2.json";
  private static final String SC = "openapi/servicechannel/service-automation-v3.json";
  private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

  @Test
  void sameSeed_sameCases_otherSeed_otherRandomCases() {
    List<ResponseCase> first = ResponseCases.builder(JPM, "GET", "/tenant/{tenant}/jobs/{id}").seed(7).generate();
    List<ResponseCase> again = ResponseCases.builder(JPM, "GET", "/tenant/{tenant}/jobs/{id}").seed(7).generate();
    List<ResponseCase> other = ResponseCases.builder(JPM, "GET", "/tenant/{tenant}/jobs/{id}").seed(8).generate();

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(first).hasSize(250);
  }

  @Test
  void cases_coverEveryCategory() {
    List<String> labels =
        ResponseCases.builder(JPM, "GET", "/tenant/{tenant}/jobs/{id}").limit(2000).generate().stream()
            .map(ResponseCase::label)
            .toList();

    assertThat(labels).contains("all-fields", "required-only", "empty-lists", "unknown-fields",
        "date-times:0-digits,utc", "date-times:7-digits,numeric", "date-times:3-digits,none",
        "date-times:dotnet-min", "integers:max", "integers:min", "absent:$.summary", "null:$.summary",
        "int:$.customerId=max", "empty:$.tagTypeIds");
    assertThat(labels).anyMatch(label -> label.startsWith("random#"));
    assertThat(ResponseCases.builder(JPM, "GET", "/tenant/{tenant}/appointments/{id}").generate())
        .extracting(ResponseCase::label)
        .contains("enum:$.status=Scheduled", "enum:$.status=Canceled");
  }

  @Test
  void requiredOnly_hasExactlyTheRequiredProperties() {
    ResponseCase requiredOnly =
        ResponseCases.builder(JPM, "GET", "/tenant/{tenant}/appointments/{id}").generate().stream()
            .filter(c -> c.label().equals("required-only"))
            .findFirst()
            .orElseThrow();

    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) Json.parse(requiredOnly.body());
    assertThat(body.keySet())
        .containsExactlyInAnyOrder("id", "jobId", "start", "end", "status", "createdOn", "modifiedOn",
            "customerId", "unused", "createdById", "isConfirmed", "active");
  }

  @Test
  void swagger2_optionalMayBeNull_addsNullCases() {
    List<String> strict =
        ResponseCases.builder(SC, "GET", "/workorders/{workorderId}").limit(5000).generate().stream()
            .map(ResponseCase::label).toList();
    List<String> dotNet =
        ResponseCases.builder(SC, "GET", "/workorders/{workorderId}").limit(5000).optionalMayBeNull(true)
            .generate().stream().map(ResponseCase::label).toList();

    assertThat(strict).noneMatch(label -> label.startsWith("null:"));
    assertThat(dotNet).contains("null:$.Location", "null:$.Notes");
  }

  @Test
  void noSchema_getsAnythingGoesBodies() {
    List<ResponseCase> cases = ResponseCases.builder(SC, "POST", "/workorders/{workorderId}/notes").generate();

    assertThat(cases).extracting(ResponseCase::label).contains("no-schema:empty-body", "no-schema:number");
    assertThat(cases).allSatisfy(c -> assertThat(c.status()).isEqualTo(201));
  }

  @Test
  void unknownOperation_isRejected() {
    assertThatThrownBy(() -> ResponseCases.builder(JPM, "GET", "/tenant/{tenant}/nothing").generate())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/tenant/{tenant}/nothing");
  }

  /** The generator must itself be right: every case it calls valid passes the description's validator. */
  @ParameterizedTest
  @CsvSource({
    JPM + ",/jpm/v2,GET,/tenant/{tenant}/jobs/{id},/tenant/1/jobs/2",
    JPM + ",/jpm/v2,GET,/tenant/{tenant}/appointments,/tenant/1/appointments",
    CRM + ",/crm/v2,GET,/tenant/{tenant}/customers/{id},/tenant/1/customers/2",
    CRM + ",/crm/v2,POST,/tenant/{tenant}/booking-provider/{booking_provider}/bookings,/tenant/1/booking-provider/2/bookings",
    ACCOUNTING + ",/accounting/v2,GET,/tenant/{tenant}/export/invoices,/tenant/1/export/invoices",
    SC + ",/v3,GET,/workorders/{workorderId},/workorders/5",
    SC + ",/v3,GET,/workorders/{workorderId}/notes,/workorders/5/notes",
    SC + ",/v3,GET,/odata/workorders,/odata/workorders"
  })
  void casesWithinTheDescription_passItsValidator(
      String resource, String prefix, String method, String path, String concretePath) {
    OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(resource + prefix, k -> validator(resource, prefix));
    List<String> problems = new ArrayList<>();
    for (ResponseCase fuzzCase : ResponseCases.builder(resource, method, path).limit(60).generate()) {
      if (!fuzzCase.withinDescription()) {
        continue;
      }
      SimpleResponse.Builder response = new SimpleResponse.Builder(fuzzCase.status());
      if (!fuzzCase.body().isEmpty()) {
        response.withContentType("application/json").withBody(fuzzCase.body());
      }
      ValidationReport report =
          validator.validateResponse(prefix + concretePath, Request.Method.valueOf(method), response.build());
      report.getMessages().stream()
          .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
          .forEach(m -> problems.add(fuzzCase.label() + ": " + m.getKey() + " " + m.getMessage()));
    }
    assertThat(problems).isEmpty();
  }

  private static OpenApiInteractionValidator validator(String resource, String prefix) {
    try (InputStream in = ResponseCasesTest.class.getClassLoader().getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return OpenApiInteractionValidator.createForInlineApiSpecification(text).withBasePathOverride(prefix).build();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
