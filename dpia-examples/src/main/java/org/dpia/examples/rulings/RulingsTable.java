package org.dpia.examples.rulings;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.Collectors;
import org.dpia.core.audit.Audit;
import org.dpia.core.audit.Segment;
import org.dpia.core.decision.Outcome;
import org.dpia.rules.fr.FrenchRulebook;

/**
 * Prints the gallery of real rulings as Markdown tables: each ruling, what was held, the
 * library's answer on the stated facts, and the count of definite and right answers; then the
 * rulings that found a DPIA carried out and deficient, what they held it fell short on, and what
 * an audit of that DPIA finds. The README's tables are its output:
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

  /** The verdict on the audit of a DPIA a ruling held deficient. */
  public enum AuditVerdict {
    /** Breached, for every point the ruling held (and perhaps others). */
    FOUND,
    /** Breached, but not for every point the ruling held. */
    PARTLY,
    /** The stated facts do not settle whether the duty was met. */
    UNDETERMINED,
    /** Met, or not required: the opposite of the ruling. */
    WRONG
  }

  /** How the audit of a ruling's deficient DPIA, on its day, compares with the points held. */
  public static AuditVerdict auditVerdict(Ruling ruling, Audit audit) {
    Segment day = audit.on(ruling.deficientDpia().orElseThrow().auditedOn()).orElseThrow();
    return switch (day.compliance()) {
      case MET, NOT_REQUIRED -> AuditVerdict.WRONG;
      case UNDETERMINED -> AuditVerdict.UNDETERMINED;
      case BREACHED -> day.breachReasons().containsAll(ruling.deficientDpia().orElseThrow().held()) ? AuditVerdict.FOUND : AuditVerdict.PARTLY;
    };
  }

  /** Prints the tables and the counts. */
  public static void main(String[] args) {
    FrenchRulebook france = FrenchRulebook.create();
    print(france, Rulings.all(), System.out);
    System.out.println();
    printDeficientDpias(france, Rulings.all(), System.out);
  }

  /** Prints the table of the DPIAs held deficient and returns how many audits found every point held. */
  public static int printDeficientDpias(FrenchRulebook rulebook, List<Ruling> rulings, PrintStream out) {
    out.println("| Ruling | DPIA held deficient for | Audit on the stated facts |");
    out.println("|---|---|---|");
    EnumMap<AuditVerdict, Integer> counts = new EnumMap<>(AuditVerdict.class);
    for (AuditVerdict v : AuditVerdict.values()) {
      counts.put(v, 0);
    }
    int total = 0;
    for (Ruling r : rulings) {
      if (r.deficientDpia().isEmpty()) {
        continue;
      }
      total++;
      Audit audit = r.auditDpia(rulebook);
      AuditVerdict v = auditVerdict(r, audit);
      counts.merge(v, 1, Integer::sum);
      Segment day = audit.on(r.deficientDpia().orElseThrow().auditedOn()).orElseThrow();
      String found = switch (day.compliance()) {
        case BREACHED -> "breached: " + names(day.breachReasons());
        case UNDETERMINED -> "undetermined (a DPIA required: " + label(day.outcome()) + ")";
        default -> "**" + day.compliance().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "** (wrong)";
      };
      out.println("| [" + r.id() + "](" + r.url() + ") | " + names(r.deficientDpia().orElseThrow().held()) + " | " + found + " |");
    }
    out.println();
    out.printf("%d DPIAs held deficient: %d audits find every point held, %d some of them, %d undetermined, %d wrong.%n",
        total, counts.get(AuditVerdict.FOUND), counts.get(AuditVerdict.PARTLY), counts.get(AuditVerdict.UNDETERMINED),
        counts.get(AuditVerdict.WRONG));
    return counts.get(AuditVerdict.FOUND);
  }

  private static String names(List<? extends Enum<?>> values) {
    return values.stream().map(e -> e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "));
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
