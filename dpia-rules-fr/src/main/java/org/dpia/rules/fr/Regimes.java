package org.dpia.rules.fr;

import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.any;
import static org.dpia.core.logic.Conditions.not;

import org.dpia.core.law.Citation;
import org.dpia.core.decision.Regime;
import org.dpia.core.logic.Rule;
import org.dpia.core.model.ProcessingOperation;

/**
 * Which body of law governs a processing, per purpose: the police-justice regime (Directive
 * 2016/680; LIL Title III) when a competent authority processes for criminal-law enforcement; State
 * security and defence (LIL Title IV) for those purposes; the GDPR (with LIL Title II) for every
 * other purpose, and for criminal-law purposes pursued by a body that is not a competent
 * authority. A processing with mixed purposes falls under several regimes, each for its purposes,
 * as the CNIL reasons for municipal video systems (« sur le fondement du RGPD et/ou de la directive
 * police-justice »).
 */
public final class Regimes {
  private Regimes() {}

  /** The GDPR, with LIL Title II. */
  public static final Regime GDPR = Regime.of("gdpr", "GDPR (with LIL Title II)", Sources.gdpr("2", "1", null), Sources.lil("62"));

  /** The police-justice regime: Directive 2016/680 as transposed in LIL Title III. */
  public static final Regime POLICE_JUSTICE = Regime.of("police-justice",
      "Police-justice (Directive 2016/680, LIL Title III)", Citation.of(Sources.DIRECTIVE_2016_680, "1"), Sources.lil("87"));

  /** State security and defence, LIL Title IV, outside Union law. */
  public static final Regime STATE_SECURITY = Regime.of("state-security",
      "State security and defence (LIL Title IV)", Sources.gdpr("2", "2", "a"), Citation.of(Sources.LIL));

  /** The police-justice regime governs: a competent authority processing for criminal-law enforcement. */
  public static final Rule<ProcessingOperation> POLICE_JUSTICE_APPLIES = Rule.named("fr.regime.police-justice",
          "Police-justice regime: a competent authority processing for criminal-law enforcement")
      .citing(Citation.builder().source(Sources.DIRECTIVE_2016_680).article("1").paragraph("1").build(),
          Citation.builder().source(Sources.DIRECTIVE_2016_680).article("3").paragraph("7").build(),
          Sources.lil("87"),
          Sources.gdpr("2", "2", "d"))
      .when(all(Facts.COMPETENT_AUTHORITY.holds(), Facts.CRIMINAL_PURPOSE.holds()));

  /** The State security regime governs: a purpose of State security or defence. */
  public static final Rule<ProcessingOperation> STATE_SECURITY_APPLIES = Rule.named("fr.regime.state-security",
          "State security and defence regime (LIL Title IV)")
      .citing(Sources.gdpr("2", "2", "a"), Citation.of(Sources.LIL))
      .when(Facts.STATE_SECURITY_PURPOSE.holds());

  /** The GDPR governs: another purpose, or criminal-law purposes of a body that is not a competent authority. */
  public static final Rule<ProcessingOperation> GDPR_APPLIES = Rule.named("fr.regime.gdpr",
          "GDPR regime: purposes outside criminal-law enforcement and State security, or a body that is not a competent authority")
      .citing(Sources.gdpr("2", "1", null), Sources.gdpr("2", "2", "d"))
      .when(any(Facts.OTHER_PURPOSE.holds(), all(Facts.CRIMINAL_PURPOSE.holds(), not(Facts.COMPETENT_AUTHORITY.holds()))));
}
