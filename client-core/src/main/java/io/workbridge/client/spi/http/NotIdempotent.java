package io.workbridge.client.spi.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Retrofit interface method whose HTTP method is idempotent (PUT, DELETE) but whose effect is not —
 * for example a "decline" that records a new note and history entry each time it is sent. Such a call is
 * treated like a POST: never repeated once its request may have reached the server (a read timeout, a dropped
 * connection, a 5xx answer); only a connection that could not be made is retried.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotIdempotent {}
