package org.dpia.rules.fr.lil;

import org.dpia.core.decision.Regime;
import org.dpia.core.law.Citation;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Conditions;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.text.Text;
import org.dpia.rules.fr.gdpr.Gdpr;

/**
 * LIL Title IV: processing concerning State security and defence, outside Union law (GDPR art.
 * 2(2)(a)), whose formality is a prior authorisation after the CNIL's opinion. No provision of
 * Title IV imposing a DPIA was found; that search was made on an unofficial compilation and is to
 * be confirmed on Légifrance.
 *
 * <p>Verification: reading (no DPIA provision found in an unofficial compilation).
 */
public final class TitleIV {
  private TitleIV() {}

  /** State security and defence, LIL Title IV, outside Union law. */
  public static final Regime REGIME = Regime.of("state-security",
      Text.of("State security and defence (LIL Title IV)", "Sûreté de l'État et défense (titre IV de la loi Informatique et Libertés)"),
      Gdpr.article("2", "2", "a"), Lil.WHOLE);

  /** A purpose is national security or defence. */
  public static final Fact<ProcessingOperation> STATE_SECURITY_PURPOSE = Fact.of("purpose.state-security",
      Text.of("a purpose is State security or defence", "une finalité est la sûreté de l'État ou la défense"),
      op -> op.purposes().contains(StandardPurpose.NATIONAL_SECURITY_AND_DEFENCE));

  /** The State security regime governs: a purpose of State security or defence. */
  public static final Rule<ProcessingOperation> APPLIES = Rule.named("fr.regime.state-security",
          Text.of("State security and defence regime (LIL Title IV)",
              "Régime de la sûreté de l'État et de la défense (titre IV de la loi Informatique et Libertés)"))
      .citing(Gdpr.article("2", "2", "a"), Lil.WHOLE)
      .when(STATE_SECURITY_PURPOSE.holds());

  /** The LIL as a whole, read for a DPIA provision in Title IV and found to have none: a reading. */
  public static final Citation NO_PROVISION_FOUND = Citation.builder().source(Lil.SOURCE).verification(Verification.READING).build();

  /** No statutory DPIA duty was found in LIL Title IV. */
  public static final Rule<ProcessingOperation> NO_DPIA_PROVISION = Rule.named("fr.lil.title-iv.no-dpia",
          Text.of("State security and defence (LIL Title IV): no statutory DPIA duty found",
              "Sûreté de l'État et défense (titre IV de la loi Informatique et Libertés) : aucune obligation légale d'AIPD identifiée"))
      .citing(Gdpr.article("2", "2", "a"), NO_PROVISION_FOUND)
      .when(Conditions.constant(Truth.TRUE, "LIL Title IV contains no DPIA provision (as far as checked)"));
}
