package io.workbridge.leads;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the leads client's value types: JDK collections only, the generated
 * implementation hidden behind the abstract type, plural collection names with singular adders, and
 * {@code @Value.Redacted} attributes printed as {@code ****}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    redactedMask = "****",
    depluralize = true)
public @interface LeadsStyle {}
