package org.dpia.core.audit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Regime;
import org.dpia.core.law.Citation;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DpiaElement;

/**
 * What a regime's law requires of the controller once a DPIA is required, as a rulebook declares
 * it to its audits: the point an audit checks ({@link BreachReason}), the part of the DPIA for
 * content, and the provision that requires it, with the days that provision is in force. An
 * audit checks a point only under the regimes that declare it, and cites the provision when the
 * point is not met.
 *
 * <pre>{@code
 * Requirement.content(GDPR, DpiaElement.NECESSITY_AND_PROPORTIONALITY, Gdpr.article("35", "7", "b"))
 * Requirement.of(GDPR, BreachReason.DPO_NOT_CONSULTED, Gdpr.article("35", "2"))
 * }</pre>
 *
 * @param regime the regime whose law requires it
 * @param point the point an audit finds when it is not met
 * @param element the part of the DPIA, for {@link BreachReason#LACKS_CONTENT}
 * @param citation the provision that requires it; its validity is when the requirement is in force
 */
public record Requirement(Regime regime, BreachReason point, Optional<DpiaElement> element, Citation citation) {

  /** Checks the parts: an element is named exactly for content. */
  public Requirement {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(citation, "citation");
    if (element.isPresent() != (point == BreachReason.LACKS_CONTENT)) {
      throw new IllegalArgumentException("a content requirement names the part required, and only it does: " + point);
    }
  }

  /** A requirement on a point other than content. */
  public static Requirement of(Regime regime, BreachReason point, Citation citation) {
    return new Requirement(regime, point, Optional.empty(), citation);
  }

  /** A part the DPIA must contain. */
  public static Requirement content(Regime regime, DpiaElement element, Citation citation) {
    return new Requirement(regime, BreachReason.LACKS_CONTENT, Optional.of(element), citation);
  }

  /**
   * Whether it applies to the decision, on a day: its provision is in force then, and its regime
   * governs (unknown when the decision does not settle the regime).
   */
  public Truth appliesTo(Decision decision, LocalDate day) {
    if (!citation.inForceOn(day)) {
      return Truth.FALSE;
    }
    return decision.regimes().getOrDefault(regime, Truth.FALSE);
  }
}
