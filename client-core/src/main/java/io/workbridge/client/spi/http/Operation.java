package io.workbridge.client.spi.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the operation a Retrofit interface method performs (for example {@code jobs.list}). The name is
 * used in log lines and exception messages instead of the URL, which may carry secrets in its query.
 * Without it, the operation is {@code Interface.method}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Operation {
  /** {@return the operation's name, {@code resource.action}} */
  String value();
}
