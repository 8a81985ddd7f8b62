package org.dpia.rules.fr;

import static org.dpia.core.decision.spi.Provision.dispenses;
import static org.dpia.core.decision.spi.Provision.requires;
import static org.dpia.core.logic.Conditions.all;
import static org.dpia.core.logic.Conditions.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.spi.AdviceRule;
import org.dpia.core.decision.spi.DeclaredRulebook;
import org.dpia.core.decision.spi.Jurisdiction;
import org.dpia.core.decision.spi.Precedence;
import org.dpia.core.decision.spi.Provision;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.text.Text;
import org.dpia.rules.fr.authorities.AepdFuenlabrada2021;
import org.dpia.rules.fr.authorities.EstonianLargeScale;
import org.dpia.rules.fr.cnil.MunicipalVideoProtection2021;
import org.dpia.rules.fr.cnil.Referentiel2020081;
import org.dpia.rules.fr.courts.Beaucaire2024;
import org.dpia.rules.fr.eu.Rynes;
import org.dpia.rules.fr.cnil.AugmentedCameras2022;
import org.dpia.rules.fr.cnil.ExemptList;
import org.dpia.rules.fr.cnil.Guidelines2018326;
import org.dpia.rules.fr.cnil.MandatoryList;
import org.dpia.rules.fr.cnil.Transition2018;
import org.dpia.rules.fr.eu.Directive2016680;
import org.dpia.rules.fr.gdpr.Article35;
import org.dpia.rules.fr.gdpr.Gdpr;
import org.dpia.rules.fr.gdpr.Recital91;
import org.dpia.rules.fr.lil.Lil;
import org.dpia.rules.fr.lil.Loi2018493;
import org.dpia.rules.fr.lil.TitleIII;
import org.dpia.rules.fr.lil.TitleIV;
import org.dpia.rules.fr.statutes.Loi2023380;
import org.dpia.rules.fr.wp248.Wp243;
import org.dpia.rules.fr.wp248.Wp248;

/**
 * French law on the DPIA, as a table of contents: which regimes there are and when each governs,
 * which provision wins in each (highest rank first, each rank with its legal reason), and the
 * advice a decision gives. Every provision is in the file of its source ({@code gdpr}, {@code wp248},
 * {@code cnil}, {@code eu}, {@code lil}, {@code statutes}); the engine that runs them is core's
 * {@link Jurisdiction}.
 *
 * <pre>{@code
 * Rulebook france = FrenchRulebook.create();
 * Decision d = france.decide(operation, LocalDate.of(2023, 6, 1));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; {@link #create()} returns a shared one.
 */
public final class FrenchRulebook extends DeclaredRulebook {

  /** The version of this encoding of French law. */
  public static final String VERSION = "0.1.0";

  private static final String SCOPE = "outside the material scope of data protection law no obligation arises (GDPR art. 2)";
  private static final String IN_FORCE = "a rule applies only while in force";
  private static final String DUTY = "a law that imposes a DPIA by name is the Member State deeming it necessary, which overrides art. 35(10)";

  /** The GDPR regime: scope, date, explicit duty, exceptions, art. 35(3) and the mandatory list, the exempt list, the presumption. */
  private static final Precedence<ProcessingOperation> GDPR = Precedence.<ProcessingOperation>builder()
      .rank("scope", SCOPE, dispenses(GroundKind.OUT_OF_SCOPE, Gdpr.NO_PERSONAL_DATA), dispenses(GroundKind.OUT_OF_SCOPE, Gdpr.HOUSEHOLD))
      .rank("in force", IN_FORCE, dispenses(GroundKind.NOT_IN_FORCE, Gdpr.NOT_YET_APPLICABLE))
      .rank("explicit legal duty", DUTY, requires(GroundKind.EXPLICIT_LEGAL_DUTY, Loi2023380.ART_10).withRemark(Loi2023380.READING))
      .rank("exceptions",
          "art. 35(10) disapplies art. 35(1) to (7), lists included; the CNIL's tolerance covers every pre-2018 processing likely to be high-risk",
          dispenses(GroundKind.LEGAL_EXCEPTION, Article35.ART_35_10), dispenses(GroundKind.TRANSITIONAL, Transition2018.TOLERANCE),
          dispenses(GroundKind.TRANSITIONAL, Guidelines2018326.TOLERANCE_FOR_DISPENSED))
      .rank("statutory cases and mandatory list",
          "art. 35(3) and the art. 35(4) list make a DPIA required; the art. 35(5) list cannot override them", mandatory())
      .rank("exempt list and recital 91",
          "the art. 35(5) list, and recital 91 as WP248 applies it, prevail over the WP248 presumption, which is guidance", exempt())
      .rank("criteria presumption", "WP248: two criteria or more, a high risk is presumed",
          requires(GroundKind.CRITERIA_PRESUMPTION, Article35.PRESUMPTION).withRemark(Article35.PRESUMPTION_REMARK))
      .otherwise(dispenses(GroundKind.BELOW_THRESHOLD, Article35.BELOW_THRESHOLD));

