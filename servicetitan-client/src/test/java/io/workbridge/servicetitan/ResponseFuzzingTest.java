package io.workbridge.servicetitan;

import io.workbridge.client.RateLimiter;
import io.workbridge.servicetitan.model.Address;
import io.workbridge.servicetitan.model.BookingQuery;
import io.workbridge.servicetitan.model.BookingUpdate;
import io.workbridge.servicetitan.model.Contact;
import io.workbridge.servicetitan.model.ContactType;
import io.workbridge.servicetitan.model.CustomerQuery;
import io.workbridge.servicetitan.model.CustomerUpdate;
import io.workbridge.servicetitan.model.InvoiceExportMark;
import io.workbridge.servicetitan.model.JobQuery;
import io.workbridge.servicetitan.model.JobUpdate;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.model.LocationQuery;
import io.workbridge.servicetitan.model.LocationUpdate;
import io.workbridge.servicetitan.model.NewAppointment;
import io.workbridge.servicetitan.model.NewBooking;
import io.workbridge.servicetitan.model.NewCustomer;
import io.workbridge.servicetitan.model.NewJob;
import io.workbridge.servicetitan.model.NewLead;
import io.workbridge.servicetitan.model.NewLocation;
import io.workbridge.servicetitan.model.Priority;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.fuzz.Deviation;
import io.workbridge.testkit.fuzz.FuzzOperation;
import io.workbridge.testkit.fuzz.FuzzReport;
import io.workbridge.testkit.fuzz.ResponseFuzzer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Schema-driven response fuzzing: every operation of the client gets a few hundred answers generated from
 * the official description's response schema alone (see {@link io.workbridge.testkit.fuzz.ResponseCases}),
 * served over HTTP and decoded through the client's real path. Every answer must decode, unless {@link
 * #DEVIATIONS} documents why not.
 */
class ResponseFuzzingTest {
  private static final String CRM = "openapi/servicetitan/crm-v2.json";
  private static final String JPM = "openapi/servicetitan/jpm-v2.json";
  private static final String DISPATCH = "openapi/servicetitan/dispatch-v2.json";
  private static final String PAYROLL = "openapi/servicetitan/payroll-v2.json";
  private static final String SETTINGS = "openapi/servicetitan/settings-v2.json";
  private static final String MARKETING = "openapi/servicetitan/marketing-v2.json";
  private static final String JBCE = "openapi/servicetitan/jbce-v2.json";
  private static final String ACCOUNTING = "openapi/servicetitan/accounting-v2.json";
  private static final String FORMS = "openapi/servicetitan/forms-v2.json";

  private static final String PROVIDER_BOOKINGS = "/tenant/{tenant}/booking-provider/{booking_provider}/bookings";

  /**
   * Where the client deliberately decodes less than the description allows, each with its reason and the
   * reference that documents it. The README's deviation table lists the same entries.
   */
  static final List<Deviation> DEVIATIONS =
      List.of(
          Deviation.of(
              ".*\\.export(Notes)?",
              "^random#",
              "hasMore is true but no continuation token was sent",
              "An export answer with hasMore=true and a blank continueFrom cannot be continued: the client fails"
                  + " with InvalidResponseException at $.continueFrom rather than end the walk as if the feed"
                  + " were caught up, which would silently skip the rest of the feed.",
              "servicetitan.md §3.2 (hasMore=true: call again immediately with the new continueFrom)"),
          Deviation.of(
              "attachments\\.list",
              "^no-schema:(empty-body|empty-array|number|string)$",
              "The description publishes no schema for the job attachment list; the client reads the"
                  + " paginated envelope every ServiceTitan list answers with (page, pageSize, hasMore, data), so"
                  + " a body that is not a JSON object is refused as invalid.",
              "servicetitan.md §4.9 (list response schema not published), §3.1 (PaginatedResponse envelope)"));

  @Test
  void everyOperation_decodesEveryAnswerTheDescriptionAllows() {
    MutableClock clock = MutableClock.at("2026-06-01T12:00:00Z");
    try (ResponseFuzzer fuzzer = ResponseFuzzer.builder().tokenPath("/connect/token").build().start();
        ServiceTitanClient st =
            ServiceTitanClient.builder()
                .baseUrl(fuzzer.url("/"))
                .tokenUrl(fuzzer.tokenUrl())
                .tenantId(1234567L)
                .bookingProviderId(42L)
                .applicationGuid("8f14e45f-ceea-467f-a0e6-3f1f1e2b6a11")
                .appKey("ak1.fuzz")
                .clientId("cid.fuzz")
                .clientSecret("cs1.fuzz")
                .referenceDataTtl(Duration.ZERO)
                .rateLimiter(RateLimiter.unlimited())
                .maxRetries(0)
                .clock(clock)
                .sleeper(clock::sleep)
                .build()) {
      FuzzReport report = fuzzer.run("servicetitan", operations(st), DEVIATIONS);
      report.assertAllDecoded();
    }
  }

