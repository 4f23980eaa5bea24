package io.workbridge.sync.store;

/** The {@link StoreException} thrown by {@link FailingSyncStore} when a fault fires. */
public final class InjectedStoreFailure extends StoreException {
  private static final long serialVersionUID = 1L;

  private final transient StoreCall call;
  private final boolean applied;

  InjectedStoreFailure(StoreCall call, boolean applied) {
    super(
        "injected store failure "
            + (applied ? "after" : "before")
            + " call #"
            + call.sequence()
            + " "
            + call.describe());
    this.call = call;
    this.applied = applied;
  }

  /** The call that failed. */
  public StoreCall call() {
    return call;
  }

  /** True if the call reached the underlying store before failing (its write may have happened). */
  public boolean applied() {
    return applied;
  }
}
