package org.dpia.rules.fr.lil;

import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.not;

import java.util.List;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.audit.Requirement;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.Regime;
import org.dpia.core.law.Citation;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Rule;
import org.dpia.core.model.DpiaElement;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;
import org.dpia.rules.fr.Facts;
import org.dpia.rules.fr.courts.Beaucaire2024;
import org.dpia.rules.fr.eu.Directive2016680;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.rules.fr.wp248.Wp248;

/**
 * LIL Title III, the police-justice regime (Directive 2016/680 as transposed), from 1 June 2019:
 * its scope (art. 87) and its DPIA (art. 90). Before, the same duty stood in the former chapter XIII
 * ({@link Loi2018493}).
 *
 * <p>Art. 90, first sentence: « Si le traitement est susceptible d'engendrer un risque élevé pour
 * les droits et les libertés des personnes physiques, notamment parce qu'il porte sur des données
 * mentionnées au I de l'article 6, le responsable de traitement effectue une analyse d'impact
 * relative à la protection des données à caractère personnel. »
 *
 * <p>The sensitive data of art. 6 I are encoded as a high-risk case named by the law: art. 90 names
 * them (« notamment »), décret n° 2019-536 art. 130 deems such processing « susceptible
 * d'engendrer un risque élevé » (read in one source), and the Government told the Sénat so of the
 * 2018 bill. Otherwise high risk is judged, as the CNIL does, with the nine WP248 criteria.
 * The CNIL's lists (GDPR art. 35(4) and (5)) do not apply in this regime.
 *
 * <p>Verification: checked (art. 90 quoted; art. 87 in substance).
 */
public final class TitleIII {
  private TitleIII() {}

  /** The first sentence of art. 90. */
  public static final String ART_90_FR =
      "Si le traitement est susceptible d'engendrer un risque élevé pour les droits et les libertés des personnes "
          + "physiques, notamment parce qu'il porte sur des données mentionnées au I de l'article 6, le responsable de "
          + "traitement effectue une analyse d'impact relative à la protection des données à caractère personnel.";

  /** The days of Title III in its numbering: from 1 June 2019 (ordonnance n° 2018-1125, art. 29). */
  public static final DateRange IN_FORCE = DateRange.from(Lil.REWRITE);

  /** Art. 90, with its French wording, cited from 1 June 2019. */
  public static final Citation ART_90 = Citation.builder().source(Lil.SOURCE).article("90").wording(ART_90_FR).validity(IN_FORCE).build();
  /** Art. 6 I: the sensitive data, cited from 1 June 2019. */
  public static final Citation ART_6_I = Citation.builder().source(Lil.SOURCE).article("6").paragraph("I").validity(IN_FORCE).build();

  /** Décret n° 2019-536 art. 130's deeming rule for Title III, one third-party source. */
  static final String DECREE_ART_130_FR = "Lorsqu'un type de traitement porte sur des données mentionnées au I de l'article 6 de "
      + "la même loi, il est réputé susceptible d'engendrer un risque élevé pour les droits et les libertés des personnes physiques.";

  /** Décret n° 2019-536 art. 130, with its French wording (one source), cited from 1 June 2019. */
  public static final Citation DECREE_ART_130 = Citation.builder().source(Lil.DECRET_2019_536).article("130").wording(DECREE_ART_130_FR)
      .verification(Verification.ONE_SOURCE).validity(IN_FORCE).build();

  // ---- the regime --------------------------------------------------------------------------------

  /** The police-justice regime: Directive 2016/680 as transposed in LIL Title III. */
  public static final Regime REGIME = Regime.of("police-justice",
      Text.of("Police-justice (Directive 2016/680, LIL Title III)",
          "Police-justice (directive 2016/680, titre III de la loi Informatique et Libertés)"),
      Directive2016680.ART_1, Lil.article("87"));

