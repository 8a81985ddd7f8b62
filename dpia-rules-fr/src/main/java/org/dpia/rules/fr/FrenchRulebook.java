package org.dpia.rules.fr;

import static org.dpia.core.decision.Provision.dispenses;
import static org.dpia.core.decision.Provision.requires;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.dpia.core.criteria.CriterionFinding;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Explanation;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.MissingFacts;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Precedence;
import org.dpia.core.decision.Regime;
import org.dpia.core.decision.Resolution;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.law.LegalSource;
import org.dpia.core.logic.Conditions;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;

/**
 * The French rulebook: decides whether an AIPD was mandatory for a processing on a date, under the
 * GDPR (art. 35, the CNIL's lists, the WP248 criteria), the police-justice regime (LIL art. 90 and
 * its 2018 predecessor) or State security, and special laws.
 *
 * <pre>{@code
 * Rulebook france = FrenchRulebook.create();
 * Decision d = france.decide(operation, LocalDate.of(2023, 6, 1));
 * }</pre>
 *
 * <h2>Precedence</h2>
 * Declared once, per regime, highest rank first (see {@link #gdprPrecedence()}):
 * <ol>
 *   <li>outside the scope of data protection law (no personal data; household activity) — no duty
 *       at all arises (GDPR art. 2);
 *   <li>no DPIA duty yet in force on the date (GDPR art. 99(2); transposition of Directive 2016/680);
 *   <li>an explicit legal duty by name — a Member State that deems a DPIA necessary overrides art. 35(10);
 *   <li>exceptions: art. 35(10), which disapplies paragraphs 1 to 7, and the CNIL's transitional
 *       tolerance for lawfully declared pre-2018 processing;
 *   <li>art. 35(3) and the CNIL mandatory list — the exempt list cannot override them;
 *   <li>the CNIL exempt list, and GDPR recital 91 as WP248 applies it — they prevail over the
 *       criteria presumption;
 *   <li>two or more WP248 criteria — a presumption of high risk;
 *   <li>otherwise, fewer than two criteria: no DPIA required.
 * </ol>
 * A conflict between provisions of the same rank is reported in the decision.
 *
 * <p>Instances are immutable and thread-safe; {@link #create()} returns a shared one.
 */
public final class FrenchRulebook implements Rulebook {

  private static final FrenchRulebook INSTANCE = new FrenchRulebook();

  /** The version of this encoding of French law. */
  public static final String VERSION = "0.1.0";

  /** The reading of « notamment parce qu'il porte sur des données mentionnées au I de l'article 6 », shown with the ground. */
  static final String SENSITIVE_DATA_READING =
      "LIL art. 90 names sensitive data as a reason of high risk (« notamment »); read here as making a DPIA required";

  private final Precedence<ProcessingOperation> gdpr;
  private final Precedence<ProcessingOperation> policeJustice;
  private final Precedence<ProcessingOperation> stateSecurity;
  private final Map<Regime, Rule<ProcessingOperation>> regimeRules;
  private final SortedSet<LocalDate> lawChanges;
  private final Set<String> factIds;

