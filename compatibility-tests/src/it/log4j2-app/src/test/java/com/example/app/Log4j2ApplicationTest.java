package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.workbridge.client.NotFoundException;
import io.workbridge.servicechannel.ServiceChannelClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;
import org.junit.jupiter.api.Test;

/** An application on Log4j 2 (through log4j-slf4j2-impl): the WorkBridge client's log lines reach Log4j 2. */
class Log4j2ApplicationTest {

  @Test
  void log4jIsTheOnlySlf4jProvider() {
    List<String> providers = new ArrayList<>();
    ServiceLoader.load(SLF4JServiceProvider.class).forEach(p -> providers.add(p.getClass().getName()));
    assertEquals(List.of("org.apache.logging.slf4j.SLF4JServiceProvider"), providers);
    assertEquals("org.apache.logging.slf4j.Log4jLoggerFactory", LoggerFactory.getILoggerFactory().getClass().getName());
    assertThrows(ClassNotFoundException.class, () -> Class.forName("ch.qos.logback.classic.Logger"));
  }

  @Test
  void theClientsCallsAreLoggedThroughLog4j() throws IOException {
    long id = Simulator.workOrderId();
    try (ServiceChannelClient sc = Simulator.serviceChannel().build()) {
      assertEquals(id, sc.workOrders().get(id).id());
      assertThrows(NotFoundException.class, () -> sc.workOrders().get(1L));
    }

    String log = Files.readString(Path.of("target/workbridge-http.log"), StandardCharsets.UTF_8);
    assertTrue(log.contains("LOG4J2 DEBUG io.workbridge.http.") && log.contains("--> GET /v3/workorders/" + id), log);
    assertTrue(log.contains("<-- 200 GET /v3/workorders/" + id), log);
    assertTrue(log.contains("<-- 404 GET /v3/workorders/1 "), log);
    assertFalse(log.contains(Simulator.get("servicechannel.password")), "a secret reached the log");
    assertFalse(log.contains(Simulator.get("servicechannel.clientSecret")), "a secret reached the log");
  }
}
