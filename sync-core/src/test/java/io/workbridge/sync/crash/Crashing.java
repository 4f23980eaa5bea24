package io.workbridge.sync.crash;

import io.workbridge.sync.store.FailingSyncStore;
import io.workbridge.sync.store.FailingSyncStore.Timing;
import io.workbridge.sync.store.StoreCall;
import io.workbridge.sync.store.SyncStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Wraps ports and stores so that every call passes two crash points of a {@link CrashPlan}: before
 * the call reaches its target (nothing happened) and after it returned (the remote effect or store
 * write happened, but the process dies before it can use the answer).
 */
public final class Crashing {
  private Crashing() {}

  /** Wraps any port interface. */
  public static <T> T port(Class<T> type, T target, CrashPlan plan, String name) {
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return objectMethod(self, method, args, name);
              }
              CrashPlan.Kind kind = isRead(method.getName()) ? CrashPlan.Kind.READ : CrashPlan.Kind.REMOTE_WRITE;
              String operation = name + "." + method.getName();
              plan.point(kind, operation, "before");
              Object result;
              try {
                result = method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
              plan.point(kind, operation, "after");
              return result;
            });
    return type.cast(proxy);
  }

  /** Wraps a store: every call on a part of a connection view passes the two crash points. */
  public static SyncStore store(SyncStore target, CrashPlan plan) {
    FailingSyncStore store = FailingSyncStore.wrap(target);
    store.failWhen(
        call -> plan.due(kind(call), operation(call)),
        Timing.BEFORE,
        Integer.MAX_VALUE,
        call -> plan.crash("store " + call.describe() + " before"));
    store.failWhen(
        call -> plan.due(kind(call), operation(call)),
        Timing.AFTER,
        Integer.MAX_VALUE,
        call -> plan.crash("store " + call.describe() + " after"));
    return store;
  }

  private static String operation(StoreCall call) {
    return "store." + call.part() + "." + call.method();
  }

  private static CrashPlan.Kind kind(StoreCall call) {
    return call.isWrite() ? CrashPlan.Kind.STORE_WRITE : CrashPlan.Kind.READ;
  }

  /**
   * Whether a port method only reads, by the naming of the ports: lookups ({@code find…}, {@code search…}), feeds
   * ({@code changesSince}, {@code alertsSince}), and getters named after what they return.
   */
  static boolean isRead(String method) {
    return method.startsWith("find")
        || method.startsWith("search")
        || method.endsWith("Since")
        || method.equals("followUp")
        || method.equals("workOrder")
        || method.equals("allowedStatuses")
        || method.equals("notes")
        || method.equals("workActivities")
        || method.equals("attachments")
        || method.equals("booking")
        || method.equals("job")
        || method.equals("jobNotes")
        || method.equals("jobAttachments")
        || method.equals("downloadAttachment");
  }

  private static Object objectMethod(Object self, Method method, Object[] args, String name) {
    switch (method.getName()) {
      case "equals":
        return self == args[0];
      case "hashCode":
        return System.identityHashCode(self);
      default:
        return "Crashing(" + name + ")";
    }
  }
}