  /** Use {@link #create()}; public for {@link java.util.ServiceLoader}. */
  public FrenchRulebook() {
    String scopeReason = "outside the material scope of data protection law no obligation arises (GDPR art. 2)";
    String notInForceReason = "a rule applies only while in force";
    String dutyReason = "a law that imposes a DPIA by name is the Member State deeming it necessary, which overrides art. 35(10)";

    this.gdpr = Precedence.<ProcessingOperation>builder()
        .rank("scope", scopeReason,
            dispenses(GroundKind.OUT_OF_SCOPE, Gdpr.NO_PERSONAL_DATA), dispenses(GroundKind.OUT_OF_SCOPE, Gdpr.HOUSEHOLD))
        .rank("in force", notInForceReason, dispenses(GroundKind.NOT_IN_FORCE, Gdpr.NOT_YET_APPLICABLE))
        .rank("explicit legal duty", dutyReason, requires(GroundKind.EXPLICIT_LEGAL_DUTY, SpecialLaws.OLYMPIC_VIDEO_EXPERIMENT))
        .rank("exceptions",
            "art. 35(10) disapplies art. 35(1) to (7), lists included; the CNIL's tolerance covers every pre-2018 processing likely to be high-risk",
            dispenses(GroundKind.LEGAL_EXCEPTION, Gdpr.ART_35_10),
            dispenses(GroundKind.TRANSITIONAL, Transitional.PRE_GDPR_TOLERANCE))
        .rank("statutory cases and mandatory list",
            "art. 35(3) and the art. 35(4) list make a DPIA required; the art. 35(5) list cannot override them",
            provisions(GroundKind.STATUTORY_CASE, GroundKind.MANDATORY_LIST))
        .rank("exempt list and recital 91",
            "the art. 35(5) list, and recital 91 as WP248 applies it, prevail over the WP248 presumption, which is guidance",
            exempt())
        .rank("criteria presumption", "WP248: two criteria or more, a high risk is presumed",
            requires(GroundKind.CRITERIA_PRESUMPTION, Gdpr.PRESUMPTION)
                .withRemark("a presumption: a controller who concludes there is no high risk must document why (WP248)"))
        .otherwise(dispenses(GroundKind.BELOW_THRESHOLD, Gdpr.BELOW_THRESHOLD));

    this.policeJustice = Precedence.<ProcessingOperation>builder()
        .rank("scope", scopeReason, dispenses(GroundKind.OUT_OF_SCOPE, Gdpr.NO_PERSONAL_DATA))
        .rank("in force", notInForceReason, dispenses(GroundKind.NOT_IN_FORCE, PoliceJustice.NOT_YET_TRANSPOSED))
        .rank("explicit legal duty", dutyReason, requires(GroundKind.EXPLICIT_LEGAL_DUTY, SpecialLaws.OLYMPIC_VIDEO_EXPERIMENT))
        .rank("high-risk case named by the law", "LIL art. 90 names sensitive data as a reason of high risk",
            requires(GroundKind.HIGH_RISK_CASE, PoliceJustice.ART_90_SENSITIVE_DATA).withRemark(SENSITIVE_DATA_READING),
            requires(GroundKind.HIGH_RISK_CASE, PoliceJustice.CHAPTER_XIII_SENSITIVE_DATA).withRemark(SENSITIVE_DATA_READING))
        .rank("criteria presumption", "high risk judged with the WP248 criteria, as the CNIL does",
            requires(GroundKind.CRITERIA_PRESUMPTION, PoliceJustice.ART_90_TWO_CRITERIA),
            requires(GroundKind.CRITERIA_PRESUMPTION, PoliceJustice.CHAPTER_XIII_TWO_CRITERIA))
        .otherwise(dispenses(GroundKind.BELOW_THRESHOLD, PoliceJustice.BELOW_THRESHOLD));

    this.stateSecurity = Precedence.<ProcessingOperation>builder()
        .rank("scope", scopeReason, dispenses(GroundKind.OUT_OF_SCOPE, Gdpr.NO_PERSONAL_DATA))
        .rank("explicit legal duty", dutyReason, requires(GroundKind.EXPLICIT_LEGAL_DUTY, SpecialLaws.OLYMPIC_VIDEO_EXPERIMENT))
        .otherwise(dispenses(GroundKind.NO_DUTY, StateSecurity.NO_DPIA_PROVISION));

    Map<Regime, Rule<ProcessingOperation>> rules = new LinkedHashMap<>();
    rules.put(Regimes.POLICE_JUSTICE, Regimes.POLICE_JUSTICE_APPLIES);
    rules.put(Regimes.GDPR, Regimes.GDPR_APPLIES);
    rules.put(Regimes.STATE_SECURITY, Regimes.STATE_SECURITY_APPLIES);
    this.regimeRules = java.util.Collections.unmodifiableMap(rules);

    TreeSet<LocalDate> changes = new TreeSet<>();
    for (Rule<ProcessingOperation> rule : rules()) {
      rule.validity().firstDay().ifPresent(changes::add);
      rule.validity().lastDay().ifPresent(d -> changes.add(d.plusDays(1)));
    }
    this.lawChanges = Collections.unmodifiableSortedSet(changes);
    this.factIds = readFactIds(rules());
  }

