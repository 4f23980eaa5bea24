package io.workbridge.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A PIN written into free text of a body (an IVR block in a booking summary, SDK-6) is masked too. */
class RedactionPinInTextTest {

  @Test
  void pinInAJsonString_isMasked_theRestOfTheTextIsKept() {
    String body = "{\"summary\":\"Work order: 42\\nIVR phone: 1-800-555-0100\\nIVR PIN: 4321\",\"name\":\"Store 24\"}";

    assertThat(Redaction.maskBody(body))
        .isEqualTo("{\"summary\":\"Work order: 42\\nIVR phone: 1-800-555-0100\\nIVR PIN: ****\",\"name\":\"Store 24\"}");
  }

  @Test
  void pinAnywhereInText_isMasked_whateverItsCase() {
    assertThat(Redaction.maskBody("enter pin=98-76 then the number")).isEqualTo("enter pin=**** then the number");
    assertThat(Redaction.maskBody("Pin: SECRET\\tnext")).isEqualTo("Pin: ****\\tnext");
  }

  @Test
  void wordsMerelyContainingPin_areLeftAlone() {
    assertThat(Redaction.maskBody("Spinning: 1200 rpm; shipping: 3 days")).isEqualTo("Spinning: 1200 rpm; shipping: 3 days");
  }
}
