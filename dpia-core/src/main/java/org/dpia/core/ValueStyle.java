package org.dpia.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project's value types: the generated {@code Immutable*} classes
 * stay package-private behind a {@code builder()} and a nested {@code Builder} declared on the
 * abstract type, and {@code build()} returns the abstract type. A value type that callers copy with
 * a change implements its generated {@code With*} interface, so that {@code value.withName("…")}
 * is part of its API. Generated classes carry no annotation that callers would need on their class
 * path (no {@code @Generated}), so that a consumer compiling with {@code -Xlint:all -Werror} builds.
 *
 * <p>Rulebooks may put it on their own packages so that their value types look the same.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
