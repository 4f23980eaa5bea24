package io.workbridge.spring;

import io.workbridge.client.ApiCall;
import io.workbridge.runtime.CycleEvent;
import io.workbridge.runtime.SyncObserver;
import java.util.List;

/** Tells every observer bean of the context, in order. */
record AllObservers(List<SyncObserver> observers) implements SyncObserver {
  @Override
  public void onCall(ApiCall call) {
    observers.forEach(observer -> observer.onCall(call));
  }

  @Override
  public void cycleEnded(CycleEvent cycle) {
    observers.forEach(observer -> observer.cycleEnded(cycle));
  }
}
