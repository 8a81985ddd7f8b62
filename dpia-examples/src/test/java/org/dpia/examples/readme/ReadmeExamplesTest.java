package org.dpia.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.assertj.DpiaAssertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.dpia.core.audit.Audit;
import org.dpia.core.audit.Compliance.BreachReason;
import org.dpia.core.audit.Finding;
import org.dpia.core.audit.Segment;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Regime;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.decision.spi.DeclaredRulebook;
import org.dpia.core.decision.spi.Jurisdiction;
import org.dpia.core.decision.spi.Precedence;
import org.dpia.core.decision.spi.Provision;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Conditions;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.model.Controller;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.DpiaElement;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.DpoAdvice;
import org.dpia.core.model.ResidualRisk;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.Scale;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.report.Report;
import org.dpia.core.text.Text;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's Java examples, compiled and run: each region between {@code // README: <name>} and
 * {@code // README: end} is quoted by the README word for word ({@link ReadmeSnippetsTest} checks
 * it), and the assertions after it hold what the README's comments say.
 */
@DisplayName("The README's examples run and say what the README says")
class ReadmeExamplesTest {

  @Test
  @DisplayName("quick start: the Lille case is REQUIRED under the police-justice regime, and its audit finds the duty breached throughout")
  void quickStart() {
    // README: quick start
    ProcessingOperation briefcam = ProcessingOperation.builder()
        .name("BriefCam video analytics — Lille municipal police")
        .controller(Controller.of("Ville de Lille", StandardControllerKind.MUNICIPAL_POLICE))
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
        .dataCategories(DataCategory.IMAGES)                       // exactly these; FactSet.atLeast(...) for "these and maybe more"
        .dataSubjects(DataSubjectCategory.GENERAL_PUBLIC)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS)
        .places(StandardPlace.PUBLICLY_ACCESSIBLE_AREA)
        .scale(Scale.builder().geographicExtent(Scale.GeographicExtent.CITY).permanence(Scale.Permanence.PERMANENT).build())
        .period(ProcessingPeriod.of(LocalDate.of(2022, 11, 1), LocalDate.of(2025, 1, 31)))
        .build();                                                  // every fact not given stays unknown

    Rulebook france = FrenchRulebook.create();                     // or Rulebook.find("fr") via ServiceLoader
    Decision d = france.decide(briefcam, LocalDate.of(2023, 6, 1));
    Outcome outcome = d.outcome();                                 // REQUIRED
    Regime regime = d.regime().orElseThrow();                      // police-justice (Directive 2016/680, LIL Title III)
    List<String> grounds = d.decisiveRuleIds();                    // [fr.lil.90.two-criteria]: two WP248 criteria, LIL art. 90
    List<RiskCriterion> met = d.criteriaMet();                     // [SYSTEMATIC_MONITORING, LARGE_SCALE, INNOVATIVE_USE_OF_TECHNOLOGY]
    // d.missingFacts(): for an undetermined decision, what would settle it, most decisive first
    // d.presumptions(): exceptions the controller must establish, not stated, that would change the answer
    String report = Report.of(france, Locale.FRENCH, Report.Format.MARKDOWN).render(d);

    Audit audit = france.audit(briefcam);                          // its whole period, compared with its DPIAs (none)
    String summary = Report.of(Locale.ENGLISH, Report.Format.TEXT).summary(audit);
    // "DPIA required from 2022-11-01 to 2025-01-31; duty breached from 2022-11-01 to 2025-01-31 (no DPIA carried out)."
    // README: end

    assertThat(outcome).isEqualTo(Outcome.REQUIRED);
    assertThat(regime.id()).isEqualTo("police-justice");
    assertThat(regime.text().english()).isEqualTo("Police-justice (Directive 2016/680, LIL Title III)");
    assertThat(grounds).containsExactly("fr.lil.90.two-criteria");
    assertThat(d.decisiveGrounds()).singleElement().satisfies(g -> assertThat(g.kind()).isEqualTo(GroundKind.CRITERIA_PRESUMPTION));
    assertThat(met).containsExactly(RiskCriterion.SYSTEMATIC_MONITORING, RiskCriterion.LARGE_SCALE, RiskCriterion.INNOVATIVE_USE_OF_TECHNOLOGY);
    assertThat(d.missingFacts()).isEmpty();
    assertThat(d.presumptions()).isEmpty();
    assertThat(report).startsWith("# ").contains("AIPD OBLIGATOIRE");
    assertThat(summary).isEqualTo(
        "DPIA required from 2022-11-01 to 2025-01-31; duty breached from 2022-11-01 to 2025-01-31 (no DPIA carried out).");