  /** The police-justice regime: the same shape, without the CNIL's lists, with the sensitive data art. 90 names. */
  private static final Precedence<ProcessingOperation> POLICE_JUSTICE = Precedence.<ProcessingOperation>builder()
      .rank("scope", SCOPE, dispenses(GroundKind.OUT_OF_SCOPE, Gdpr.NO_PERSONAL_DATA))
      .rank("in force", IN_FORCE, dispenses(GroundKind.NOT_IN_FORCE, Loi2018493.NOT_YET_TRANSPOSED))
      .rank("explicit legal duty", DUTY, requires(GroundKind.EXPLICIT_LEGAL_DUTY, Loi2023380.ART_10).withRemark(Loi2023380.READING))
      .rank("high-risk case named by the law", "LIL art. 90 names sensitive data as a reason of high risk",
          requires(GroundKind.HIGH_RISK_CASE, TitleIII.SENSITIVE_DATA).withRemark(TitleIII.SENSITIVE_DATA_READING),
          requires(GroundKind.HIGH_RISK_CASE, Loi2018493.SENSITIVE_DATA).withRemark(Loi2018493.SENSITIVE_DATA_READING))
      .rank("criteria presumption", "high risk judged with the WP248 criteria, as the CNIL does",
          requires(GroundKind.CRITERIA_PRESUMPTION, TitleIII.TWO_CRITERIA), requires(GroundKind.CRITERIA_PRESUMPTION, Loi2018493.TWO_CRITERIA))
      .otherwise(dispenses(GroundKind.BELOW_THRESHOLD, TitleIII.BELOW_THRESHOLD));

  /** State security: an explicit duty, or none found. */
  private static final Precedence<ProcessingOperation> STATE_SECURITY = Precedence.<ProcessingOperation>builder()
      .rank("scope", SCOPE, dispenses(GroundKind.OUT_OF_SCOPE, Gdpr.NO_PERSONAL_DATA))
      .rank("explicit legal duty", DUTY, requires(GroundKind.EXPLICIT_LEGAL_DUTY, Loi2023380.ART_10).withRemark(Loi2023380.READING))
      .otherwise(dispenses(GroundKind.NO_DUTY, TitleIV.NO_DPIA_PROVISION));

