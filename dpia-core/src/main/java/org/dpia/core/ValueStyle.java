package org.dpia.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project's value types: the generated {@code Immutable*} classes
 * stay package-private behind a {@code builder()} and a nested {@code Builder} declared on the
 * abstract type, and {@code build()} returns the abstract type. To copy a value with a change,
 * use {@code X.builder().from(value).field(newValue).build()}: the generated {@code with*} methods
 * live on the package-private implementation and are not part of the API.
 *
 * <p>Rulebooks may put it on their own packages so that their value types look the same.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
