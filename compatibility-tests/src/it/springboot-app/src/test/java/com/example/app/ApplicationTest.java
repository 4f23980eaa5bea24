package com.example.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.NotFoundException;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicechannel.model.WorkOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Spring Boot 3 application's client bean calls the running simulator. */
@SpringBootTest
class ApplicationTest {
  @Autowired ServiceChannelClient serviceChannel;

  @DynamicPropertySource
  static void simulator(DynamicPropertyRegistry registry) {
    Simulator.PROPS.stringPropertyNames().forEach(name -> registry.add(name, () -> Simulator.get(name)));
  }

  @Test
  void springBoot3OnJava17OrLater() {
    assertThat(SpringBootVersion.getVersion()).startsWith("3.");
    assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(17);
  }

  @Test
  void theClientBeanReadsAWorkOrderAndA404() {
    WorkOrder wo = serviceChannel.workOrders().get(Simulator.workOrderId());
    assertThat(wo.id()).isEqualTo(Simulator.workOrderId());
    assertThat(wo.description()).contains("Walk-in cooler not cooling");
    assertThatThrownBy(() -> serviceChannel.workOrders().get(1L)).isInstanceOf(NotFoundException.class);
  }
}
