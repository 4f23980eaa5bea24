package io.workbridge.client.spi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.OpenEnum;
import io.workbridge.client.spi.json.testmodel.ContactType;
import io.workbridge.client.spi.json.testmodel.JobStatus;
import io.workbridge.client.spi.json.testmodel.Priority;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumJsonAdapterFactoryTest {
  private final Moshi moshi = JsonSupport.newMoshiBuilder().build();
  private final JsonAdapter<OpenEnum<JobStatus>> status =
      moshi.adapter(Types.newParameterizedType(OpenEnum.class, JobStatus.class));

  @Test
  void openEnum_knownValue_isTheConstant() {
    OpenEnum<JobStatus> value = JsonSupport.fromJson(status, "\"Completed\"", "jobs.get");

    assertThat(value.known()).contains(JobStatus.Completed);
    assertThat(value.is(JobStatus.Completed)).isTrue();
    assertThat(value.isUnknown()).isFalse();
    assertThat(value).isEqualTo(OpenEnum.of(JobStatus.Completed));
  }

  @Test
  void openEnum_otherCase_matchesButKeepsTheRawText() {
    OpenEnum<JobStatus> value = JsonSupport.fromJson(status, "\"inprogress\"", "jobs.get");

    assertThat(value.known()).contains(JobStatus.InProgress);
    assertThat(value.raw()).isEqualTo("inprogress");
    assertThat(status.toJson(value)).isEqualTo("\"inprogress\"");
  }

  @Test
  void openEnum_unknownValue_keepsTheRawValueAndWritesItBack() {
    OpenEnum<JobStatus> value = JsonSupport.fromJson(status, "\"Teleported\"", "jobs.get");

    assertThat(value.isUnknown()).isTrue();
    assertThat(value.known()).isEmpty();
    assertThat(value.raw()).isEqualTo("Teleported");
    assertThat(value.orElse(JobStatus.Hold)).isEqualTo(JobStatus.Hold);
    assertThat(value.toString()).isEqualTo("Teleported");
    assertThat(status.toJson(value)).isEqualTo("\"Teleported\"");
  }

  @Test
  void openEnum_numericValue_isKeptAsText() {
    OpenEnum<JobStatus> value = JsonSupport.fromJson(status, "3", "jobs.get");

    assertThat(value.raw()).isEqualTo("3");
    assertThat(value.isUnknown()).isTrue();
  }

  @Test
  void openEnum_objectInsteadOfValue_isInvalidResponse() {
    assertThatThrownBy(() -> JsonSupport.fromJson(status, "{\"name\":\"Hold\"}", "jobs.get"))
        .isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void openEnum_withoutTypeArgument_isRejected() {
    assertThatThrownBy(() -> moshi.adapter(OpenEnum.class)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plainEnum_matchesWireNameThenIgnoringCase() {
    JsonAdapter<ContactType> adapter = moshi.adapter(ContactType.class);

    assertThat(JsonSupport.fromJson(adapter, "\"MobilePhone\"", "t")).isEqualTo(ContactType.MOBILE);
    assertThat(JsonSupport.fromJson(adapter, "\"mobilephone\"", "t")).isEqualTo(ContactType.MOBILE);
    assertThat(JsonSupport.fromJson(adapter, "\"EMAIL\"", "t")).isEqualTo(ContactType.Email);
    assertThat(adapter.toJson(ContactType.MOBILE)).isEqualTo("\"MobilePhone\"");
  }

  @Test
  void plainEnum_unknownValueWithFallback_isUnknown() {
    JsonAdapter<List<Priority>> adapter = moshi.adapter(Types.newParameterizedType(List.class, Priority.class));

    assertThat(JsonSupport.fromJson(adapter, "[\"High\", \"Emergency\"]", "t"))
        .containsExactly(Priority.HIGH, Priority.UNKNOWN);
  }

  @Test
  void plainEnum_unknownValueWithoutFallback_isInvalidResponseWithPath() {
    JsonAdapter<List<ContactType>> adapter =
        moshi.adapter(Types.newParameterizedType(List.class, ContactType.class));

    assertThatThrownBy(() -> JsonSupport.fromJson(adapter, "[\"Phone\", \"Pager\"]", "contacts.list"))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.jsonPath()).contains("$[1]");
          assertThat(e.getMessage()).contains("Unknown ContactType value");
        });
  }
}