  private static final Jurisdiction LAW = Jurisdiction.builder("fr", VERSION,
          Text.of("France: GDPR art. 35, CNIL lists, LIL art. 90, special laws", "France : RGPD art. 35, listes de la CNIL, LIL art. 90, lois spéciales"))
      .sources(List.of(Gdpr.SOURCE, Directive2016680.SOURCE, Lil.SOURCE, Lil.ORDONNANCE_2018_1125, Lil.DECRET_2019_536,
          Loi2018493.SOURCE, Loi2018493.SENATE_DEBATE, MandatoryList.SOURCE, MandatoryList.AMENDMENT_2019_011, ExemptList.SOURCE,
          Guidelines2018326.SOURCE, Transition2018.SOURCE, Wp248.SOURCE, Wp243.SOURCE, AugmentedCameras2022.SOURCE,
          Loi2023380.SOURCE, Loi2023380.DECRET_2023_828, Loi2023380.CNIL_OPINION_2023_068, Rynes.SOURCE, Beaucaire2024.SOURCE,
          MunicipalVideoProtection2021.SOURCE, Referentiel2020081.SOURCE, EstonianLargeScale.SOURCE, AepdFuenlabrada2021.SOURCE))
      .regime(TitleIII.REGIME, TitleIII.APPLIES, POLICE_JUSTICE)
      .regime(Gdpr.REGIME, Gdpr.APPLIES, GDPR)
      .regime(TitleIV.REGIME, TitleIV.APPLIES, STATE_SECURITY)
      // a body is a competent authority or is not, and a processing always has some purpose
      .splitOn(List.of(Directive2016680.COMPETENT_AUTHORITY, Directive2016680.CRIMINAL_PURPOSE, Gdpr.OTHER_PURPOSE,
              TitleIV.STATE_SECURITY_PURPOSE, TitleIV.ON_BEHALF_OF_THE_STATE),
          all(not(Directive2016680.CRIMINAL_PURPOSE.holds()), not(Gdpr.OTHER_PURPOSE.holds()), not(TitleIV.STATE_SECURITY_PURPOSE.holds())))
      .implications(Implications.ALL)
      .advice(
          AdviceRule.of(Gdpr.PRIOR_CONSULTATION, d -> d.outcome() == Outcome.REQUIRED && d.governs(Gdpr.REGIME, Outcome.REQUIRED)),
          AdviceRule.of(Article35.REVIEW, d -> d.outcome() == Outcome.REQUIRED && d.governs(Gdpr.REGIME, Outcome.REQUIRED)),
          AdviceRule.of(TitleIII.CONSULTATION, d -> d.outcome() == Outcome.REQUIRED && d.governs(TitleIII.REGIME, Outcome.REQUIRED)),
          AdviceRule.of(Wp248.DOCUMENT_REBUTTAL, d -> d.decidedOn(GroundKind.CRITERIA_PRESUMPTION)),
          AdviceRule.of(Wp248.ONE_CRITERION, d -> d.decidedOn(GroundKind.BELOW_THRESHOLD) && d.criteriaMet() == 1),
          AdviceRule.of(Transition2018.DEADLINE, d -> d.decidedOn(GroundKind.TRANSITIONAL)))
      .requirements(Article35.REQUIREMENTS)
      .requirements(List.of(Gdpr.PRIOR_CONSULTATION_REQUIRED))
      .requirements(TitleIII.REQUIREMENTS)
      .texts(FrenchRulebook::help)
      // beside a question on scale, the user's own numbers
      .context(Wp248.conclusion(RiskCriterion.LARGE_SCALE), Wp243::scaleAsStated)
      .context(Facts.dataSubjectsAtLeast(50_000), Wp243::scaleAsStated)
      .context(Facts.dataSubjectsAtLeast(10_001), Wp243::scaleAsStated)
      .criteria(Wp248.BY_CRITERION)
      .build();

  private static final FrenchRulebook INSTANCE = new FrenchRulebook();

  /** Use {@link #create()}; public for {@link java.util.ServiceLoader}. */
  public FrenchRulebook() {
    super(LAW);
  }

  /** The shared instance. */
  public static FrenchRulebook create() {
    return INSTANCE;
  }

  /** The questionnaire's topics and order: {@link FrenchInterview#PLAN}. */
  @Override
  public org.dpia.core.decision.InterviewPlan interviewPlan() {
    return FrenchInterview.PLAN;
  }

  private static List<Provision<ProcessingOperation>> mandatory() {
    List<Provision<ProcessingOperation>> all = new ArrayList<>();
    for (var rule : List.of(Article35.ART_35_3_A, Article35.ART_35_3_B, Article35.ART_35_3_C)) {
      all.add(requires(GroundKind.STATUTORY_CASE, rule));
    }
    MandatoryList.ITEMS.forEach(item -> all.add(requires(GroundKind.MANDATORY_LIST, item)));
    return all;
  }

  private static List<Provision<ProcessingOperation>> exempt() {
    List<Provision<ProcessingOperation>> all = new ArrayList<>();
    ExemptList.ITEMS.forEach(item -> all.add(dispenses(GroundKind.EXEMPT_LIST, item).withRemark(ExemptList.REMARK)));
    all.add(dispenses(GroundKind.LEGAL_EXCEPTION, Recital91.RULE));
    return all;
  }

  /** The help texts of the questions: French for {@code fr}, English otherwise, loaded once. */
  private static Optional<ResourceBundle> help(Locale locale) {
    return Optional.of("fr".equals(locale.getLanguage()) ? Help.FRENCH : Help.ENGLISH);
  }

  private static final class Help {
    static final ResourceBundle FRENCH = ResourceBundle.getBundle("org.dpia.rules.fr.texts", Locale.FRENCH);
    // ROOT asks for the base bundle and never falls back to the default locale
    static final ResourceBundle ENGLISH = ResourceBundle.getBundle("org.dpia.rules.fr.texts", Locale.ROOT);
  }
}
