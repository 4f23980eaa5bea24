package io.workbridge.servicechannel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the ServiceChannel value types: JDK collections only, the generated implementation
 * hidden behind the abstract type, and {@code @Value.Redacted} attributes printed as {@code ****}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    redactedMask = "****",
    depluralize = true)
public @interface ServiceChannelStyle {}
