package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.workbridge.client.NotFoundException;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicechannel.model.WorkOrder;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import okhttp3.OkHttp;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** An application on OkHttp 4.12 with the WorkBridge client running on the application's OkHttp. */
class OkHttp4ApplicationTest {
  private final OkHttpClient appHttp = new OkHttpClient();

  @Test
  void theOnlyOkHttpIsTheApplications() throws IOException {
    assertEquals("4.12.0", OkHttp.VERSION);
    assertEquals(1, copies("okhttp3/OkHttpClient.class"));
    assertEquals(1, copies("okio/Buffer.class"));
    assertEquals(1, copies("kotlin/Unit.class"));
  }

  @Test
  void theApplicationStillUsesItsOkHttp() throws IOException {
    Request request = new Request.Builder().url(Simulator.get("servicechannel.baseUrl") + "workorders/1").build();
    try (Response response = appHttp.newCall(request).execute()) {
      assertEquals(401, response.code(), "no token: the simulator must refuse");
    }
  }

  @Test
  void clientOnTheApplicationsOkHttpClientReadsAWorkOrderAndA404() {
    // One client (one login) for the whole test: ServiceChannel allows one token call per 5 s.
    try (ServiceChannelClient sc = Simulator.serviceChannel().okHttpClient(appHttp).build()) {
      WorkOrder wo = sc.workOrders().get(Simulator.workOrderId());
      assertEquals(Simulator.workOrderId(), wo.id());
      assertEquals("Walk-in cooler not cooling", wo.description().orElse(null));
      assertThrows(NotFoundException.class, () -> sc.workOrders().get(1L));
    }
  }

  private static int copies(String resource) throws IOException {
    List<URL> urls = Collections.list(OkHttp4ApplicationTest.class.getClassLoader().getResources(resource));
    return urls.size();
  }
}