  /** The police-justice regime governs: a competent authority processing for criminal-law enforcement (art. 87). */
  public static final Rule<ProcessingOperation> APPLIES = Rule.named("fr.regime.police-justice",
          Text.of("Police-justice regime: a competent authority processing for criminal-law enforcement",
              "Régime « police-justice » : traitement mis en œuvre par une autorité compétente à des fins pénales"))
      .citing(Directive2016680.ART_1_1, Directive2016680.ART_3_7, Lil.article("87"), Gdpr.article("2", "2", "d"),
          Beaucaire2024.COMMUNE_IS_COMPETENT_AUTHORITY)
      .when(all(Directive2016680.COMPETENT_AUTHORITY.holds(), Directive2016680.CRIMINAL_PURPOSE.holds()));

  // ---- art. 90 -----------------------------------------------------------------------------------

  /** Art. 90: sensitive data (art. 6 I) named as a reason of high risk. */
  public static final Rule<ProcessingOperation> SENSITIVE_DATA = Rule.named("fr.lil.90.sensitive-data",
          Text.of("Sensitive data (LIL art. 6 I): high risk named by LIL art. 90",
              "Données sensibles (article 6 I de la loi Informatique et Libertés) : risque élevé visé par l'article 90 de la loi Informatique et Libertés"))
      .citing(ART_90, ART_6_I, DECREE_ART_130, Directive2016680.ART_27, Loi2018493.SENSITIVE_DATA_IN_THE_DEBATE)
      .valid(IN_FORCE)
      .when(Facts.SPECIAL_DATA.holds());

  /** Art. 90: high risk judged with the WP248 criteria, two or more met. */
  public static final Rule<ProcessingOperation> TWO_CRITERIA = Rule.named("fr.lil.90.two-criteria",
          Text.of("Two or more WP248 criteria met: high risk under LIL art. 90",
              "Au moins deux critères WP248 remplis : risque élevé au sens de l'article 90 de la loi Informatique et Libertés"))
      .citing(ART_90, Directive2016680.ART_27, Wp248.TWO_CRITERIA_RULE)
      .valid(IN_FORCE)
      .when(Wp248.atLeastTwo());

  /** Fewer than two criteria: no high risk presumed (sensitive data is caught by a higher rank). */
  public static final Rule<ProcessingOperation> BELOW_THRESHOLD = Rule.named("fr.police-justice.below-threshold",
          Text.of("Fewer than two WP248 criteria met: no high risk presumed",
              "Moins de deux critères WP248 remplis : pas de présomption de risque élevé"))
      .citing(Loi2018493.FORMER_CHAPTER_XIII, ART_90, Directive2016680.ART_27, Wp248.TWO_CRITERIA_RULE)
      .valid(DateRange.from(Loi2018493.TRANSPOSED_FROM))
      .when(not(Wp248.atLeastTwo()));

  /** Art. 90's consultation of the CNIL, given as advice (it depends on the DPIA's result and the controller). */
  public static final Advice CONSULTATION = Advice.of("fr.lil.90.consultation",
      Text.of("If the processing is carried out on behalf of the State, send the DPIA to the CNIL with the request for its opinion (LIL art. 33); "
              + "otherwise consult the CNIL before processing when the DPIA shows a high risk without mitigating measures, "
              + "or when the type of processing, in particular through new mechanisms, technologies or procedures, presents high risks.",
          "Si le traitement est mis en œuvre pour le compte de l'État, adresser l'AIPD à la CNIL avec la demande d'avis (article 33 de la loi Informatique et Libertés) ; "
              + "sinon, consulter la CNIL préalablement au traitement lorsque l'AIPD indique un risque élevé en l'absence de mesures pour l'atténuer, "
              + "ou lorsque le type de traitement, en particulier en raison de l'utilisation de nouveaux mécanismes, technologies ou procédures, présente des risques élevés."),
      ART_90, Directive2016680.ART_28);

  // ---- what a DPIA must be under art. 90 -------------------------------------------------------------

