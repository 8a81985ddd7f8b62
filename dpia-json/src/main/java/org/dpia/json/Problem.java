package org.dpia.json;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a description read from a file: where (the JSON path, such as
 * {@code $.controller.kind} or {@code $.purposes[1]}, and the line and column in the text) and
 * what, in plain words, with the closest valid values when an id or a property name was not
 * recognised.
 *
 * @param path the JSON path of the value at fault ({@code $} for the whole document)
 * @param line the line in the text, from 1; 0 when the problem has no place in the text
 * @param column the column in the text, from 1; 0 when the problem has no place in the text
 * @param message what is wrong, as a sentence a DPO understands
 * @param suggestions the closest valid values, best first; empty when there is none to suggest
 */
public record Problem(String path, int line, int column, String message, List<String> suggestions) {

  /** Checks and copies the parts. */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    suggestions = List.copyOf(suggestions);
  }

  /**
   * The problem on one line: {@code "line 3, column 9, $.controller.kind: unknown kind of
   * controller 'POLICE' (did you mean MUNICIPAL_POLICE?)"}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (line > 0) {
      s.append("line ").append(line).append(", column ").append(column).append(", ");
    }
    s.append(path).append(": ").append(message);
    if (!suggestions.isEmpty()) {
      s.append(" (did you mean ").append(String.join(", ", suggestions)).append("?)");
    }
    return s.toString();
  }
}
