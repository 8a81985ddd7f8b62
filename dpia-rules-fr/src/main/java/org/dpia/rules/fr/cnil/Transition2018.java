package org.dpia.rules.fr.cnil;

import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.not;

import java.time.LocalDate;
import org.dpia.core.decision.Advice;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;
import org.dpia.rules.fr.gdpr.Gdpr;

/**
 * The CNIL's transitional position for processing in place before 25 May 2018 (communiqué of
 * 19 February 2018): a processing that had regularly gone through a prior formality with the CNIL
 * (receipt of a declaration, authorisation, opinion) and was not substantially modified since did
 * not need a DPIA at once; the CNIL estimated the reasonable delay at three years from 25 May 2018,
 * which runs through 25 May 2021. It is a tolerance of the supervisory authority, not a statutory
 * deadline. New processing, processing without a formality, and processing substantially modified
 * needed a DPIA without waiting. Délibération n° 2018-326 ({@link Guidelines2018326}) restated it
 * and extended it to processing dispensed from formality. The tolerance concerns the GDPR: it is
 * not applied to police-justice processing (no source read extends it there).
 *
 * <p>« devra en principe être réalisée dans un délai raisonnable qui peut être estimé à trois ans »
 *
 * <p>Verification: checked (two concordant reproductions).
 */
public final class Transition2018 {
  private Transition2018() {}

  /** The communiqué. */
  public static final LegalSource SOURCE = LegalSource.builder()
      .id("fr.cnil.transition-2018")
      .title("CNIL, « RGPD : comment la CNIL vous accompagne dans cette période transitoire », 19 février 2018")
      .shortTitles(Text.of("CNIL, transitional period", "CNIL, période transitoire"))
      .url("https://www.cnil.fr/fr/rgpd-comment-la-cnil-vous-accompagne-dans-cette-periode-transitoire")
      .publishedOn(LocalDate.of(2018, 2, 19))
      .language("fr")
      .binding(false)
      .verification(Verification.CHECKED)
      .verificationNote("Read in two concordant reproductions; encoded as the CNIL's tolerance, not a statutory deadline.")
      .build();

  /** The communiqué's words on the delay. */
  public static final Citation DELAY = Citation.builder().source(SOURCE)
      .wording("devra en principe être réalisée dans un délai raisonnable qui peut être estimé à trois ans")
      .build();

  /**
   * The last day of the tolerance: « trois ans à compter du 25 mai 2018 » runs through 25 May 2021;
   * a DPIA is due from 26 May 2021 for processing still covered on 25 May 2021.
   */
  public static final LocalDate TOLERANCE_LAST_DAY = LocalDate.of(2021, 5, 25);

  /** The deadline the tolerance leaves. */
  public static final Advice DEADLINE = Advice.of("fr.cnil.transition.deadline",
      Text.of("A DPIA is due by " + TOLERANCE_LAST_DAY + " if the processing is likely to result in a high risk, and at once if it is substantially modified.",
          "Une AIPD doit être réalisée au plus tard le 25 mai 2021 si le traitement est susceptible d'engendrer un risque élevé, et sans attendre s'il fait l'objet d'une modification substantielle."),
      Citation.of(SOURCE));

  /**
   * The processing started before 25 May 2018: from its stated start. The tolerance is the
   * controller's to invoke: without a stated start, it is read as not established.
   */
  public static final Fact<ProcessingOperation> STARTED_BEFORE_GDPR = Fact.presumed("period.started-before-2018-05-25",
      Text.of("the processing started before 25 May 2018", "le traitement a commencé avant le 25 mai 2018"),
      Truth.FALSE, (op, date) -> op.period().start().map(s -> Truth.of(s.isBefore(Gdpr.APPLIES_FROM))).orElse(Truth.UNKNOWN));

  /** A prior formality before 25 May 2018; the controller's to establish, read as not established unless stated. */
  public static final Fact<ProcessingOperation> PRIOR_FORMALITY = Fact.presumed("prior-formality",
      Text.of("before 25 May 2018 the processing regularly went through a prior formality with the CNIL (receipt of a declaration, authorisation, opinion) or was recorded by a CIL",
          "avant le 25 mai 2018, le traitement a régulièrement accompli une formalité préalable auprès de la CNIL (récépissé de déclaration, autorisation, avis) ou a été inscrit au registre d'un correspondant informatique et libertés (CIL)"),
      Truth.FALSE, (op, date) -> op.priorFormality());

  /** Substantially modified since the prior formality. */
  public static final Fact<ProcessingOperation> SUBSTANTIALLY_MODIFIED = Fact.of("substantially-modified",
      Text.of("the processing was substantially modified since its prior formality",
          "le traitement a fait l'objet d'une modification substantielle depuis sa formalité préalable"),
      ProcessingOperation::substantiallyModified);

  /** The tolerance: a lawfully declared pre-2018 processing, unchanged, needs no DPIA for three years. */
  public static final Rule<ProcessingOperation> TOLERANCE = Rule.named("fr.cnil.transition.pre-2018",
          Text.of("Processing lawfully in place before 25 May 2018 and not substantially modified: DPIA due within three years (CNIL tolerance)",
              "Traitement régulièrement mis en œuvre avant le 25 mai 2018 et non substantiellement modifié : AIPD à réaliser dans un délai de trois ans (tolérance de la CNIL)"))
      .citing(DELAY, Guidelines2018326.PRE_2018_PROCESSING)
      .valid(DateRange.of(Gdpr.APPLIES_FROM, TOLERANCE_LAST_DAY))
      .when(all(STARTED_BEFORE_GDPR.holds(), PRIOR_FORMALITY.holds(), not(SUBSTANTIALLY_MODIFIED.holds())));
}
