package io.workbridge.testkit.junit;

import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.util.Optional;

/**
 * What a client builder needs to reach a started simulator: where the API and its token endpoint are, and
 * the credentials the simulator registered. With it a module's client construction is one line, e.g. {@code
 * Clients.serviceChannel(SimulatorAccess.of(sim), clock)} over a small factory the module writes once.
 * {@link #toString()} leaves the secrets out.
 *
 * @param baseUrl the API base URL the client resolves its paths against
 * @param tokenUrl the OAuth token endpoint URL
 * @param clientId the registered OAuth client id
 * @param clientSecret the registered OAuth client secret
 * @param username the API user for the password grant; empty for client credentials
 * @param password the API user's password; empty for client credentials
 */
public record SimulatorAccess(
    String baseUrl,
    String tokenUrl,
    String clientId,
    String clientSecret,
    Optional<String> username,
    Optional<String> password) {

  /**
   * {@return the access to a ServiceChannel simulator: {@code /v3/} base URL, password grant}
   *
   * @param sim a started simulator
   */
  public static SimulatorAccess of(ServiceChannelSimulator sim) {
    return new SimulatorAccess(
        sim.apiBaseUrl(),
        sim.tokenUrl(),
        ServiceChannelSimulator.CLIENT_ID,
        ServiceChannelSimulator.CLIENT_SECRET,
        Optional.of(ServiceChannelSimulator.USERNAME),
        Optional.of(ServiceChannelSimulator.PASSWORD));
  }

  /**
   * {@return the access to a ServiceTitan simulator (client credentials; the tenant id, app key and booking
   * provider stay on the simulator)}
   *
   * @param sim a started simulator
   */
  public static SimulatorAccess of(ServiceTitanSimulator sim) {
    return new SimulatorAccess(
        sim.baseUrl(), sim.tokenUrl(), sim.clientId(), sim.clientSecret(), Optional.empty(), Optional.empty());
  }

  /**
   * {@return the access to a leads vendor simulator with its default client (client credentials)}
   *
   * @param sim a started simulator
   */
  public static SimulatorAccess of(LeadsVendorSimulator sim) {
    return new SimulatorAccess(
        sim.baseUrl(),
        sim.tokenUrl(),
        LeadsVendorSimulator.CLIENT_ID,
        LeadsVendorSimulator.CLIENT_SECRET,
        Optional.empty(),
        Optional.empty());
  }

  @Override
  public String toString() {
    return "SimulatorAccess[baseUrl=" + baseUrl + ", tokenUrl=" + tokenUrl + ", clientId=" + clientId
        + ", username=" + username.orElse("-") + ", clientSecret=****, password=****]";
  }
}
