package io.workbridge.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.client.ApiError;
import io.workbridge.client.AuthenticationException;
import io.workbridge.sync.port.PlatformException;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.port.RejectionReason;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Credentials refused stop the whole stream; a permission missing for one record only refuses that record. */
class ClientFailuresTest {
  private final ClientFailures failures = new ClientFailures("ServiceChannel", api -> Optional.empty());

  @Test
  void tokenEndpointRefusingTheCredentials_isPlatformWide_andNothingWasDone() {
    PlatformException translated =
        failures.translate(
            "reading changed work orders",
            new AuthenticationException(ApiError.of(400, AuthenticationException.TOKEN_OPERATION)));

    assertThat(translated).isInstanceOf(PlatformUnavailableException.class);
    PlatformUnavailableException unavailable = (PlatformUnavailableException) translated;
    assertThat(unavailable.platformWide()).isTrue();
    assertThat(unavailable.outcomeUnknown()).isFalse();
  }

  @Test
  void a401_isPlatformWide_a403OnARecord_refusesThatRecordOnly() {
    assertThat(((PlatformUnavailableException) failures.translate("x", new AuthenticationException(ApiError.of(401, "workOrders.get"))))
            .platformWide())
        .isTrue();
    assertThat(failures.translate("x", new AuthenticationException(ApiError.of(403, "locations.get"))))
        .isInstanceOfSatisfying(
            PlatformRejectedException.class, rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.PERMISSION_DENIED));
  }
}