  /** Art. 90's third paragraph and its 1°, in French (read on Légifrance). */
  static final String ART_90_CONSULTATION_FR = "Dans les autres cas, le responsable de traitement ou son sous-traitant consulte la "
      + "Commission nationale de l'informatique et des libertés préalablement à la mise en œuvre du traitement de données à caractère "
      + "personnel, qui se prononce également dans les délais prévus à l'article 34 : 1° Soit lorsque l'analyse d'impact relative à la "
      + "protection des données indique que le traitement présenterait un risque élevé si le responsable de traitement ne prenait pas de "
      + "mesures pour atténuer le risque ;";

  /** Art. 90, 1°: the CNIL consulted before processing when the DPIA finds a high residual risk (from 1 June 2019). */
  public static final Citation ART_90_1 = Citation.builder().source(Lil.SOURCE).article("90").point("1°").wording(ART_90_CONSULTATION_FR)
      .validity(IN_FORCE).build();

  /** Art. 27(1) of the directive, « prior to the processing », cited beside art. 90 from 1 June 2019. */
  public static final Citation DIRECTIVE_ART_27_1 = Citation.builder().from(Directive2016680.ART_27_1).validity(IN_FORCE).build();

  /** Art. 27(2) of the directive: a DPIA's minimum content; its French transposition was not found (a reading). */
  public static final Citation DIRECTIVE_ART_27_2 = Citation.builder().source(Directive2016680.SOURCE).article("27").paragraph("2")
      .verification(Verification.READING).validity(IN_FORCE).build();

  /**
   * What art. 90 requires of a DPIA under the police-justice regime, as audits check it: carried out
   * before the processing, covering it (art. 90 with art. 27(1) of the directive, « prior to the
   * processing »); a description, the risks and the measures (art. 27(2) of the directive, which has
   * no necessity and proportionality part; LIL art. 90 lists no content and the French provision
   * transposing art. 27(2) was not found: a reading); the CNIL consulted before processing when the
   * DPIA finds a high residual risk (art. 90, 1°). Not encoded: the DPIA of a processing on behalf
   * of the State, sent to the CNIL with the request for its opinion (art. 90, second paragraph), and
   * the consultation for new mechanisms presenting high risks (art. 90, 2°), which turn on facts a
   * DPIA record does not hold; the DPO's part (not found in the texts read).
   */
  public static final List<Requirement> REQUIREMENTS = List.of(
      Requirement.of(REGIME, BreachReason.NO_DPIA, ART_90),
      Requirement.of(REGIME, BreachReason.LATE, ART_90),
      Requirement.of(REGIME, BreachReason.LATE, DIRECTIVE_ART_27_1),
      Requirement.of(REGIME, BreachReason.DOES_NOT_COVER_VERSION, ART_90),
      Requirement.content(REGIME, DpiaElement.DESCRIPTION, DIRECTIVE_ART_27_2),
      Requirement.content(REGIME, DpiaElement.RISK_ASSESSMENT, DIRECTIVE_ART_27_2),
      Requirement.content(REGIME, DpiaElement.MEASURES, DIRECTIVE_ART_27_2),
      Requirement.of(REGIME, BreachReason.PRIOR_CONSULTATION_MISSING, ART_90_1));

  /** The reading of « notamment parce qu'il porte sur des données mentionnées au I de l'article 6 », shown with the ground. */
  public static final Text SENSITIVE_DATA_READING = Text.of(
      "LIL art. 90 names sensitive data as a reason of high risk (« notamment »), and Decree no. 2019-536 art. 130 deems such processing "
          + "likely to result in a high risk (read in one source): a DPIA is required",
      "L'article 90 de la loi Informatique et Libertés cite les données sensibles comme une raison du risque élevé (« notamment »), "
          + "et l'article 130 du décret n° 2019-536 répute un tel traitement susceptible d'engendrer un risque élevé (lu dans une seule source) : "
          + "une AIPD est obligatoire");
}