    assertions(d, audit);
  }

  @Test
  @DisplayName("a DPIA audited: dated by its year, lacking the necessity assessment, with a high residual risk and no consultation")
  void dpiaAudited() {
    // README: a DPIA audited
    ProcessingOperation.Builder registry = healthRegistry();      // large-scale health data from 2020-01-01: a DPIA required (art. 35(3)(b))
    DpiaRecord dpia = DpiaRecord.builder()
        .title("AIPD du registre")
        .completedIn(Year.of(2019))                                // only the year is known: counted from 2019-12-31
        .addVersions("health registry")                            // it assessed this processing (or: its purposes, technologies, data)
        .contains(DpiaElement.DESCRIPTION, DpiaElement.RISK_ASSESSMENT, DpiaElement.MEASURES)
        .lacks(DpiaElement.NECESSITY_AND_PROPORTIONALITY)          // art. 35(7)(b); what is not stated stays unknown, never "met"
        .dpoAdvice(DpoAdvice.SOUGHT)
        .residualRisk(ResidualRisk.HIGH).authorityConsulted(false) // art. 36(1)
        .build();
    Audit audit = FrenchRulebook.create().audit(registry.addDpias(dpia).build(), LocalDate.of(2021, 1, 1));
    Segment first = audit.on(LocalDate.of(2020, 1, 1)).orElseThrow();
    List<BreachReason> reasons = first.breachReasons();          // [LACKS_CONTENT, PRIOR_CONSULTATION_MISSING]
    List<Finding> findings = first.findings();                   // each with the elements missing and the provisions: RGPD art. 35(7)(b), art. 36(1)
    // README: end

    assertThat(reasons).containsExactly(BreachReason.LACKS_CONTENT, BreachReason.PRIOR_CONSULTATION_MISSING);
    assertThat(findings).extracting(f -> f.citations().get(0).label(Locale.FRENCH)).containsExactly("RGPD art. 35(7)(b)", "RGPD art. 36(1)");
    assertThat(findings.get(0).elements()).containsExactly(DpiaElement.NECESSITY_AND_PROPORTIONALITY);
    assertThat(dpia.countedFrom()).isEqualTo(LocalDate.of(2019, 12, 31));
    assertThat(audit).breached(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), BreachReason.LACKS_CONTENT);
  }

  /** A GDPR processing a DPIA is required for from its first day: large-scale health data (art. 35(3)(b)). */
  static ProcessingOperation.Builder healthRegistry() {
    return ProcessingOperation.builder()
        .name("health registry")
        .controller(Controller.of("Clinique du Nord", StandardControllerKind.COMPANY))
        .purposes(StandardPurpose.PATIENT_CARE)
        .dataCategories(DataCategory.IDENTIFICATION, DataCategory.HEALTH)
        .assertCriterion(RiskCriterion.LARGE_SCALE, true)
        .period(ProcessingPeriod.since(LocalDate.of(2020, 1, 1)));
  }

  /** The README's domain assertions, on the quick start's decision and audit. */
  static void assertions(Decision decision, Audit audit) {
    // README: assertions
    assertThat(decision).isRequired().underRegime("police-justice").onGround("fr.lil.90.two-criteria").citing("LIL art. 90");
    assertThat(audit).breached(LocalDate.of(2022, 11, 1), LocalDate.of(2025, 1, 31), BreachReason.NO_DPIA);
    // README: end
  }

  // README: adding a rulebook
  static final LegalSource MY_ACT = LegalSource.builder().id("xx.act").title("Data Protection Act of Xland")
      .shortTitle("XDPA").verification(Verification.READING).build();
  static final Regime MY_REGIME = Regime.of("xx.general", Text.of("General regime"), Citation.of(MY_ACT, "1"));
  static final Fact<ProcessingOperation> BIOMETRIC = Fact.of("data.biometric", "biometric data is processed",
      op -> op.dataCategories().contains(DataCategory.BIOMETRIC));
  static final Rule<ProcessingOperation> APPLIES = Rule.named("xx.applies", "The act applies").citing(Citation.of(MY_ACT, "1"))
      .when(Conditions.constant(org.dpia.core.logic.Truth.TRUE, "always"));
  static final Rule<ProcessingOperation> BIOMETRICS = Rule.named("xx.biometrics", "Biometric data needs a DPIA")
      .citing(Citation.of(MY_ACT, "35")).when(BIOMETRIC.holds());
  static final Rule<ProcessingOperation> OTHERWISE = Rule.named("xx.otherwise", "No other case needs one")
      .citing(Citation.of(MY_ACT, "35")).when(Conditions.not(BIOMETRIC.holds()));

  static final Jurisdiction LAW = Jurisdiction.builder("xx", "1", Text.of("My law"))
      .sources(List.of(MY_ACT))
      .regime(MY_REGIME, APPLIES, Precedence.<ProcessingOperation>builder()
          .rank("biometrics", "the act's list", Provision.requires(GroundKind.MANDATORY_LIST, BIOMETRICS))
          .otherwise(Provision.dispenses(GroundKind.NO_DUTY, OTHERWISE)))
      .build();

  /** The rulebook of Xland, as a {@link java.util.ServiceLoader} provider would declare it. */
  public static final class MyRulebook extends DeclaredRulebook {
    /** The rulebook. */
    public MyRulebook() {
      super(LAW);
    }
  }
  // README: end

  @Test
  @DisplayName("adding a rulebook: a law declared to the engine decides, with unknowns, missing facts and reports")
  void addingARulebook() {
    Rulebook xland = new MyRulebook();
    ProcessingOperation.Builder op = ProcessingOperation.builder().name("Canteen access").controller(Controller.of("School", StandardControllerKind.PUBLIC_BODY));

    assertThat(xland.decide(op.dataCategories(DataCategory.BIOMETRIC).build(), LocalDate.of(2024, 1, 1))).isRequired().citing("XDPA art. 35");
    assertThat(xland.decide(op.dataCategories(DataCategory.IDENTIFICATION).build(), LocalDate.of(2024, 1, 1))).isNotRequired();
    Decision unknown = xland.decide(op.dataCategories(org.dpia.core.model.FactSet.unknown()).build(), LocalDate.of(2024, 1, 1));
    assertThat(unknown).isUndetermined().missing(BIOMETRIC);
    assertThat(Report.of(Locale.ENGLISH, Report.Format.TEXT).render(unknown)).contains("biometric data is processed");
  }
}
