package org.dpia.core.model;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpia.core.text.Text;

/** Accumulates every validation problem of a value before refusing it. */
final class Checks {
  private Checks() {}

  /** Valid when the condition holds, otherwise invalid with the problem's words. */
  static Validation<String, Boolean> require(boolean condition, Supplier<String> problem) {
    return condition ? Validation.valid(true) : Validation.invalid(problem.get());
  }

  /** Whether a name or label shows nothing to a reader (see {@link Text#showsNothing(String)}). */
  static boolean blank(String value) {
    return Text.showsNothing(value);
  }

  private static final Pattern NOT_SET = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");

  /**
   * Builds a value with its generated builder, turning Immutables' "required attributes are not
   * set" into the one exception for bad descriptions, each missing part a problem in plain words.
   */
  static <T> T built(String what, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalStateException missing) {
      Matcher m = NOT_SET.matcher(String.valueOf(missing.getMessage()));
      if (!m.find()) {
        throw missing;
      }
      java.util.List<String> problems = new java.util.ArrayList<>();   // the builder's own words: the method to call
      for (String attribute : m.group(1).split(",\\s*")) {
        problems.add(attribute + "(…) is required and was not given");
      }
      throw new InvalidDescriptionException(what, problems);
    }
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
