package io.workbridge.client.spi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.OpenEnum;
import io.workbridge.client.spi.json.testmodel.AmountDto;
import io.workbridge.client.spi.json.testmodel.CategoryDto;
import io.workbridge.client.spi.json.testmodel.ContactDto;
import io.workbridge.client.spi.json.testmodel.ContactType;
import io.workbridge.client.spi.json.testmodel.JobDto;
import io.workbridge.client.spi.json.testmodel.JobStatus;
import io.workbridge.client.spi.json.testmodel.NoteDto;
import io.workbridge.client.spi.json.testmodel.PageDto;
import io.workbridge.client.spi.json.testmodel.Priority;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImmutablesJsonAdapterFactoryTest {
  private static final String OPERATION = "jobs.list";

  private final Moshi moshi = JsonSupport.newMoshiBuilder().build();
  private final JsonAdapter<PageDto<JobDto>> pageAdapter =
      moshi.adapter(Types.newParameterizedType(PageDto.class, JobDto.class));

  private PageDto<JobDto> readPage(String fixture) {
    return JsonSupport.fromJson(pageAdapter, Fixtures.read("core/jobs-page/" + fixture), OPERATION);
  }

  @Test
  void read_ok_fillsEveryAttributeKind() {
    PageDto<JobDto> page = readPage("ok.json");

    assertThat(page.page()).isEqualTo(1);
    assertThat(page.hasMore()).isTrue();
    assertThat(page.totalCount()).isEqualTo(OptionalLong.of(2));
    assertThat(page.data()).hasSize(2);

    JobDto first = page.data().get(0);
    assertThat(first.id()).isEqualTo(2_147_483_650L);
    assertThat(first.number()).isEqualTo("J-1001");
    assertThat(first.summary()).contains("<p>AC not cooling</p>");
    assertThat(first.status()).isEqualTo(OpenEnum.of(JobStatus.InProgress));
    assertThat(first.priority()).contains(Priority.URGENT);
    assertThat(first.createdOn()).isEqualTo(Instant.parse("2024-03-01T10:15:30.1234567Z"));
    assertThat(first.scheduledDto())
        .contains(OffsetDateTime.of(2024, 4, 2, 19, 40, 16, 530_000_000, ZoneOffset.ofHours(-4)));
    assertThat(first.scheduledWallClock()).contains(LocalDateTime.of(2024, 4, 2, 19, 40, 16, 530_000_000));
    assertThat(first.total()).isEqualTo(new BigDecimal("1234.10"));
    assertThat(first.balance()).contains(new BigDecimal("99.95"));
    assertThat(first.notes()).containsExactly(
        new NoteDto.Builder().text("Customer called").createdOn(Instant.parse("2024-03-01T10:20:00Z"))
            .pinned(true).build(),
        new NoteDto.Builder().text("Parts ordered").build());
    assertThat(first.contacts()).extracting(ContactDto::type).containsExactly(ContactType.MOBILE, ContactType.Email);
    assertThat(first.details()).containsExactly(Map.entry("hubId", "H-77"), Map.entry("filter", "dirty"));
    assertThat(first.tagTypeIds()).containsExactly(5L, 7L);
    assertThat(first.visits()).isEqualTo(OptionalInt.of(3));
    assertThat(first.active()).isFalse();
    assertThat(first.noteCount()).isEqualTo(2);
  }

  @Test
  void read_ok_absentOptionalsAreEmptyAndDefaultsApply() {
    JobDto second = readPage("ok.json").data().get(1);

    assertThat(second.summary()).isEmpty();
    assertThat(second.priority()).isEmpty();
    assertThat(second.scheduledDto()).isEmpty();
    assertThat(second.balance()).isEmpty();
    assertThat(second.visits()).isEmpty();
    assertThat(second.notes()).isEmpty();
    assertThat(second.details()).isEmpty();
    assertThat(second.tagTypeIds()).isEmpty();
    assertThat(second.active()).isTrue();
    assertThat(second.createdOn()).isEqualTo(Instant.parse("2024-03-02T08:00:00Z"));
    assertThat(second.total()).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void read_ok_equalsTheSameValueBuiltByHand() {
    JobDto second = readPage("ok.json").data().get(1);

    JobDto expected = new JobDto.Builder()
        .id(42)
        .number("J-1002")
        .status(OpenEnum.of(JobStatus.Scheduled))
        .createdOn(Instant.parse("2024-03-02T08:00:00Z"))
        .total(new BigDecimal("0.1"))
        .build();
    assertThat(second).isEqualTo(expected);
    assertThat(second.getClass()).isEqualTo(expected.getClass());
  }

  @Test
  void read_ok_collectionsAreUnmodifiable() {
    PageDto<JobDto> page = readPage("ok.json");
    JobDto first = page.data().get(0);

    assertThatThrownBy(() -> page.data().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> first.notes().add(first.notes().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> first.details().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> first.tagTypeIds().add(1L)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void read_empty_hasNoItems() {
    PageDto<JobDto> page = readPage("empty.json");

    assertThat(page.data()).isEmpty();
    assertThat(page.hasMore()).isFalse();
    assertThat(page.totalCount()).isEmpty();
    assertThat(page.page()).isEqualTo(3);
  }

  @Test
  void read_unknownFields_areIgnoredAtEveryLevel() {
    PageDto<JobDto> page = readPage("unknown-field.json");

    assertThat(page.data()).singleElement().satisfies(job -> {
      assertThat(job.id()).isEqualTo(7);
      assertThat(job.status().is(JobStatus.Completed)).isTrue();
      assertThat(job.notes()).containsExactly(new NoteDto.Builder().text("done").build());
    });
  }

  @Test
  void read_unknownEnumValues_keepTheRawValueOrFallBack() {
    JobDto job = readPage("unknown-enum.json").data().get(0);

    assertThat(job.status().isUnknown()).isTrue();
    assertThat(job.status().raw()).isEqualTo("AwaitingParts");
    assertThat(job.priority()).contains(Priority.UNKNOWN);
  }

  @Test
  void read_nulls_meanAbsent() {
    JobDto job = readPage("nulls.json").data().get(0);

    assertThat(job.summary()).isEmpty();
    assertThat(job.priority()).isEmpty();
    assertThat(job.scheduledDto()).isEmpty();
    assertThat(job.balance()).isEmpty();
    assertThat(job.notes()).isEmpty();
    assertThat(job.details()).isEmpty();
    assertThat(job.visits()).isEmpty();
    assertThat(job.active()).isTrue();
  }

  @Test
  void read_malformed_isInvalidResponseNamingOperation() {
    assertThatThrownBy(() -> readPage("malformed.json"))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.operation()).isEqualTo(OPERATION);
          assertThat(e.getMessage()).startsWith("Invalid response to jobs.list");
          assertThat(e.jsonPath()).isPresent();
        });
  }

  @Test
  void read_missingRequiredField_isInvalidResponseWithPath() {
    assertThatThrownBy(() -> readPage("missing-required.json"))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.jsonPath()).contains("$.data[1].number");
          assertThat(e.getMessage()).contains("Required value 'number' missing");
        });
  }

  @Test
  void read_missingRequiredPrimitive_isInvalidResponseInsteadOfZero() {
    assertThatThrownBy(() -> readPage("missing-primitive.json"))
        .isInstanceOfSatisfying(InvalidResponseException.class,
            e -> assertThat(e.jsonPath()).contains("$.data[0].id"));
  }

  @Test
  void read_nullRequiredField_isInvalidResponseWithPath() {
    assertThatThrownBy(() -> readPage("null-required.json"))
        .isInstanceOfSatisfying(InvalidResponseException.class,
            e -> assertThat(e.jsonPath()).contains("$.data[0].number"));
  }

  @Test
  void read_wrongTypeInNestedList_isInvalidResponseWithPath() {
    assertThatThrownBy(() -> readPage("wrong-type.json"))
        .isInstanceOfSatisfying(InvalidResponseException.class,
            e -> assertThat(e.jsonPath()).contains("$.data[0].notes[1].text"));
  }

  @Test
  void read_unparseableDate_isInvalidResponseWithPathWithoutEchoingTheValue() {
    assertThatThrownBy(() -> readPage("bad-date.json"))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.jsonPath()).contains("$.data[0].createdOn");
          assertThat(e.getMessage()).doesNotContain("yesterday");
        });
  }

  @Test
  void read_checkFails_isInvalidResponseWithTheObjectsPath() {
    assertThatThrownBy(() -> readPage("check-failed.json"))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.jsonPath()).contains("$.data[0]");
          assertThat(e.getMessage()).contains("number must not be blank");
        });
  }

  @Test
  void roundTrip_writesTheSameJsonTreeAndReadsAnEqualValue() {
    String original = Fixtures.read("core/jobs-page/roundtrip.json");

    PageDto<JobDto> page = JsonSupport.fromJson(pageAdapter, original, OPERATION);
    String written = pageAdapter.toJson(page);

    assertThat(Fixtures.tree(written)).isEqualTo(Fixtures.tree(original));
    assertThat(JsonSupport.fromJson(pageAdapter, written, OPERATION)).isEqualTo(page);
    assertThat(page.data().get(0).balance()).contains(new BigDecimal("12345678901234567890.123456789"));
  }

  @Test
  void write_leavesOutDerivedIgnoredAndEmptyOptionalAttributes() {
    JobDto job = new JobDto.Builder()
        .id(1)
        .number("J-1")
        .status(OpenEnum.parse(JobStatus.class, "hold"))
        .createdOn(Instant.parse("2024-03-01T00:00:00Z"))
        .total(new BigDecimal("1E+3"))
        .localMemo("kept locally")
        .build();

    Object tree = Fixtures.tree(moshi.adapter(JobDto.class).toJson(job));

    assertThat(tree).isEqualTo(Map.of(
        "id", "number:1",
        "number", "J-1",
        "jobStatus", "hold",
        "createdOn", "2024-03-01T00:00:00Z",
        "total", "number:1000",
        "notes", java.util.List.of(),
        "contacts", java.util.List.of(),
        "details", Map.of(),
        "tagTypeIds", java.util.List.of(),
        "active", true));
  }

  @Test
  void read_ignoredAttribute_isNotTakenFromJson() {
    JobDto job = JsonSupport.fromJson(moshi.adapter(JobDto.class),
        "{\"id\":1,\"number\":\"J-1\",\"jobStatus\":\"Hold\",\"createdOn\":\"2024-03-01T00:00:00Z\","
            + "\"total\":1,\"localMemo\":\"from the wire\",\"noteCount\":99}",
        "jobs.get");

    assertThat(job.localMemo()).isEmpty();
    assertThat(job.noteCount()).isZero();
  }

  @Test
  void read_recursiveModel_readsEveryLevel() {
    CategoryDto tree = JsonSupport.fromJson(moshi.adapter(CategoryDto.class),
        "{\"name\":\"HVAC\",\"children\":[{\"name\":\"Cooling\",\"children\":[{\"name\":\"Coil\"}]}]}",
        "categories.get");

    assertThat(tree.children()).singleElement()
        .satisfies(child -> assertThat(child.children()).extracting(CategoryDto::name).containsExactly("Coil"));
  }

  @Test
  void read_abstractClassModel_usesTheStaticBuilderAndSkipsHelpers() {
    JsonAdapter<AmountDto> adapter = moshi.adapter(AmountDto.class);

    AmountDto amount = JsonSupport.fromJson(adapter, "{\"value\":\"12.50\",\"currency\":\"USD\",\"display\":\"x\"}", "t");

    assertThat(amount.display()).isEqualTo("12.50 USD");
    assertThat(Fixtures.tree(adapter.toJson(amount))).isEqualTo(Map.of("value", "number:12.50", "currency", "USD"));
  }

  @Test
  void read_generatedClassRequestedDirectly_isHandledLikeTheAbstractType() {
    JsonAdapter<?> direct = moshi.adapter(new CategoryDto.Builder().name("x").build().getClass());

    assertThat(direct.toString()).contains("CategoryDto via Immutables builder");
  }

  @Test
  void factory_otherTypes_areLeftToOtherAdapters() {
    assertThat(new ImmutablesJsonAdapterFactory().create(String.class, Set.of(), moshi)).isNull();
    assertThat(new ImmutablesJsonAdapterFactory().create(Map.class, Set.of(), moshi)).isNull();
    assertThat(new ImmutablesJsonAdapterFactory().create(JobStatus.class, Set.of(), moshi)).isNull();
  }
}
