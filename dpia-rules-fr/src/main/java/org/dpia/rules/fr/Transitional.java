package org.dpia.rules.fr;

import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.not;

import java.time.LocalDate;
import org.dpia.core.law.Validity;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;

/**
 * The CNIL's transitional position for processing in place before 25 May 2018 (communiqué of
 * 19 February 2018): a processing that had regularly gone through a prior formality with the CNIL
 * (receipt of a declaration, authorisation, opinion) and was not substantially modified since did
 * not need a DPIA at once; the CNIL estimated the reasonable delay at three years, i.e. until
 * 25 May 2021. It is a tolerance of the supervisory authority, not a statutory deadline. New
 * processing, processing without a formality, and processing substantially modified needed a DPIA
 * without waiting.
 */
public final class Transitional {
  private Transitional() {}

  /** The first day a DPIA was due for processing covered by the tolerance. */
  public static final LocalDate TOLERANCE_ENDS = LocalDate.of(2021, 5, 25);

  /** The processing started before 25 May 2018. */
  public static final Fact<ProcessingOperation> STARTED_BEFORE_GDPR = Fact.of(
      "period.started-before-2018-05-25",
      "the processing started before 25 May 2018",
      op -> op.period().start().map(s -> Truth.of(s.isBefore(Gdpr.APPLIES_FROM))).orElse(Truth.UNKNOWN));

  /** The tolerance: a lawfully declared pre-2018 processing, unchanged, needs no DPIA before 25 May 2021. */
  public static final Rule<ProcessingOperation> PRE_GDPR_TOLERANCE = Rule.named("fr.cnil.transition.pre-2018",
          "Processing lawfully in place before 25 May 2018 and not substantially modified: DPIA due within three years (CNIL tolerance)")
      .citing(org.dpia.core.law.Citation.builder().source(Sources.CNIL_TRANSITION)
          .wording("devra en principe être réalisée dans un délai raisonnable qui peut être estimé à trois ans")
          .build())
      .valid(Validity.between(Gdpr.APPLIES_FROM, TOLERANCE_ENDS.minusDays(1)))
      .when(all(STARTED_BEFORE_GDPR.holds(), Facts.PRIOR_FORMALITY.holds(), not(Facts.SUBSTANTIALLY_MODIFIED.holds())));
}
