package org.dpia.core.audit;

import java.util.List;
import java.util.Objects;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.law.Citation;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DpiaElement;

/**
 * One point on which an audit found the duty not met, or could not tell: a DPIA missing, late or
 * not covering the version, lacking required parts, the DPO not consulted, the supervisory
 * authority not consulted, no review after a change.
 *
 * @param reason the point
 * @param shortfall {@link Truth#TRUE} if the duty is not met on this point, {@link Truth#UNKNOWN}
 *     if the facts do not tell (never false: a point met is no finding)
 * @param elements for {@link BreachReason#LACKS_CONTENT}, the parts the DPIA lacks (or, when the
 *     shortfall is unknown, the parts not known to be there); empty otherwise
 * @param citations the provisions that require what is missing, in force on the segment's first day
 */
public record Finding(BreachReason reason, Truth shortfall, List<DpiaElement> elements, List<Citation> citations) {

  /** Checks the parts: the shortfall is true or unknown, and elements are named only for missing content. */
  public Finding {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(shortfall, "shortfall");
    elements = List.copyOf(elements);
    citations = List.copyOf(citations);
    if (shortfall == Truth.FALSE) {
      throw new IllegalArgumentException("a point that is met is not a finding: " + reason);
    }
    if (elements.isEmpty() == (reason == BreachReason.LACKS_CONTENT)) {
      throw new IllegalArgumentException(reason == BreachReason.LACKS_CONTENT
          ? "a finding of missing content names the parts missing" : "only a finding of missing content names parts: " + reason);
    }
  }

  /** A finding on a point that names no part of the DPIA. */
  public static Finding of(BreachReason reason, Truth shortfall, List<Citation> citations) {
    return new Finding(reason, shortfall, List.of(), citations);
  }

  /** Whether the duty is established as not met on this point. */
  public boolean established() {
    return shortfall == Truth.TRUE;
  }
}
