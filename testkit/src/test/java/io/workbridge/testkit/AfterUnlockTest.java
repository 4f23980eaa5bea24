package io.workbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.testkit.webhook.WebhookDelivery;
import io.workbridge.testkit.webhook.WebhookSender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A receiver that calls the simulator back while handling its webhook must not wait for the lock held
 * by the thread that sent the webhook.
 */
class AfterUnlockTest {

  private final Http http = new Http();
  private final WebhookSender webhooks = new WebhookSender(Duration.ofSeconds(3));
  private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
  private final List<String> order = new CopyOnWriteArrayList<>();
  private ApiSimulator sim;

  @AfterEach
  void tearDown() {
    sim.close();
    webhooks.close();
    http.close();
  }

  private ApiSimulator start() {
    ApiSimulator[] self = new ApiSimulator[1];
    sim =
        ApiSimulator.builder("callbacks")
            .publicRoute(
                "POST",
                "/trigger",
                request -> {
                  order.add("handler");
                  self[0].afterUnlock(() -> deliveries.add(webhooks.post(self[0].url("/receiver"), Map.of(), "{}")));
                  self[0].afterUnlock(() -> order.add("second task"));
                  return SimResponse.noContent();
                })
            .publicRoute(
                "POST",
                "/receiver",
                request -> {
                  order.add("receiver");
                  return SimResponse.noContent();
                })
            .publicRoute(
                "POST",
                "/failing",
                request -> {
                  self[0].afterUnlock(() -> order.add("must not run"));
                  throw ApiError.conflict("no");
                })
            .build()
            .start();
    self[0] = sim;
    return sim;
  }

  @Test
  void afterUnlock_fromHandler_callbackIntoSimulatorSucceedsBeforeResponse() {
    start();

    Http.Reply reply = http.json("POST", sim.url("/trigger"), "{}", Map.of());

    assertThat(reply.status()).isEqualTo(204);
    assertThat(deliveries).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(204));
    assertThat(order).containsExactly("handler", "receiver", "second task");
  }

  @Test
  void afterUnlock_fromExclusive_runsAfterReleaseInOrder() {
    start();

    List<String> seenInside = new ArrayList<>();
    sim.exclusive(
        () -> {
          sim.exclusive(() -> sim.afterUnlock(() -> deliveries.add(webhooks.post(sim.url("/receiver"), Map.of(), "{}"))));
          seenInside.addAll(order);
        });

    assertThat(seenInside).isEmpty();
    assertThat(deliveries).singleElement().satisfies(d -> assertThat(d.succeeded()).isTrue());
    assertThat(order).containsExactly("receiver");
  }

  @Test
  void afterUnlock_outsideLock_runsImmediately() {
    start();

    sim.afterUnlock(() -> order.add("now"));

    assertThat(order).containsExactly("now");
  }

  @Test
  void afterUnlock_failedHandlerOrAction_tasksDropped() {
    start();

    assertThat(http.json("POST", sim.url("/failing"), "{}", Map.of()).status()).isEqualTo(409);
    assertThatThrownBy(
            () ->
                sim.exclusive(
                    () -> {
                      sim.afterUnlock(() -> order.add("must not run"));
                      throw new IllegalStateException("test action failed");
                    }))
        .hasMessage("test action failed");
    sim.exclusive(() -> order.add("later"));

    assertThat(order).containsExactly("later");
  }
}
