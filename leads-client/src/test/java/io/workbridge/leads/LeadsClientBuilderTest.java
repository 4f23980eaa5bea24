package io.workbridge.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.Secret;
import org.junit.jupiter.api.Test;

class LeadsClientBuilderTest {

  @Test
  void build_withNothing_namesEveryMissingSettingAndExplainsThereIsNoPublicHost() {
    assertThatThrownBy(() -> LeadsClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("LeadsClient")
        .hasMessageContaining("baseUrl")
        .hasMessageContaining("no public host")
        .hasMessageContaining("clientId")
        .hasMessageContaining("clientSecret");
  }

  @Test
  void build_withBaseUrlOnly_namesOnlyCredentials() {
    assertThatThrownBy(() -> LeadsClient.builder().baseUrl("https://partner.example/").build())
        .hasMessageNotContaining("baseUrl")
        .hasMessageContaining("clientId, clientSecret");
  }

  @Test
  void build_missingSecret_neverEchoesOtherValues() {
    assertThatThrownBy(
            () -> LeadsClient.builder().baseUrl("https://partner.example/").clientId("id-123").build())
        .hasMessageContaining("clientSecret")
        .hasMessageNotContaining("id-123");
  }

  @Test
  void alertPageSize_outsideContractRange_isRejected() {
    assertThatThrownBy(() -> LeadsClient.builder().alertPageSize(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LeadsClient.builder().alertPageSize(501)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_complete_givesClientWhoseToStringHasNoSecret() {
    try (LeadsClient client =
        LeadsClient.builder()
            .baseUrl("https://partner.example/api")
            .clientId("id")
            .clientSecret(Secret.of("s3cr3t-value"))
            .build()) {
      assertThat(client.toString()).contains("partner.example").doesNotContain("s3cr3t-value");
      assertThat(client.accounts()).isNotNull();
      assertThat(client.alerts()).isNotNull();
    }
  }
}
