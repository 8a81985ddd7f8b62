package org.dpia.rules.fr.lil;

import static org.dpia.core.logic.Conditions.all;

import org.dpia.core.decision.Regime;
import org.dpia.core.law.Citation;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Conditions;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.PurposeFamily;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.text.Text;
import org.dpia.rules.fr.FrenchControllerKind;
import org.dpia.rules.fr.gdpr.Gdpr;

/**
 * LIL Title IV: processing « intéressant la sûreté de l'État et la défense », carried out on behalf
 * of the State, outside Union law (GDPR art. 2(2)(a)), whose formality is a prior authorisation
 * after the CNIL's opinion. No provision of Title IV imposing a DPIA was found; that search was
 * made on an unofficial compilation and is to be confirmed on Légifrance.
 *
 * <p>Verification: the scope, one source (a third-party consolidated copy); the absence of a DPIA
 * provision, a reading.
 */
public final class TitleIV {
  private TitleIV() {}

  /**
   * A purpose is national security or defence. Title IV takes a processing out of the GDPR (art.
   * 2(2)(a)): like any exception to its scope, it is for whoever invokes it to establish, and a
   * State-security purpose that is not stated is read as not established.
   */
  public static final Fact<ProcessingOperation> STATE_SECURITY_PURPOSE = Fact.presumed("purpose.state-security",
      Text.of("a purpose is State security or defence", "une finalité est la sûreté de l'État ou la défense"),
      Truth.FALSE, (op, date) -> op.purposes().anyTruth(p -> p.family()
          .map(f -> Truth.of(f == PurposeFamily.NATIONAL_SECURITY_AND_DEFENCE)).orElse(Truth.UNKNOWN)));

  /**
   * The processing is carried out on behalf of the State: its intelligence and defence services,
   * police and gendarmerie, courts and prisons are State services; a local authority, a municipal
   * police service, a company, an association or an individual is not; a public body that pursues
   * a State-security purpose does so for the State (State security is the State's own prerogative:
   * a reading); for other public bodies, and for schools and hospitals, it depends on which body
   * runs them, so it stays unknown.
   */
  public static final Fact<ProcessingOperation> ON_BEHALF_OF_THE_STATE = Fact.of("controller.on-behalf-of-the-state",
      Text.of("the processing is carried out on behalf of the State",
          "le traitement est mis en œuvre pour le compte de l'État"),
      op -> org.dpia.rules.fr.Facts.anyController(op, c -> c.kind().map(k -> k == StandardControllerKind.PUBLIC_BODY
          && op.purposes().anyTruth(p -> p.family().map(f -> Truth.of(f == PurposeFamily.NATIONAL_SECURITY_AND_DEFENCE)).orElse(Truth.UNKNOWN)) == Truth.TRUE
          ? Truth.TRUE : stateService(k)).orElse(Truth.UNKNOWN)));

  /** Whether a kind of controller acts on behalf of the State. */
  public static Truth stateService(ControllerKind kind) {
    if (!(kind instanceof StandardControllerKind s)) {
      return kind instanceof FrenchControllerKind ? Truth.FALSE : Truth.UNKNOWN;
    }
    return switch (s) {
      case INTELLIGENCE_OR_DEFENCE_SERVICE, NATIONAL_POLICE_OR_GENDARMERIE, JUDICIAL_AUTHORITY, PRISON_ADMINISTRATION -> Truth.TRUE;
      case PUBLIC_BODY, EDUCATIONAL_ESTABLISHMENT, HEALTH_OR_MEDICO_SOCIAL_ESTABLISHMENT -> Truth.UNKNOWN;
      default -> Truth.FALSE;
    };
  }

  /** Title IV of the LIL, whose scope is read as processing on behalf of the State: one third-party consolidated copy. */
  public static final Citation TITLE = Citation.builder().source(Lil.SOURCE).part(Text.of("Title IV", "titre IV")).verification(Verification.ONE_SOURCE).build();

  /** State security and defence, LIL Title IV, outside Union law. */
  public static final Regime REGIME = Regime.of("state-security",
      Text.of("State security and defence (LIL Title IV)", "Sûreté de l'État et défense (titre IV de la loi Informatique et Libertés)"),
      Gdpr.article("2", "2", "a"), TITLE);

  /**
   * The State security regime governs: a purpose of State security or defence pursued on behalf of
   * the State. A municipality or a company with a "security" purpose stays under the GDPR (or the
   * police-justice regime): GDPR art. 2(2)(a) covers activities outside Union law, read strictly.
   */
  public static final Rule<ProcessingOperation> APPLIES = Rule.named("fr.regime.state-security",
          Text.of("State security and defence regime (LIL Title IV): a State security purpose, on behalf of the State",
              "Régime de la sûreté de l'État et de la défense (titre IV de la loi Informatique et Libertés) : une finalité de sûreté de l'État, pour le compte de l'État"))
      .citing(Gdpr.article("2", "2", "a"), TITLE)
      .when(all(STATE_SECURITY_PURPOSE.holds(), ON_BEHALF_OF_THE_STATE.holds()));

  /** The LIL as a whole, read for a DPIA provision in Title IV and found to have none: a reading. */
  public static final Citation NO_PROVISION_FOUND = Citation.builder().source(Lil.SOURCE).verification(Verification.READING).build();

  /** No statutory DPIA duty was found in LIL Title IV. */
  public static final Rule<ProcessingOperation> NO_DPIA_PROVISION = Rule.named("fr.lil.title-iv.no-dpia",
          Text.of("State security and defence (LIL Title IV): no statutory DPIA duty found",
              "Sûreté de l'État et défense (titre IV de la loi Informatique et Libertés) : aucune obligation légale d'AIPD identifiée"))
      .citing(Gdpr.article("2", "2", "a"), NO_PROVISION_FOUND)
      .when(Conditions.constant(Truth.TRUE, "LIL Title IV contains no DPIA provision (as far as checked)"));
}