  @SuppressWarnings("unchecked")
  private static org.dpia.core.decision.Provision<ProcessingOperation>[] provisions(GroundKind statutory, GroundKind list) {
    List<org.dpia.core.decision.Provision<ProcessingOperation>> all = new ArrayList<>();
    all.add(requires(statutory, Gdpr.ART_35_3_A));
    all.add(requires(statutory, Gdpr.ART_35_3_B));
    all.add(requires(statutory, Gdpr.ART_35_3_C));
    for (Rule<ProcessingOperation> item : CnilMandatoryList.ITEMS) {
      all.add(requires(list, item));
    }
    return all.toArray(new org.dpia.core.decision.Provision[0]);
  }

  @SuppressWarnings("unchecked")
  private static org.dpia.core.decision.Provision<ProcessingOperation>[] exempt() {
    List<org.dpia.core.decision.Provision<ProcessingOperation>> all = new ArrayList<>();
    for (Rule<ProcessingOperation> item : CnilExemptList.ITEMS) {
      all.add(dispenses(GroundKind.EXEMPT_LIST, item)
          .withRemark("the exemption leaves every other obligation intact, such as security (GDPR art. 32)"));
    }
    all.add(dispenses(GroundKind.LEGAL_EXCEPTION, Gdpr.RECITAL_91));
    return all.toArray(new org.dpia.core.decision.Provision[0]);
  }

  /** The shared instance. */
  public static FrenchRulebook create() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return "fr";
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public String name() {
    return "France: GDPR art. 35, CNIL lists, LIL art. 90, special laws";
  }

  @Override
  public List<LegalSource> sources() {
    return Sources.ALL;
  }

  @Override
  public SortedSet<LocalDate> lawChangeDates() {
    return lawChanges;
  }

  /**
   * {@inheritDoc}
   *
   * <p>French texts for the language {@code fr} (any country or variant): the titles of every rule,
   * the descriptions of every fact the rules read, the regimes, the advice and the remarks, from
   * {@code org/dpia/rules/fr/texts_fr.properties}, and help texts for the questions
   * ({@code help.<fact id>}). For any other language, the English help texts
   * ({@code texts.properties}); rule titles and fact descriptions then come from the rules' own
   * English. The bundles are loaded once, on first use, and shared.
   */
  @Override
  public Optional<ResourceBundle> texts(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Optional.of("fr".equals(locale.getLanguage()) ? Texts.FRENCH : Texts.ENGLISH);
  }

  /** Holds the texts, loaded lazily and safely on first access (class initialisation). */
  private static final class Texts {
    static final ResourceBundle FRENCH = ResourceBundle.getBundle("org.dpia.rules.fr.texts", Locale.FRENCH);
    // ROOT asks for the base bundle and never falls back to the default locale
    static final ResourceBundle ENGLISH = ResourceBundle.getBundle("org.dpia.rules.fr.texts", Locale.ROOT);
  }

  /** The precedence of the GDPR regime, highest rank first. */
  public Precedence<ProcessingOperation> gdprPrecedence() {
    return gdpr;
  }

  /** The precedence of the police-justice regime, highest rank first. */
  public Precedence<ProcessingOperation> policeJusticePrecedence() {
    return policeJustice;
  }

  /** Every rule of the rulebook, for coverage listings: regimes, criteria, then each precedence's ranks. */
  public List<Rule<ProcessingOperation>> rules() {
    List<Rule<ProcessingOperation>> all = new ArrayList<>(regimeRules.values());
    all.addAll(Criteria.ALL);
    for (Precedence<ProcessingOperation> p : List.of(gdpr, policeJustice, stateSecurity)) {
      for (Precedence.Rank<ProcessingOperation> rank : p.ranks()) {
        rank.provisions().forEach(pr -> addOnce(all, pr.rule()));
      }
      addOnce(all, p.fallback().rule());
    }
    return List.copyOf(all);
  }