  /** Every operation of the client, with an argument set the client accepts. */
  static List<FuzzOperation> operations(ServiceTitanClient st) {
    List<FuzzOperation> ops = new ArrayList<>();
    Address address = Address.builder().street("1 Main St").city("Dallas").state("TX").zip("75001").country("USA").build();
    Contact phone = Contact.builder().type(ContactType.PHONE).value("555-0100").build();

    // CRM: bookings
    ops.add(op("bookings.create", CRM, "POST", PROVIDER_BOOKINGS, () -> st.bookings().create(
        NewBooking.builder().source("fuzz").name("Store").summary("Leak").isFirstTimeClient(false).externalId("x-1").build())));
    ops.add(op("bookings.get", CRM, "GET", PROVIDER_BOOKINGS + "/{id}", () -> st.bookings().get(7)));
    ops.add(op("bookings.list", CRM, "GET", PROVIDER_BOOKINGS,
        () -> st.bookings().list(BookingQuery.builder().build()).firstPage()));
    ops.add(op("bookings.findByExternalId", CRM, "GET", PROVIDER_BOOKINGS, () -> st.bookings().findByExternalId("x-1")));
    ops.add(op("bookings.update", CRM, "PATCH", PROVIDER_BOOKINGS + "/{id}",
        () -> st.bookings().update(7, BookingUpdate.builder().summary("More").build())));
    ops.add(op("bookings.dismiss", CRM, "POST", PROVIDER_BOOKINGS + "/{id}/dismiss", () -> {
      st.bookings().dismiss(7, 3L, "duplicate");
      return null;
    }));
    ops.add(op("bookings.contacts", CRM, "GET", PROVIDER_BOOKINGS + "/{id}/contacts",
        () -> st.bookings().contacts(7).firstPage()));
    ops.add(op("bookings.addContact", CRM, "POST", PROVIDER_BOOKINGS + "/{id}/contacts",
        () -> st.bookings().addContact(7, phone)));
    ops.add(op("bookings.listTenantWide", CRM, "GET", "/tenant/{tenant}/bookings",
        () -> st.bookings().listTenantWide(BookingQuery.builder().build()).firstPage()));
    ops.add(op("bookings.getTenantWide", CRM, "GET", "/tenant/{tenant}/bookings/{id}", () -> st.bookings().getTenantWide(7)));
    ops.add(op("bookings.export", CRM, "GET", "/tenant/{tenant}/export/bookings", () -> st.bookings().export(null).firstPage()));

    // CRM: customers and locations
    ops.add(op("customers.create", CRM, "POST", "/tenant/{tenant}/customers", () -> st.customers().create(
        NewCustomer.builder().name("Acme").address(address)
            .addLocation(NewLocation.builder().name("Acme #1").address(address).build()).build())));
    ops.add(op("customers.get", CRM, "GET", "/tenant/{tenant}/customers/{id}", () -> st.customers().get(7)));
    ops.add(op("customers.list", CRM, "GET", "/tenant/{tenant}/customers",
        () -> st.customers().list(CustomerQuery.builder().build()).firstPage()));
    ops.add(op("customers.update", CRM, "PATCH", "/tenant/{tenant}/customers/{id}",
        () -> st.customers().update(7, CustomerUpdate.builder().name("Acme Inc").build())));
    ops.add(op("customers.export", CRM, "GET", "/tenant/{tenant}/export/customers",
        () -> st.customers().export(null).firstPage()));
    ops.add(op("locations.create", CRM, "POST", "/tenant/{tenant}/locations", () -> st.locations().create(
        NewLocation.builder().customerId(7L).name("Acme #2").address(address).build())));
    ops.add(op("locations.get", CRM, "GET", "/tenant/{tenant}/locations/{id}", () -> st.locations().get(7)));
    ops.add(op("locations.list", CRM, "GET", "/tenant/{tenant}/locations",
        () -> st.locations().list(LocationQuery.builder().build()).firstPage()));
    ops.add(op("locations.update", CRM, "PATCH", "/tenant/{tenant}/locations/{id}",
        () -> st.locations().update(7, LocationUpdate.builder().name("Back door").build())));
    ops.add(op("locations.export", CRM, "GET", "/tenant/{tenant}/export/locations",
        () -> st.locations().export(null).firstPage()));

    // CRM: leads
    ops.add(op("leads.create", CRM, "POST", "/tenant/{tenant}/leads", () -> st.leads().create(
        NewLead.builder().campaignId(5L).summary("Leak sensor").followUpDate(Instant.parse("2026-06-02T09:00:00Z")).build())));
    ops.add(op("leads.get", CRM, "GET", "/tenant/{tenant}/leads/{id}", () -> st.leads().get(7)));
    ops.add(op("leads.list", CRM, "GET", "/tenant/{tenant}/leads",
        () -> st.leads().list(Optional.empty(), OptionalLong.empty(), ListFilter.none()).firstPage()));
    ops.add(op("leads.followUp", CRM, "POST", "/tenant/{tenant}/leads/{id}/follow-up", () -> {
      st.leads().followUp(7, Instant.parse("2026-06-02T09:00:00Z"), "call back", false);
      return null;
    }));
    ops.add(op("leads.dismiss", CRM, "POST", "/tenant/{tenant}/leads/{id}/dismiss", () -> {
      st.leads().dismiss(7, 3);
      return null;
    }));

    // JPM: jobs
    ops.add(op("jobs.create", JPM, "POST", "/tenant/{tenant}/jobs", () -> st.jobs().create(
        NewJob.builder().customerId(1L).locationId(2L).businessUnitId(3L).jobTypeId(4L).campaignId(5L)
            .priority(Priority.HIGH)
            .addAppointment(NewAppointment.builder()
                .start(Instant.parse("2026-06-02T09:00:00Z")).end(Instant.parse("2026-06-02T11:00:00Z")).build())
            .build())));
    ops.add(op("jobs.get", JPM, "GET", "/tenant/{tenant}/jobs/{id}", () -> st.jobs().get(7)));
    ops.add(op("jobs.list", JPM, "GET", "/tenant/{tenant}/jobs", () -> st.jobs().list(JobQuery.builder().build()).firstPage()));
    ops.add(op("jobs.findByBookingId", JPM, "GET", "/tenant/{tenant}/jobs", () -> st.jobs().findByBookingId(7)));
    ops.add(op("jobs.update", JPM, "PATCH", "/tenant/{tenant}/jobs/{id}",
        () -> st.jobs().update(7, JobUpdate.builder().priority(Priority.URGENT).build())));
    ops.add(op("jobs.cancel", JPM, "PUT", "/tenant/{tenant}/jobs/{id}/cancel", () -> {
      st.jobs().cancel(7, 3, "customer cancelled");
      return null;
    }));
    ops.add(op("jobs.hold", JPM, "PUT", "/tenant/{tenant}/jobs/{id}/hold", () -> {
      st.jobs().hold(7, 3, "parts");
      return null;
    }));
    ops.add(op("jobs.complete", JPM, "PUT", "/tenant/{tenant}/jobs/{id}/complete", () -> {
      st.jobs().complete(7, Instant.parse("2026-06-02T12:00:00Z"));
      return null;
    }));
    ops.add(op("jobs.notes", JPM, "GET", "/tenant/{tenant}/jobs/{id}/notes", () -> st.jobs().notes(7).firstPage()));
    ops.add(op("jobs.addNote", JPM, "POST", "/tenant/{tenant}/jobs/{id}/notes", () -> st.jobs().addNote(7, "note", false)));
    ops.add(op("jobs.customFieldTypes", JPM, "GET", "/tenant/{tenant}/jobs/custom-fields",
        () -> st.jobs().customFieldTypes().firstPage()));
    ops.add(op("jobs.export", JPM, "GET", "/tenant/{tenant}/export/jobs", () -> st.jobs().export(null).firstPage()));
    ops.add(op("jobs.exportNotes", JPM, "GET", "/tenant/{tenant}/export/job-notes", () -> st.jobs().exportNotes(null).firstPage()));

    // JPM: appointments and reference data
    ops.add(op("appointments.list", JPM, "GET", "/tenant/{tenant}/appointments",
        () -> st.appointments().list(OptionalLong.empty(), ListFilter.none()).firstPage()));
    ops.add(op("appointments.ofJob", JPM, "GET", "/tenant/{tenant}/appointments", () -> st.appointments().ofJob(7).firstPage()));
    ops.add(op("appointments.get", JPM, "GET", "/tenant/{tenant}/appointments/{id}", () -> st.appointments().get(7)));
    ops.add(op("appointments.export", JPM, "GET", "/tenant/{tenant}/export/appointments",
        () -> st.appointments().export(null).firstPage()));
    ops.add(op("referenceData.jobTypes", JPM, "GET", "/tenant/{tenant}/job-types", () -> st.referenceData().jobTypes()));
    ops.add(op("referenceData.jobCancelReasons", JPM, "GET", "/tenant/{tenant}/job-cancel-reasons",
        () -> st.referenceData().jobCancelReasons()));
    ops.add(op("referenceData.jobHoldReasons", JPM, "GET", "/tenant/{tenant}/job-hold-reasons",
        () -> st.referenceData().jobHoldReasons()));

    // Dispatch
    ops.add(op("assignments.list", DISPATCH, "GET", "/tenant/{tenant}/appointment-assignments",
        () -> st.assignments().list(OptionalLong.empty(), ListFilter.none()).firstPage()));
    ops.add(op("assignments.export", DISPATCH, "GET", "/tenant/{tenant}/export/appointment-assignments",
        () -> st.assignments().export(null).firstPage()));
    ops.add(op("assignments.assign", DISPATCH, "POST", "/tenant/{tenant}/appointment-assignments/assign-technicians",
        () -> st.assignments().assign(7, List.of(8L))));
    ops.add(op("assignments.unassign", DISPATCH, "POST", "/tenant/{tenant}/appointment-assignments/unassign-technicians",
        () -> st.assignments().unassign(7, List.of(8L))));

    // Payroll, settings, marketing, call reasons
    ops.add(op("timesheets.ofJob", PAYROLL, "GET", "/tenant/{tenant}/jobs/{job}/timesheets", () -> st.timesheets().ofJob(7).firstPage()));
    ops.add(op("timesheets.list", PAYROLL, "GET", "/tenant/{tenant}/jobs/timesheets",
        () -> st.timesheets().list(ListFilter.none()).firstPage()));
    ops.add(op("timesheets.export", PAYROLL, "GET", "/tenant/{tenant}/export/jobs/timesheets",
        () -> st.timesheets().export(null).firstPage()));
    ops.add(op("technicians.list", SETTINGS, "GET", "/tenant/{tenant}/technicians",
        () -> st.technicians().list(ListFilter.none()).firstPage()));
    ops.add(op("technicians.get", SETTINGS, "GET", "/tenant/{tenant}/technicians/{id}", () -> st.technicians().get(7)));
    ops.add(op("referenceData.businessUnits", SETTINGS, "GET", "/tenant/{tenant}/business-units",
        () -> st.referenceData().businessUnits()));
    ops.add(op("referenceData.tagTypes", SETTINGS, "GET", "/tenant/{tenant}/tag-types", () -> st.referenceData().tagTypes()));
    ops.add(op("referenceData.campaigns", MARKETING, "GET", "/tenant/{tenant}/campaigns", () -> st.referenceData().campaigns()));
    ops.add(op("referenceData.callReasons", JBCE, "GET", "/tenant/{tenant}/call-reasons", () -> st.referenceData().callReasons()));

    // Accounting
    ops.add(op("invoices.list", ACCOUNTING, "GET", "/tenant/{tenant}/invoices",
        () -> st.invoices().list(List.of(), OptionalLong.empty(), ListFilter.none()).firstPage()));
    ops.add(op("invoices.get", ACCOUNTING, "GET", "/tenant/{tenant}/invoices", () -> st.invoices().get(7)));
    ops.add(op("invoices.export", ACCOUNTING, "GET", "/tenant/{tenant}/export/invoices", () -> st.invoices().export(null).firstPage()));
    ops.add(op("invoices.markAsExported", ACCOUNTING, "POST", "/tenant/{tenant}/invoices/markasexported",
        () -> st.invoices().markAsExported(List.of(InvoiceExportMark.of(7, "QB-1")))));

    // Forms
    ops.add(op("attachments.upload", FORMS, "POST", "/tenant/{tenant}/jobs/{id}/attachments",
        () -> st.attachments().upload(7, "before.jpg", "image/jpeg", new byte[] {1, 2, 3})));
    ops.add(op("attachments.list", FORMS, "GET", "/tenant/{tenant}/jobs/{jobId}/attachments",
        () -> st.attachments().list(7).firstPage()));
    ops.add(op("attachments.download", FORMS, "GET", "/tenant/{tenant}/jobs/attachment/{id}",
        () -> st.attachments().download(7)));
    return ops;
  }

  /** The last page of a paginated list and of an export feed, for calls that walk on after the first. */
  private static final String LAST_PAGE = "{\"page\":2,\"pageSize\":50,\"hasMore\":false,\"data\":[]}";

  private static final String LAST_EXPORT = "{\"hasMore\":false,\"continueFrom\":\"end\",\"data\":[]}";

  private static FuzzOperation op(String name, String description, String method, String path, FuzzOperation.Call call) {
    String then = path.contains("/export/") ? LAST_EXPORT : LAST_PAGE;
    return FuzzOperation.builder(name).described(description, method, path).call(call).then(then).build();
  }
}
