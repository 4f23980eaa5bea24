package io.workbridge.sync.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A fault-injecting decorator for any {@link SyncStore}: every call on a part of a connection view
 * (links, cursors, effects, ...) is numbered and checked against the configured faults, which throw an
 * {@link InjectedStoreFailure} either before the call reaches the real store ({@link Timing#BEFORE}:
 * nothing was written) or after it ({@link Timing#AFTER}: the write happened but the caller sees a
 * failure, like a lost acknowledgement). Thread-safe; works for parts' methods added later too, since
 * it forwards by reflection.
 *
 * <pre>{@code
 * FailingSyncStore store = FailingSyncStore.wrap(InMemorySyncStore.create(clock));
 * store.failWhen(call -> call.is("effects", "confirm"), Timing.AFTER, 1);
 * store.failNthCall(7, Timing.BEFORE);
 * }</pre>
 */
public final class FailingSyncStore implements SyncStore {
  /** When an injected fault fires relative to the real call. */
  public enum Timing {
    /** Before the call reaches the real store: it has no effect. */
    BEFORE,
    /** After the real call returned: its effect happened, but the caller sees an exception. */
    AFTER
  }

  private final SyncStore delegate;
  private final AtomicLong calls = new AtomicLong();
  private final List<Fault> faults = new CopyOnWriteArrayList<>();
  private final List<InjectedStoreFailure> injected = new CopyOnWriteArrayList<>();
  private final Map<ConnectionId, ConnectionStore> views = new ConcurrentHashMap<>();

  private FailingSyncStore(SyncStore delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /** Wraps {@code delegate}; no fault is configured yet. */
  public static FailingSyncStore wrap(SyncStore delegate) {
    return new FailingSyncStore(delegate);
  }

  /** The wrapped store. */
  public SyncStore delegate() {
    return delegate;
  }

  /**
   * Makes the next {@code times} calls matching {@code when} fail at {@code timing}.
   *
   * @return this, for chaining
   */
  public FailingSyncStore failWhen(Predicate<StoreCall> when, Timing timing, int times) {
    return failWhen(when, timing, times, call -> new InjectedStoreFailure(call, timing == Timing.AFTER));
  }

  /**
   * Makes the next {@code times} calls matching {@code when} throw what {@code failure} returns for
   * the call: any unchecked exception, or an {@link Error} to simulate the process dying mid-call
   * (an Error passes through the {@code catch (RuntimeException e)} blocks of the code under test).
   *
   * @return this, for chaining
   */
  public FailingSyncStore failWhen(
      Predicate<StoreCall> when,
      Timing timing,
      int times,
      Function<StoreCall, ? extends Throwable> failure) {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(failure, "failure");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + times);
    }
    faults.add(new Fault(when, timing, new AtomicInteger(times), failure));
    return this;
  }

  /** Makes every call matching {@code when} fail at {@code timing}, until {@link #heal()}. */
  public FailingSyncStore failAlways(Predicate<StoreCall> when, Timing timing) {
    return failWhen(when, timing, Integer.MAX_VALUE);
  }

  /**
   * Makes the {@code n}-th call from now (1 = the very next call) fail at {@code timing}.
   *
   * @return this, for chaining
   */
  public FailingSyncStore failNthCall(long n, Timing timing) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, was " + n);
    }
    long target = calls.get() + n;
    return failWhen(call -> call.sequence() == target, timing, 1);
  }

  /** Removes every configured fault; calls go straight through again. */
  public void heal() {
    faults.clear();
  }

  /** How many part calls went through this decorator so far. */
  public long callCount() {
    return calls.get();
  }

  /** The {@link InjectedStoreFailure}s thrown so far, oldest first. */
  public List<InjectedStoreFailure> injectedFailures() {
    return new ArrayList<>(injected);
  }

  @Override
  public ConnectionStore connection(ConnectionId connectionId) {
    ConnectionStore real = delegate.connection(connectionId);
    return views.computeIfAbsent(connectionId, id -> failingView(id, real));
  }

  @Override
  public void close() {
    delegate.close();
  }

  @Override
  public String toString() {
    return "FailingSyncStore{" + delegate + ", calls=" + calls.get() + "}";
  }

  private ConnectionStore failingView(ConnectionId id, ConnectionStore real) {
    Map<String, Object> parts = new ConcurrentHashMap<>();
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args, "FailingConnectionStore{" + id + "}");
          }
          Object result = forward(method, real, args);
          if (method.getParameterCount() == 0
              && method.getReturnType().isInterface()
              && result != null) {
            return parts.computeIfAbsent(
                method.getName(), name -> failingPart(id, name, method.getReturnType(), result));
          }
          return result;
        };
    return (ConnectionStore)
        Proxy.newProxyInstance(
            ConnectionStore.class.getClassLoader(), new Class<?>[] {ConnectionStore.class}, handler);
  }

  private Object failingPart(ConnectionId id, String partName, Class<?> type, Object real) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args, "Failing(" + id + "/" + partName + ")");
          }
          StoreCall call =
              StoreCall.of(calls.incrementAndGet(), id, partName, method.getName(), args);
          fireIfDue(call, Timing.BEFORE);
          Object result = forward(method, real, args);
          fireIfDue(call, Timing.AFTER);
          return result;
        };
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private void fireIfDue(StoreCall call, Timing timing) throws Throwable {
    for (Fault fault : faults) {
      if (fault.timing == timing && fault.when.test(call) && fault.take()) {
        Throwable failure = fault.failure.apply(call);
        if (failure instanceof InjectedStoreFailure injectedFailure) {
          injected.add(injectedFailure);
        }
        if (failure instanceof RuntimeException || failure instanceof Error) {
          throw failure;
        }
        throw new IllegalStateException("injected failure must be unchecked", failure);
      }
    }
  }

  private static Object forward(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Object objectMethod(Object proxy, Method method, Object[] args, String name) {
    switch (method.getName()) {
      case "equals":
        return proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      default:
        return name;
    }
  }

  private record Fault(
      Predicate<StoreCall> when,
      Timing timing,
      AtomicInteger remaining,
      Function<StoreCall, ? extends Throwable> failure) {
    boolean take() {
      return remaining.getAndUpdate(r -> r > 0 ? r - 1 : 0) > 0;
    }
  }
}
