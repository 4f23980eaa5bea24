package io.workbridge.client.spi.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Retrofit interface method whose HTTP method is not idempotent (POST, PATCH) but whose effect is
 * — for example a search sent as POST, or an "accept" that the server treats as a no-op when repeated.
 * Such calls are retried on 429/502/503/504 and read timeouts like GET calls.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {}