  private static void addOnce(List<Rule<ProcessingOperation>> rules, Rule<ProcessingOperation> rule) {
    if (rules.stream().noneMatch(r -> r.id().equals(rule.id()))) {
      rules.add(rule);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Answers are closed under the implications between facts (health data is a special category,
   * a special category is sensitive data…) before deciding.
   *
   * @throws IllegalArgumentException if an answer names a fact this rulebook does not read, or two
   *     answers contradict each other
   */
  @Override
  public Decision decide(ProcessingOperation operation, LocalDate date, Map<String, Truth> answers) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(answers, "answers");
    List<String> unknownIds = new ArrayList<>();
    for (String id : answers.keySet()) {
      if (!factIds.contains(id)) {
        unknownIds.add(id);
      }
    }
    if (!unknownIds.isEmpty()) {
      throw new IllegalArgumentException("the French rulebook reads no fact named " + unknownIds);
    }
    Context<ProcessingOperation> context = Context.of(operation, date).assumingAll(Implications.close(answers));
    List<String> decisive = new ArrayList<>(4);
    Outcome outcome = outcome(context, decisive);
    return Decision.builder()
        .operation(operation)
        .date(date)
        .outcome(outcome)
        .answers(answers)
        .decisiveRuleIds(decisive)
        .rulebookId(id())
        .rulebookVersion(VERSION)
        .explainer(() -> explain(context))
        .build();
  }

  /** The full explanation: every rule traced, the grounds, the criteria, the missing facts, the advice. */
  private Explanation explain(Context<ProcessingOperation> context) {
    Evaluation e = evaluate(context);
    List<CriterionFinding> findings = Criteria.findings(context);
    List<MissingFact> missing = e.outcome == Outcome.UNDETERMINED
        ? MissingFacts.rank(context, e.trace.unknownFactDescriptions(), this::outcomeUnderAssumptions)
        : List.of();
    return Explanation.builder()
        .regimes(e.regimes)
        .grounds(e.grounds)
        .criteria(findings)
        .missingFacts(missing)
        .advice(advice(e, findings))
        .conflicts(e.conflicts)
        .trace(e.trace)
        .build();
  }

  /** The outcome with the context's assumptions closed under implications; null if they contradict. */
  private Outcome outcomeUnderAssumptions(Context<ProcessingOperation> context) {
    Map<String, Truth> closed;
    try {
      closed = Implications.close(context.assumptions());
    } catch (IllegalArgumentException contradiction) {
      return null;
    }
    return outcome(Context.of(context.input(), context.date()).assumingAll(closed), null);
  }

  /** The ids of every fact the rules read, so that an answer about anything else is refused. */
  public Set<String> factIds() {
    return factIds;
  }

  private static Set<String> readFactIds(List<Rule<ProcessingOperation>> rules) {
    ProcessingOperation unknown = ProcessingOperation.builder()
        .name("unknown")
        .controller(org.dpia.core.model.Controller.builder().name("unknown").build())
        .build();
    Set<String> ids = new TreeSet<>();
    for (Rule<ProcessingOperation> rule : rules) {
      LocalDate inForce = rule.validity().firstDay().orElse(Gdpr.APPLIES_FROM);
      for (Trace t : rule.evaluate(Context.of(unknown, inForce)).nodes()) {
        if (t.kind() == Trace.Kind.FACT) {
          ids.add(t.id());
        }
      }
    }
    return Collections.unmodifiableSet(ids);
  }

  /** The outcome of every regime and their combination, without criteria findings or missing facts. */
  private Evaluation evaluate(Context<ProcessingOperation> context) {
    Map<Regime, Truth> regimes = new LinkedHashMap<>();
    Map<Regime, Resolution> resolutions = new LinkedHashMap<>();
    List<Trace> traces = new ArrayList<>();
    for (Map.Entry<Regime, Rule<ProcessingOperation>> r : regimeRules.entrySet()) {
      Trace applies = r.getValue().evaluate(context);
      traces.add(applies);
      regimes.put(r.getKey(), applies.truth());
      if (applies.truth() == Truth.FALSE) {
        continue;
      }
      Resolution resolution = precedence(r.getKey()).resolve(context, r.getKey());
      resolutions.put(r.getKey(), resolution);
      traces.add(resolution.trace());
    }
    Outcome outcome = outcome(context, null);
    if (outcome != Outcome.UNDETERMINED && regimes.values().stream().noneMatch(t -> t == Truth.TRUE)) {
      traces.add(Trace.constant("which regime governs is not known, but every regime that may govern gives the same outcome", Truth.TRUE));
    }
    List<Ground> grounds = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    for (Map.Entry<Regime, Resolution> r : resolutions.entrySet()) {
      Resolution res = r.getValue();
      conflicts.addAll(res.conflicts());
      boolean relevant = outcome == Outcome.UNDETERMINED
          || outcome == Outcome.NOT_REQUIRED
          || (res.outcome() == Outcome.REQUIRED && (regimes.get(r.getKey()) == Truth.TRUE || noRegimeKnown(regimes)));
      if (relevant) {
        grounds.addAll(res.grounds());
      }
    }
    if (!conflicts.isEmpty()) {
      outcome = Outcome.UNDETERMINED;
    }
    Trace trace = Trace.combination(Trace.Kind.ALL, "decision on " + context.date(), outcome.asTruth(), traces);
    return new Evaluation(outcome, regimes, resolutions, grounds, conflicts, trace);
  }

  private static boolean noRegimeKnown(Map<Regime, Truth> regimes) {
    return regimes.values().stream().noneMatch(t -> t == Truth.TRUE);
  }

  /** The facts that choose the regime. */
  private static final List<org.dpia.core.logic.Fact<ProcessingOperation>> REGIME_FACTS = List.of(
      Facts.COMPETENT_AUTHORITY, Facts.CRIMINAL_PURPOSE, Facts.OTHER_PURPOSE, Facts.STATE_SECURITY_PURPOSE);

  /**
   * The combined outcome of the regimes. Kleene's logic alone would lose that the regimes exclude
   * each other (a competent authority or not: exactly one of police-justice and the GDPR governs a
   * criminal-law purpose), so where a fact that chooses the regime is unknown, every possible value
   * of those facts is considered (a case split; a processing always has some purpose): the outcome
   * is definite only if all of them give the same definite outcome.
   */
  private Outcome outcome(Context<ProcessingOperation> context, List<String> decisive) {
    List<String> open = null;
    for (org.dpia.core.logic.Fact<ProcessingOperation> f : REGIME_FACTS) {
      if (context.read(f) == Truth.UNKNOWN) {
        if (open == null) {
          open = new ArrayList<>(REGIME_FACTS.size());
        }
        open.add(f.id());
      }
    }
    Outcome kleene = combined(context, decisive);
    if (open == null) {
      return kleene;
    }
    Outcome agreed = null;
    for (int mask = 0; mask < (1 << open.size()); mask++) {
      Map<String, Truth> values = new LinkedHashMap<>();
      for (int i = 0; i < open.size(); i++) {
        values.put(open.get(i), Truth.of((mask & (1 << i)) != 0));
      }
      Context<ProcessingOperation> c = context.assumingAll(values);
      if (c.read(Facts.CRIMINAL_PURPOSE) == Truth.FALSE && c.read(Facts.OTHER_PURPOSE) == Truth.FALSE
          && c.read(Facts.STATE_SECURITY_PURPOSE) == Truth.FALSE) {
        continue;
      }
      Outcome o = combined(c, null);
      if (o == Outcome.UNDETERMINED || (agreed != null && agreed != o)) {
        return Outcome.UNDETERMINED;
      }
      agreed = o;
    }
    return agreed == null ? Outcome.UNDETERMINED : agreed;
  }

  /** The regimes' outcomes combined in Kleene's logic: required if a governing regime requires it. */
  private Outcome combined(Context<ProcessingOperation> context, List<String> decisive) {
    Truth required = Truth.FALSE;
    for (Map.Entry<Regime, Rule<ProcessingOperation>> r : regimeRules.entrySet()) {
      Truth applies = r.getValue().truth(context);
      if (applies != Truth.FALSE) {
        Outcome o = precedence(r.getKey()).outcome(context, decisive == null ? null : decisive::add);
        required = required.or(applies.and(o.asTruth()));
      }
    }
    return Outcome.of(required);
  }

  private Precedence<ProcessingOperation> precedence(Regime regime) {
    if (regime.equals(Regimes.POLICE_JUSTICE)) {
      return policeJustice;
    }
    return regime.equals(Regimes.STATE_SECURITY) ? stateSecurity : gdpr;
  }

  private static List<Advice> advice(Evaluation e, List<CriterionFinding> findings) {
    List<Advice> advice = new ArrayList<>();
    boolean required = e.outcome == Outcome.REQUIRED;
    if (required && e.governs(Regimes.GDPR, Outcome.REQUIRED)) {
      advice.add(Advice.of("gdpr.36.prior-consultation",
          "Consult the CNIL before processing if the DPIA shows a high risk that the controller's measures do not mitigate.",
          Sources.gdpr("36", "1", null), Sources.lil("63")));
      advice.add(Advice.of("gdpr.35-11.review",
          "Review the DPIA at least when the risk represented by the processing changes (new technology, data, purpose).",
          Sources.gdpr("35", "11", null)));
    }
    if (required && e.governs(Regimes.POLICE_JUSTICE, Outcome.REQUIRED)) {
      advice.add(Advice.of("fr.lil.90.consultation",
          "If the processing is carried out on behalf of the State, send the DPIA to the CNIL with the request for its opinion (LIL art. 33); "
              + "otherwise consult the CNIL before processing when the DPIA shows a high risk without mitigating measures, "
              + "or when the type of processing, in particular through new mechanisms, technologies or procedures, presents high risks.",
          PoliceJustice.ART_90, PoliceJustice.DIRECTIVE_28));
    }
    for (Ground g : e.grounds) {
      if (g.truth() != Truth.TRUE) {
        continue;
      }
      if (g.kind() == GroundKind.CRITERIA_PRESUMPTION) {
        addOnce(advice, Advice.of("wp248.document-rebuttal",
            "The two-criteria rule is a presumption: a controller who concludes that the processing is nevertheless not likely to result in a high risk must document its reasons.",
            Sources.wp248("two-criteria rule")));
      } else if (g.kind() == GroundKind.BELOW_THRESHOLD
          && findings.stream().filter(f -> f.met() == Truth.TRUE).count() == 1) {
        addOnce(advice, Advice.of("wp248.one-criterion",
            "One criterion is met: a single criterion can in some cases suffice, and a DPIA is advisable when in doubt.",
            Sources.wp248("two-criteria rule")));
      } else if (g.kind() == GroundKind.TRANSITIONAL) {
        addOnce(advice, Advice.of("fr.cnil.transition.deadline",
            "A DPIA is due by " + Transitional.TOLERANCE_ENDS + " if the processing is likely to result in a high risk, and at once if it is substantially modified.",
            org.dpia.core.law.Citation.of(Sources.CNIL_TRANSITION)));
      }
    }
    return advice;
  }

  private static void addOnce(List<Advice> advice, Advice a) {
    if (advice.stream().noneMatch(x -> x.id().equals(a.id()))) {
      advice.add(a);
    }
  }

  private static final class Evaluation {
    final Outcome outcome;
    final Map<Regime, Truth> regimes;
    final Map<Regime, Resolution> resolutions;
    final List<Ground> grounds;
    final List<String> conflicts;
    final Trace trace;

    Evaluation(Outcome outcome, Map<Regime, Truth> regimes, Map<Regime, Resolution> resolutions,
        List<Ground> grounds, List<String> conflicts, Trace trace) {
      this.outcome = outcome;
      this.regimes = regimes;
      this.resolutions = resolutions;
      this.grounds = grounds;
      this.conflicts = conflicts;
      this.trace = trace;
    }

    /** Whether the regime governs (or may, when no regime is known to) and its resolution came to the outcome. */
    boolean governs(Regime regime, Outcome o) {
      Resolution r = resolutions.get(regime);
      boolean mayGovern = regimes.get(regime) == Truth.TRUE || (regimes.get(regime) == Truth.UNKNOWN && noRegimeKnown(regimes));
      return mayGovern && r != null && r.outcome() == o;
    }
  }
}
