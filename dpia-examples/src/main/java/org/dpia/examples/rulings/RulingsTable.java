package org.dpia.examples.rulings;

import java.io.PrintStream;
import java.util.List;
import org.dpia.core.decision.Outcome;
import org.dpia.rules.fr.FrenchRulebook;

/**
 * Prints the gallery of real rulings as a Markdown table: each ruling, what was held, the
 * library's answer on the stated facts, and the count of definite and right answers. The README's
 * table is its output:
 *
 * <pre>{@code ./mvnw -q compile exec:java -pl dpia-examples -am -Ddpia.main=org.dpia.examples.rulings.RulingsTable}</pre>
 */
public final class RulingsTable {
  private RulingsTable() {}

  /** The verdict on one ruling. */
  public enum Verdict {
    /** The library's answer is the holding. */
    RIGHT,
    /** The stated facts do not settle it. */
    UNDETERMINED,
    /**
     * The library's answer is the opposite of the holding, because the ruling applied a rule that
     * French law does not have ({@link Ruling#divergence()} says which).
     */
    DIFFERS,
    /** The library's answer is the opposite of the holding, with no reason in French law. */
    WRONG
  }

  /** How the library's answer compares with the holding. */
  public static Verdict verdict(Ruling ruling, Outcome answer) {
    if (answer == Outcome.UNDETERMINED) {
      return Verdict.UNDETERMINED;
    }
    if (answer == ruling.held()) {
      return Verdict.RIGHT;
    }
    return ruling.divergence().isPresent() ? Verdict.DIFFERS : Verdict.WRONG;
  }

  /** Prints the table and the counts. */
  public static void main(String[] args) {
    print(FrenchRulebook.create(), Rulings.all(), System.out);
  }

  /** Prints the table for these rulings, decided by the rulebook, and returns the number right. */
  public static int print(FrenchRulebook rulebook, List<Ruling> rulings, PrintStream out) {
    out.println("| Ruling | Authority | Held | Answer on the stated facts |");
    out.println("|---|---|---|---|");
    java.util.EnumMap<Verdict, Integer> counts = new java.util.EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    for (Ruling r : rulings) {
      Outcome answer = rulebook.decide(r.operation(), r.date()).outcome();
      Verdict v = verdict(r, answer);
      counts.merge(v, 1, Integer::sum);
      String note = switch (v) {
        case WRONG -> " (**wrong**)";
        case DIFFERS -> " (differs: " + r.divergence().orElseThrow() + ")";
        default -> "";
      };
      out.println("| [" + r.id() + "](" + r.url() + ") | " + r.authority() + ", " + r.reference() + " | " + label(r.held())
          + " | " + label(answer) + note + " |");
    }
    int right = counts.get(Verdict.RIGHT);
    out.println();
    out.printf("%d rulings: %d definite and right (%d %%), %d undetermined, %d differing from the holding for a reason of law given, %d wrong.%n",
        rulings.size(), right, rulings.isEmpty() ? 0 : Math.round(100.0 * right / rulings.size()), counts.get(Verdict.UNDETERMINED),
        counts.get(Verdict.DIFFERS), counts.get(Verdict.WRONG));
    return right;
  }

  private static String label(Outcome o) {
    return switch (o) {
      case REQUIRED -> "required";
      case NOT_REQUIRED -> "not required";
      case UNDETERMINED -> "undetermined";
    };
  }
}
