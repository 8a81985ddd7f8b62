package org.dpia.core.model;

import java.util.List;

/**
 * Thrown when a description is refused as it is built: it lists every problem found, in plain
 * words, not just the first.
 */
public final class InvalidDescriptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** An exception about {@code what} (e.g. "processing operation 'CCTV'") with its problems. */
  public InvalidDescriptionException(String what, List<String> problems) {
    super(message(what, problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, each a sentence. */
  public List<String> problems() {
    return problems;
  }

  private static String message(String what, List<String> problems) {
    StringBuilder s = new StringBuilder("Invalid ").append(what).append(": ");
    if (problems.size() == 1) {
      return s.append(problems.get(0)).toString();
    }
    s.append(problems.size()).append(" problems");
    for (String p : problems) {
      s.append("\n - ").append(p);
    }
    return s.toString();
  }
}
