package com.example.app;

import io.workbridge.client.Secret;
import io.workbridge.servicechannel.ServiceChannelClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The running ServiceChannel simulator, as described by the file named in {@code workbridge.simulators}. */
final class Simulator {
  static final Properties PROPS = load();

  private Simulator() {}

  static String get(String name) {
    String value = PROPS.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("no " + name + " in " + System.getProperty("workbridge.simulators"));
    }
    return value;
  }

  static long workOrderId() {
    return Long.parseLong(get("servicechannel.workOrderId"));
  }

  /** A client builder signed in as the simulator's API user. */
  static ServiceChannelClient.Builder serviceChannel() {
    return ServiceChannelClient.builder()
        .baseUrl(get("servicechannel.baseUrl"))
        .tokenUrl(get("servicechannel.tokenUrl"))
        .clientId(get("servicechannel.clientId"))
        .clientSecret(Secret.of(get("servicechannel.clientSecret")))
        .username(get("servicechannel.username"))
        .password(Secret.of(get("servicechannel.password")));
  }

  private static Properties load() {
    Path file = Path.of(System.getProperty("workbridge.simulators"));
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }
}
