package io.workbridge.servicetitan.support;

import io.workbridge.client.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that records the waits instead of sleeping, and advances a {@link TestClock} if given one. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final TestClock clock;

  public RecordingSleeper(TestClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    clock.advance(duration);
  }

  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
