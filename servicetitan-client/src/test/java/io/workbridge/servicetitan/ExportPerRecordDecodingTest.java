package io.workbridge.servicetitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.Job;
import io.workbridge.servicetitan.resource.ExportEntry;
import io.workbridge.servicetitan.support.Clients;
import io.workbridge.servicetitan.support.Fixtures;
import io.workbridge.servicetitan.support.ScriptedServer;
import io.workbridge.testkit.MutableClock;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One export record that does not fit the model is delivered as malformed; the page and the feed go on. */
class ExportPerRecordDecodingTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  private ScriptedServer script;
  private MutableClock clock;

  @BeforeEach
  void setUp() {
    script = ScriptedServer.on(server);
    clock = MutableClock.at("2026-03-02T10:00:00Z");
  }

  private ServiceTitanClient client() {
    return Clients.against(server, clock).build();
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
  }

  private static final String BAD_JOB = "{\"id\":\"J-102\",\"jobNumber\":\"102\",\"customerId\":1}";

  /** page1's job 101, then a job whose id is a string. */
  private static String pageWithABadJob() {
    String page = Fixtures.read("jobs.export", "page1");
    int end = page.lastIndexOf("]");
    return page.substring(0, end) + "," + BAD_JOB + page.substring(end);
  }

  @Test
  void jobsExportEntries_goodOnesParsed_badOneMalformedWithRawJsonAndPath_nextPageReached() {
    script.enqueue(json(pageWithABadJob())).enqueue(json(Fixtures.read("jobs.export", "page3")));

    List<ExportEntry<Job>> entries;
    PageIterable<ExportEntry<Job>> feed;
    try (ServiceTitanClient st = client()) {
      feed = st.jobs().exportEntries("2026-03-01");
      entries = feed.stream().toList();
    }

    assertThat(entries).hasSize(3);
    assertThat(entries.get(0)).isInstanceOf(ExportEntry.Parsed.class);
    assertThat(entries.get(0).id()).hasValue(101);
    ExportEntry.Malformed<Job> bad = (ExportEntry.Malformed<Job>) entries.get(1);
    assertThat(bad.payload()).isEqualTo(BAD_JOB);
    assertThat(bad.jsonPath()).isEqualTo("$.data[1].id");
    assertThat(bad.reason()).startsWith("$.data[1].id: Expected a long");
    assertThat(bad.id()).isEmpty();
    assertThat(entries.get(2).id()).hasValue(103);
    assertThat(feed.resumeToken()).contains("tok-3");
    assertThat(script.apiRequests()).extracting(r -> r.getUrl().queryParameter("from")).containsExactly("2026-03-01", "tok-1");
  }

  @Test
  void aMissingRequiredFieldIsMalformedWithItsIdAndPath() {
    String missing = "{\"id\":104,\"jobNumber\":\"104\"}";
    script.enqueue(json("{\"hasMore\":false,\"continueFrom\":\"tok-9\",\"data\":[" + missing + "]}"));

    List<ExportEntry<Job>> entries;
    try (ServiceTitanClient st = client()) {
      entries = st.jobs().exportEntries(null).stream().toList();
    }

    ExportEntry.Malformed<Job> bad = (ExportEntry.Malformed<Job>) entries.get(0);
    assertThat(bad.id()).hasValue(104);
    assertThat(bad.jsonPath()).startsWith("$.data[0].");
    assertThat(bad.payload()).isEqualTo(missing);
  }

  @Test
  void typedExport_failsAtTheBadRecordNamingItsPath() {
    script.enqueue(json(pageWithABadJob()));
    try (ServiceTitanClient st = client()) {
      assertThatThrownBy(() -> st.jobs().export("2026-03-01").stream().toList())
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("$.data[1].id");
    }
  }

  @Test
  void everyFeedTheSyncReadsHasEntries() {
    script.enqueue(json("{\"hasMore\":false,\"continueFrom\":\"b\",\"data\":[{\"id\":\"x\"}]}"));
    script.enqueue(json("{\"hasMore\":false,\"continueFrom\":\"a\",\"data\":[{\"id\":\"x\"}]}"));
    script.enqueue(json("{\"hasMore\":false,\"continueFrom\":\"t\",\"data\":[{\"id\":\"x\"}]}"));
    script.enqueue(json("{\"hasMore\":false,\"continueFrom\":\"n\",\"data\":[{\"id\":\"x\"}]}"));
    script.enqueue(json("{\"hasMore\":false,\"continueFrom\":\"i\",\"data\":[{\"id\":\"x\"}]}"));
    try (ServiceTitanClient st = client()) {
      assertThat(st.bookings().exportEntries(null).stream().toList()).singleElement().isInstanceOf(ExportEntry.Malformed.class);
      assertThat(st.appointments().exportEntries(null).stream().toList()).singleElement().isInstanceOf(ExportEntry.Malformed.class);
      assertThat(st.timesheets().exportEntries(null).stream().toList()).singleElement().isInstanceOf(ExportEntry.Malformed.class);
      assertThat(st.jobs().exportNoteEntries(null).stream().toList()).singleElement().isInstanceOf(ExportEntry.Malformed.class);
      PageIterable<?> invoices = st.invoices().exportEntries(null);
      assertThat(invoices.stream().toList()).singleElement().isInstanceOf(ExportEntry.Malformed.class);
      assertThat(invoices.resumeToken()).contains("i");
    }
  }
}
