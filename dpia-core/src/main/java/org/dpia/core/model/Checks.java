package org.dpia.core.model;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Supplier;

/** Accumulates every validation problem of a value before refusing it. */
final class Checks {
  private Checks() {}

  /** Valid when the condition holds, otherwise invalid with the problem's words. */
  static Validation<String, Boolean> require(boolean condition, Supplier<String> problem) {
    return condition ? Validation.valid(true) : Validation.invalid(problem.get());
  }

  /** Throws one exception listing every invalid check, or returns if all are valid. */
  @SafeVarargs
  static void verify(String what, Validation<String, Boolean>... checks) {
    Validation<Seq<String>, Seq<Boolean>> all =
        Validation.sequence(List.of(checks).map(v -> v.mapError(List::of)));
    if (all.isInvalid()) {
      throw new InvalidDescriptionException(what, all.getError().toJavaList());
    }
  }
}
