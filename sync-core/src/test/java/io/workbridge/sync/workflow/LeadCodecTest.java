package io.workbridge.sync.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.sync.model.Lead;
import io.workbridge.sync.model.Party;
import org.junit.jupiter.api.Test;

class LeadCodecTest {

  @Test
  void decode_encodedFullLead_roundTrips() {
    Lead lead =
        TestLeads.alert("a-1")
            .profileId("north")
            .putDetail("Note & more", "a=b&c=d%20e\nline two")
            .build();
    assertThat(LeadCodec.decode(LeadCodec.encode(lead))).isEqualTo(lead);
  }

  @Test
  void decode_encodedMinimalLead_roundTrips() {
    Lead lead =
        Lead.builder()
            .from(TestLeads.alert("a-2").build())
            .member(Party.builder().name("Ann").phone("123 4567").build())
            .device(java.util.Optional.empty())
            .scheduledAt(java.util.Optional.empty())
            .details(java.util.Map.of())
            .build();
    assertThat(LeadCodec.decode(LeadCodec.encode(lead))).isEqualTo(lead);
  }

  @Test
  void decode_missingField_namesIt() {
    String text = LeadCodec.encode(TestLeads.alert("a-3").build()).replace("&type=", "&kind=");
    assertThatThrownBy(() -> LeadCodec.decode(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("encoded lead is missing type");
  }

  @Test
  void decode_unknownVersion_isRejected() {
    assertThatThrownBy(() -> LeadCodec.decode("v=9&alertId=x"))
        .hasMessageContaining("unsupported version 9");
  }

  @Test
  void effectKey_longAlertId_isHashedWithinStoreKeyLimit() {
    String longId = "x".repeat(400);
    String key = LeadSync.effectKey("lead.post:", longId);
    assertThat(key).startsWith("lead.post:sha256:").hasSizeLessThan(255);
    assertThat(LeadSync.effectKey("lead.post:", "a-1")).isEqualTo("lead.post:a-1");
  }
}
