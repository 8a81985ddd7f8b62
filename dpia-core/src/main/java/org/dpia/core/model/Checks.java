package org.dpia.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpia.core.text.Text;

/** Accumulates every validation problem of a value before refusing it. */
final class Checks {
  private Checks() {}

  /** One check: whether it holds, and the problem's words (made only when it does not). */
  record Check(boolean holds, Supplier<String> problem) {}

  /** A check that holds when the condition does, otherwise a problem in the supplied words. */
  static Check require(boolean condition, Supplier<String> problem) {
    return new Check(condition, problem);
  }

  /** Whether a name or label shows nothing to a reader (see {@link Text#showsNothing(String)}). */
  static boolean blank(String value) {
    return Text.showsNothing(value);
  }

  /** Compiled on the first description missing a part, not when the first value is built. */
  private static final class NotSet {
    static final Pattern PATTERN = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");
  }

  /**
   * Builds a value with its generated builder, turning Immutables' "required attributes are not
   * set" into the one exception for bad descriptions, each missing part a problem in plain words.
   */
  static <T> T built(String what, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalStateException missing) {
      Matcher m = NotSet.PATTERN.matcher(String.valueOf(missing.getMessage()));
      if (!m.find()) {
        throw missing;
      }
      List<String> problems = new ArrayList<>();   // the builder's own words: the method to call
      for (String attribute : m.group(1).split(",\\s*")) {
        problems.add(attribute + "(…) is required and was not given");
      }
      throw new InvalidDescriptionException(what, problems);
    }
  }

  /** Throws one exception listing every invalid check, or returns if all are valid. */
  static void verify(String what, Check... checks) {
    List<String> problems = null;
    for (Check check : checks) {
      if (!check.holds()) {
        if (problems == null) {
          problems = new ArrayList<>();
        }
        problems.add(check.problem().get());
      }
    }
    if (problems != null) {
      throw new InvalidDescriptionException(what, problems);
    }
  }
}
