package org.dpia.core.decision.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.dpia.core.audit.Requirement;
import org.dpia.core.criteria.CriterionFinding;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Explanation;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Presumption;
import org.dpia.core.decision.Question;
import org.dpia.core.decision.Regime;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.logic.Condition;
import org.dpia.core.logic.Conditions;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Fact;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.text.Text;

/**
 * The engine that runs a jurisdiction's law as it is declared: its regimes, each with the rule that
 * says when it governs and the {@link Precedence} of its provisions; the facts that choose between
 * regimes; the rules that find the risk criteria; the implications between facts; the advice. It
 * decides, explains, ranks missing facts, checks answers and lists the days the law changes, the
 * same way for every jurisdiction, so that a rulebook is only the table of contents of its law.
 *
 * <pre>{@code
 * Jurisdiction law = Jurisdiction.builder("xx", "1", Text.of("Toy law"))
 *     .sources(toyAct)
 *     .regime(TOY_GDPR, appliesRule, precedence)
 *     .build();
 * Decision d = law.decide(operation, LocalDate.of(2024, 1, 1));
 * }</pre>
 *
 * <p>A DPIA is required when some regime that governs requires it. Kleene's logic alone would lose
 * that regimes exclude each other (a body is a competent authority or is not), so where a fact
 * that chooses the regime ({@link Builder#splitOn(List, Condition)}) is unknown, every possible
 * value of those facts is considered and the outcome is definite only if all of them agree.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Jurisdiction implements Rulebook {

  private final String id;
  private final String version;
  private final Text name;
  private final List<LegalSource> sources;
  private final Map<Regime, Rule<ProcessingOperation>> regimes;
  private final Map<Regime, Precedence<ProcessingOperation>> precedences;
  private final List<Fact<ProcessingOperation>> splitFacts;
  private final Condition<ProcessingOperation> impossible;
  private final Map<RiskCriterion, Rule<ProcessingOperation>> criteria;
  private final List<Implication> implications;
  private final List<AdviceRule> advice;
  private final List<Requirement> requirements;
  private final Function<Locale, Optional<ResourceBundle>> texts;
  private final Map<String, Function<ProcessingOperation, Optional<Text>>> contexts;
  private final List<Rule<ProcessingOperation>> rules;
  private final Map<String, Text> facts;
  private final SortedSet<LocalDate> lawChanges;
  private volatile Set<String> conclusions;

  private Jurisdiction(Builder b) {
    this.id = b.id;
    this.version = b.version;
    this.name = b.name;
    this.sources = List.copyOf(b.sources);
    this.regimes = Collections.unmodifiableMap(new LinkedHashMap<>(b.regimes));
    this.precedences = Collections.unmodifiableMap(new LinkedHashMap<>(b.precedences));
    this.splitFacts = List.copyOf(b.splitFacts);
    this.impossible = b.impossible;
    this.criteria = Collections.unmodifiableMap(new LinkedHashMap<>(b.criteria));
    this.implications = List.copyOf(b.implications);
    this.advice = List.copyOf(b.advice);
    this.requirements = List.copyOf(b.requirements);
    this.texts = b.texts;
    this.contexts = Map.copyOf(b.contexts);

    Map<String, Rule<ProcessingOperation>> all = new LinkedHashMap<>();
    regimes.values().forEach(r -> all.putIfAbsent(r.id(), r));
    criteria.values().forEach(r -> all.putIfAbsent(r.id(), r));
    for (Precedence<ProcessingOperation> p : precedences.values()) {
      p.rules().forEach(r -> all.putIfAbsent(r.id(), r));
    }
    this.rules = List.copyOf(all.values());

    Map<String, Text> texts = new TreeMap<>();
    TreeSet<LocalDate> changes = new TreeSet<>();
    for (Rule<ProcessingOperation> rule : rules) {
      rule.facts().forEach(f -> texts.putIfAbsent(f.id(), f.text()));
      rule.validity().firstDay().ifPresent(changes::add);
      rule.validity().dayAfter().ifPresent(changes::add);
      for (Citation citation : rule.citations()) {
        citation.validity().firstDay().ifPresent(changes::add);
        citation.validity().dayAfter().ifPresent(changes::add);
      }
    }
    // the facts that split the regimes are the law's too, and may be answered
    splitFacts.forEach(f -> texts.putIfAbsent(f.id(), f.text()));
    impossible.facts().forEach(f -> texts.putIfAbsent(f.id(), f.text()));
    for (Requirement r : requirements) {
      r.citation().validity().firstDay().ifPresent(changes::add);
      r.citation().validity().dayAfter().ifPresent(changes::add);
    }
    this.facts = Collections.unmodifiableMap(texts);
    this.lawChanges = Collections.unmodifiableSortedSet(changes);
  }

  @Override
  public List<Requirement> requirements() {
    return requirements;
  }

  /** Starts the declaration of a jurisdiction's law, with the rulebook's id, version and name. */
  public static Builder builder(String id, String version, Text name) {
    return new Builder(id, version, name);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public String name() {
    return name.english();
  }

  @Override
  public List<LegalSource> sources() {
    return sources;
  }

  @Override
  public SortedSet<LocalDate> lawChangeDates() {
    return lawChanges;
  }

  @Override
  public Optional<ResourceBundle> texts(Locale locale) {
    return texts.apply(Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The questions for an undetermined decision, as {@link Rulebook#questions} gives them, each with
   * what the description already says that bears on it, where the law declares it.
   */
  @Override
  public List<Question> questions(Decision decision, Locale locale) {
    return Question.forDecision(decision, locale, texts(locale),
        factId -> Optional.ofNullable(contexts.get(factId)).flatMap(f -> f.apply(decision.operation())));
  }

  /** The regimes, in the order declared, each with the rule that says when it governs. */
  public Map<Regime, Rule<ProcessingOperation>> regimes() {
    return regimes;
  }

  /** The precedence of a regime's provisions, highest rank first. */
  public Precedence<ProcessingOperation> precedence(Regime regime) {
    Precedence<ProcessingOperation> p = precedences.get(regime);
    if (p == null) {
      throw new IllegalArgumentException("no regime '" + regime.id() + "' in the rulebook " + id);
    }
    return p;
  }

  /** The implications between facts that answers are closed under. */
  public List<Implication> implications() {
    return implications;
  }

  /** Every rule: the regimes', the criteria's, then each precedence's ranks, each once. */
  public List<Rule<ProcessingOperation>> rules() {
    return rules;
  }

  /** The ids of every fact the rules read (and those that split the regimes), so that an answer about anything else is refused. */
  public Set<String> factIds() {
    return facts.keySet();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Answers are closed under the declared implications between facts before deciding.
   *
   * @throws IllegalArgumentException if an answer names a fact no rule reads, or two answers
   *     contradict each other
   */
  @Override
  public Decision decide(ProcessingOperation operation, LocalDate date, Map<String, Truth> answers) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(answers, "answers");
    List<String> unknownIds = new ArrayList<>();
    for (String factId : answers.keySet()) {
      if (!facts.containsKey(factId)) {
        unknownIds.add(factId);
      }
    }
    if (!unknownIds.isEmpty()) {
      throw new IllegalArgumentException("the rulebook " + id + " reads no fact named " + unknownIds);
    }
    Context<ProcessingOperation> described = Context.of(operation, date);
    Answers.Closure closure = Answers.close(implications, answers, described::read);
    if (closure instanceof Answers.Contradiction c) {
      throw new IllegalArgumentException(c.reason());
    }
    Context<ProcessingOperation> context = described.assumingAll(((Answers.Closed) closure).answers());
    if (madeImpossible(context)) {
      throw new IllegalArgumentException("answers the law holds impossible together (" + impossible.facts().stream()
          .map(f -> f.id()).toList() + "): " + answers);
    }
    List<String> decisive = new ArrayList<>(4);
    Truth[] governs = new Truth[regimes.size()];
    Outcome outcome = outcome(context, decisive, governs);
    return Decision.builder()
        .operation(operation)
        .date(date)
        .outcome(outcome)
        .answers(answers)
        .decisiveRuleIds(decisive)
        .rulebookId(id)
        .rulebookVersion(version)
        .explainer(() -> explain(context, answers.keySet(), outcome, governing(governs)))
        .regimeReader(() -> governing(governs))
        .build();
  }

  /** Whether each regime governs, in the order declared, from the truths found when deciding: what the explanation says. */
  private Map<Regime, Truth> governing(Truth[] governs) {
    Map<Regime, Truth> governing = new LinkedHashMap<>();
    int i = 0;
    for (Regime regime : regimes.keySet()) {
      governing.put(regime, governs[i++]);
    }
    return governing;
  }

  // ---- the outcome ------------------------------------------------------------------------------

  /**
   * The combined outcome of the regimes, reporting to {@code decisive} (if not null) the ids of the
   * rules that decided and to {@code governs} (if not null) whether each regime governs, in the
   * order declared. Where a fact that chooses the regime is unknown, every possible value of
   * those facts is considered (those the jurisdiction declares impossible skipped): the outcome is
   * definite only if all of them give the same definite outcome.
   */
  private Outcome outcome(Context<ProcessingOperation> context, List<String> decisive, Truth[] governs) {
    List<String> open = null;
    for (Fact<ProcessingOperation> f : splitFacts) {
      if (context.read(f) == Truth.UNKNOWN) {
        if (open == null) {
          open = new ArrayList<>(splitFacts.size());
        }
        open.add(f.id());
      }
    }
    Outcome kleene = combined(context, decisive, governs);
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
      if (impossible.truth(c) == Truth.TRUE) {
        continue;
      }
      Outcome o = combined(c, null, null);
      if (o == Outcome.UNDETERMINED || (agreed != null && agreed != o)) {
        return Outcome.UNDETERMINED;
      }
      agreed = o;
    }
    return agreed == null ? Outcome.UNDETERMINED : agreed;
  }

  /** The regimes' outcomes combined in Kleene's logic: required if a governing regime requires it. */
  private Outcome combined(Context<ProcessingOperation> context, List<String> decisive, Truth[] governs) {
    Truth required = Truth.FALSE;
    int i = 0;
    for (Map.Entry<Regime, Rule<ProcessingOperation>> r : regimes.entrySet()) {
      Truth applies = r.getValue().truth(context);
      if (governs != null) {
        governs[i++] = applies;
      }
      if (applies != Truth.FALSE) {
        Outcome o = precedences.get(r.getKey()).outcome(context, decisive == null ? null : decisive::add);
        required = required.or(applies.and(o.asTruth()));
      }
    }
    return Outcome.of(required);
  }

  /** The outcome with the context's assumptions closed under the implications; empty if they contradict. */
  private Optional<Outcome> outcomeUnderAssumptions(Context<ProcessingOperation> context) {
    Context<ProcessingOperation> described = context.withoutAssumptions();
    Answers.Closure closure = Answers.close(implications, context.assumptions(), described::read);
    if (closure instanceof Answers.Closed closed) {
      Context<ProcessingOperation> answered = described.assumingAll(closed.answers());
      return madeImpossible(answered) ? Optional.empty() : Optional.of(outcome(answered, null, null));
    }
    return Optional.empty();
  }

  /** Whether the answers make the context one the law holds impossible (a description impossible in itself is let be). */
  private boolean madeImpossible(Context<ProcessingOperation> context) {
    return !context.assumptions().isEmpty() && impossible.truth(context) == Truth.TRUE
        && impossible.truth(context.withoutAssumptions()) != Truth.TRUE;
  }

  // ---- the explanation --------------------------------------------------------------------------

  /** The full explanation: every rule traced, the grounds, the criteria, the missing facts, the advice. */
  private Explanation explain(Context<ProcessingOperation> context, Set<String> answered, Outcome outcome,
      Map<Regime, Truth> governs) {
    Explained e = evaluate(context, outcome, governs);
    List<CriterionFinding> findings = findings(context);
    List<MissingFact> missing = e.outcome == Outcome.UNDETERMINED ? missingFacts(context, unknownFacts(context, e.read)) : List.of();
    List<Presumption> presumptions = presumptions(context, e.read, e.outcome);
    int met = 0;
    for (CriterionFinding f : findings) {
      met += f.met() == Truth.TRUE ? 1 : 0;
    }
    List<Advice> given = new ArrayList<>();
    Explained withCriteria = e.withCriteriaMet(met);
    for (AdviceRule rule : advice) {
      if (rule.when().test(withCriteria)) {
        given.add(rule.advice().on(context.date()));
      }
    }
    return Explanation.builder()
        .regimes(e.regimes)
        .grounds(e.grounds)
        .criteria(findings)
        .missingFacts(missing)
        .presumptions(presumptions)
        .advice(given)
        .conflicts(e.conflicts)
        .answeredFacts(answeredFacts(answered))
        .trace(e.trace)
        .build();
  }

  /** The description of each fact answered, by id, in the answers' order. */
  private Map<String, Text> answeredFacts(Set<String> answered) {
    if (answered.isEmpty()) {
      return Map.of();
    }
    Map<String, Text> described = new LinkedHashMap<>();
    for (String id : answered) {
      described.put(id, facts.get(id));
    }
    return described;
  }

  /** The facts read as unknown by these rules, as their traces would list them (see {@link Trace#unknownFactTexts()}). */
  private static Map<String, Text> unknownFacts(Context<ProcessingOperation> context, List<Rule<ProcessingOperation>> read) {
    Map<String, Text> unknown = new LinkedHashMap<>();
    Conditions.visitFacts(read, context, false, (kind, id, text, truth) -> {
      if (kind == Trace.Kind.FACT && truth == Truth.UNKNOWN) {
        unknown.putIfAbsent(id, text);
      }
    });
    return unknown;
  }

  /** Exactly the unknown facts on which the outcome still depends (see {@link Worlds}), ranked. */
  private List<MissingFact> missingFacts(Context<ProcessingOperation> context, Map<String, Text> unknown) {
    Map<String, Worlds.Witness> missing = Worlds.missing(context, new ArrayList<>(unknown.keySet()), facts.keySet(), conclusions(), regimes,
        precedences, impossible, implications);
    Map<String, Text> described = new LinkedHashMap<>(unknown);
    missing.keySet().forEach(id -> described.putIfAbsent(id, facts.get(id)));
    Function<Map<String, Truth>, Map<String, Truth>> implied = answers -> Answers.close(implications, answers, context::read)
        instanceof Answers.Closed closed ? closed.answers() : answers;
    return MissingFacts.rankExact(context, described, missing, implied, this::outcomeUnderAssumptions);
  }

  /** The facts that may be stated or derived (WP248's criteria), found once. */
  private Set<String> conclusions() {
    Set<String> found = conclusions;
    if (found == null) {
      found = Worlds.conclusions(rules);
      conclusions = found;
    }
    return found;
  }

  /**
   * The facts read as the law's presumption whose establishment the other way would change the
   * outcome: each that changes it alone; then, among the others, one minimal set that changes it
   * together (the conditions of one exception), each of its facts listed with the rest of the set.
   */
  private List<Presumption> presumptions(Context<ProcessingOperation> context, List<Rule<ProcessingOperation>> rules, Outcome outcome) {
    Map<String, Text> presumed = new LinkedHashMap<>();
    Map<String, Truth> read = new LinkedHashMap<>();
    Conditions.visitFacts(rules, context, true, (kind, id, text, truth) -> {
      if (kind == Trace.Kind.PRESUMED && presumed.putIfAbsent(id, text) == null) {
        read.put(id, truth);
      }
    });
    if (presumed.isEmpty()) {
      return List.of();
    }
    List<Presumption> result = new ArrayList<>(presumed.size());
    List<String> jointly = new ArrayList<>();
    for (Map.Entry<String, Text> p : presumed.entrySet()) {
      Optional<Outcome> otherwise = outcomeEstablishing(context, read, List.of(p.getKey()));
      if (otherwise.isPresent() && otherwise.get() != outcome) {
        result.add(presumption(p.getKey(), p.getValue(), read, otherwise.get(), List.of()));
      } else {
        jointly.add(p.getKey());
      }
    }
    if (jointly.size() < 2) {
      return result;
    }
    Optional<Outcome> all = outcomeEstablishing(context, read, jointly);
    if (all.isEmpty() || all.get() == outcome) {
      return result;
    }
    // shrink to a minimal set, dropping the facts met last first
    List<String> set = new ArrayList<>(jointly);
    for (int i = set.size() - 1; i >= 0 && set.size() > 1; i--) {
      List<String> without = new ArrayList<>(set);
      without.remove(i);
      Optional<Outcome> o = outcomeEstablishing(context, read, without);
      if (o.isPresent() && o.get() == all.get()) {
        set = without;
      }
    }
    for (String id : set) {
      List<String> others = set.stream().filter(o -> !o.equals(id)).toList();
      result.add(presumption(id, presumed.get(id), read, all.get(), others));
    }
    return result;
  }

  private static Presumption presumption(String id, Text description, Map<String, Truth> read, Outcome otherwise, List<String> along) {
    return Presumption.builder().factId(id).description(description).presumed(read.get(id)).ifEstablished(otherwise)
        .alongWith(along).build();
  }

  /** The outcome with these presumed facts established the other way. */
  private Optional<Outcome> outcomeEstablishing(Context<ProcessingOperation> context, Map<String, Truth> read, List<String> ids) {
    Map<String, Truth> established = new LinkedHashMap<>();
    ids.forEach(id -> established.put(id, read.get(id).not()));
    return outcomeUnderAssumptions(context.assumingAll(established));
  }

  private List<CriterionFinding> findings(Context<ProcessingOperation> context) {
    List<CriterionFinding> findings = new ArrayList<>(criteria.size());
    for (Map.Entry<RiskCriterion, Rule<ProcessingOperation>> c : criteria.entrySet()) {
      Trace t = c.getValue().evaluate(context);
      boolean asserted = Conditions.asserted(c.getValue(), context);
      findings.add(asserted ? CriterionFinding.asserted(c.getKey(), t) : CriterionFinding.derived(c.getKey(), t));
    }
    return findings;
  }

  /** The outcome of every regime, with the grounds that matter to the combined outcome, decided already. */
  @SuppressWarnings("unchecked")
  private Explained evaluate(Context<ProcessingOperation> context, Outcome outcome, Map<Regime, Truth> governs) {
    Map<Regime, Resolution> resolutions = new LinkedHashMap<>();
    List<Rule<ProcessingOperation>> read = new ArrayList<>();
    boolean noneKnown = true;
    for (Map.Entry<Regime, Rule<ProcessingOperation>> r : regimes.entrySet()) {
      read.add(r.getValue());
      Truth applies = governs.get(r.getKey());
      noneKnown &= applies != Truth.TRUE;
      if (applies == Truth.FALSE) {
        continue;
      }
      Resolution resolution = precedences.get(r.getKey()).resolve(context, r.getKey());
      resolutions.put(r.getKey(), resolution);
      read.addAll((List<Rule<ProcessingOperation>>) resolution.evaluated);
    }
    boolean unknownRegimeAgreed = outcome != Outcome.UNDETERMINED && noneKnown;
    List<Ground> grounds = new ArrayList<>();
    List<Text> conflicts = new ArrayList<>();
    for (Map.Entry<Regime, Resolution> r : resolutions.entrySet()) {
      Resolution res = r.getValue();
      conflicts.addAll(res.conflicts());
      boolean relevant = outcome == Outcome.UNDETERMINED
          || outcome == Outcome.NOT_REQUIRED
          || (res.outcome() == Outcome.REQUIRED && (governs.get(r.getKey()) == Truth.TRUE || noneKnown));
      if (relevant) {
        grounds.addAll(res.grounds());
      }
    }
    // a conflict leaves its regime's outcome open, which the outcome above already weighs: it stays
    // open unless that regime cannot govern, or another governing regime requires a DPIA anyway
    Trace trace = Trace.combination(Trace.Kind.ALL, "decision on " + context.date(), outcome.asTruth(),
        () -> traces(context, resolutions, unknownRegimeAgreed));
    return new Explained(outcome, governs, resolutions, grounds, conflicts, trace, read, 0);
  }

  private static final Trace UNKNOWN_REGIME_AGREED =
      Trace.constant("which regime governs is not known, but every regime that may govern gives the same outcome", Truth.TRUE);

  /**
   * The steps of a decision's trace: each regime's rule, followed by its precedence's trace where
   * it may govern; the rules in the order of {@link Explained#read()}.
   */
  private List<Trace> traces(Context<ProcessingOperation> context, Map<Regime, Resolution> resolutions, boolean unknownRegimeAgreed) {
    List<Trace> traces = new ArrayList<>();
    for (Map.Entry<Regime, Rule<ProcessingOperation>> r : regimes.entrySet()) {
      traces.add(r.getValue().evaluate(context));
      Resolution resolution = resolutions.get(r.getKey());
      if (resolution != null) {
        traces.add(resolution.trace());
      }
    }
    if (unknownRegimeAgreed) {
      traces.add(UNKNOWN_REGIME_AGREED);
    }
    return traces;
  }

  /** A decision's regimes, resolutions and grounds, as advice rules see them. */
  private record Explained(Outcome outcome, Map<Regime, Truth> regimes, Map<Regime, Resolution> resolutions,
      List<Ground> grounds, List<Text> conflicts, Trace trace, List<Rule<ProcessingOperation>> read, int criteriaMet)
      implements Evaluation {

    Explained withCriteriaMet(int met) {
      return new Explained(outcome, regimes, resolutions, grounds, conflicts, trace, read, met);
    }

    @Override
    public boolean governs(Regime regime, Outcome o) {
      Resolution r = resolutions.get(regime);
      if (r == null || r.outcome() != o) {
        return false;
      }
      boolean noneKnown = !regimes.containsValue(Truth.TRUE);
      boolean mayGovern = regimes.get(regime) == Truth.TRUE || (regimes.get(regime) == Truth.UNKNOWN && noneKnown);
      return mayGovern && r != null && r.outcome() == o;
    }

    @Override
    public boolean decidedOn(GroundKind kind) {
      for (Ground g : grounds) {
        if (g.truth() == Truth.TRUE && g.kind() == kind) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Declares a jurisdiction's law. Regimes are considered in the order declared; advice is given
   * in the order declared.
   */
  public static final class Builder {
    private final String id;
    private final String version;
    private final Text name;
    private final List<LegalSource> sources = new ArrayList<>();
    private final Map<Regime, Rule<ProcessingOperation>> regimes = new LinkedHashMap<>();
    private final Map<Regime, Precedence<ProcessingOperation>> precedences = new LinkedHashMap<>();
    private final List<Fact<ProcessingOperation>> splitFacts = new ArrayList<>();
    private Condition<ProcessingOperation> impossible = Conditions.constant(Truth.FALSE, "nothing is impossible");
    private final Map<RiskCriterion, Rule<ProcessingOperation>> criteria = new LinkedHashMap<>();
    private final List<Implication> implications = new ArrayList<>();
    private final List<AdviceRule> advice = new ArrayList<>();
    private final List<Requirement> requirements = new ArrayList<>();
    private Function<Locale, Optional<ResourceBundle>> texts = locale -> Optional.empty();
    private final Map<String, Function<ProcessingOperation, Optional<Text>>> contexts = new LinkedHashMap<>();

    private Builder(String id, String version, Text name) {
      this.id = requireText(id, "id");
      this.version = requireText(version, "version");
      this.name = Objects.requireNonNull(name, "name");
    }

    /** The legal sources the rulebook encodes. */
    public Builder sources(List<LegalSource> all) {
      sources.addAll(all);
      return this;
    }

    /** A regime: the rule that says when it governs, and the precedence of its provisions. */
    public Builder regime(Regime regime, Rule<ProcessingOperation> applies, Precedence<ProcessingOperation> precedence) {
      Objects.requireNonNull(regime, "regime");
      if (regimes.put(regime, Objects.requireNonNull(applies, "applies")) != null) {
        throw new IllegalArgumentException("the regime '" + regime.id() + "' is declared twice");
      }
      precedences.put(regime, Objects.requireNonNull(precedence, "precedence"));
      return this;
    }

    /**
     * The facts that choose between regimes, considered one value at a time when unknown, and the
     * condition that no real processing meets (a processing always has some purpose, say).
     */
    public Builder splitOn(List<Fact<ProcessingOperation>> facts, Condition<ProcessingOperation> impossible) {
      splitFacts.addAll(facts);
      this.impossible = Objects.requireNonNull(impossible, "impossible");
      return this;
    }

    /** The rules that find the risk criteria, for the decision's criteria findings, in the order to report them. */
    public Builder criteria(Map<RiskCriterion, Rule<ProcessingOperation>> rules) {
      rules.forEach((c, r) -> criteria.put(Objects.requireNonNull(c, "criterion"), Objects.requireNonNull(r, "rule")));
      return this;
    }

    /** Implications between facts, which answers are closed under. */
    public Builder implications(List<Implication> all) {
      implications.addAll(all);
      return this;
    }

    /** Advice, given in the order declared. */
    public Builder advice(AdviceRule... rules) {
      advice.addAll(List.of(rules));
      return this;
    }

    /** What the law requires of a DPIA, regime by regime, checked by audits; each regime must be declared. */
    public Builder requirements(List<Requirement> all) {
      requirements.addAll(all);
      return this;
    }

    /** Where the rulebook's longer texts (help for questions) are found, per locale. */
    public Builder texts(Function<Locale, Optional<ResourceBundle>> bundles) {
      this.texts = Objects.requireNonNull(bundles, "bundles");
      return this;
    }

    /**
     * What the description already says that bears on a question about this fact — the user's own
     * numbers, say, beside "is it on a large scale?" — shown with the question; empty when it says
     * nothing.
     */
    public Builder context(Fact<ProcessingOperation> fact, Function<ProcessingOperation, Optional<Text>> stated) {
      contexts.put(Objects.requireNonNull(fact, "fact").id(), Objects.requireNonNull(stated, "stated"));
      return this;
    }

    /**
     * The jurisdiction.
     *
     * @throws IllegalStateException if no regime is declared, or a requirement's regime is not
     */
    public Jurisdiction build() {
      if (regimes.isEmpty()) {
        throw new IllegalStateException("the rulebook " + id + " declares no regime");
      }
      for (Requirement r : requirements) {
        if (!regimes.containsKey(r.regime())) {
          throw new IllegalStateException("the rulebook " + id + " declares a requirement of the regime " + r.regime().id() + ", which it does not declare");
        }
      }
      return new Jurisdiction(this);
    }

    private static String requireText(String value, String what) {
      if (Text.showsNothing(Objects.requireNonNull(value, what))) {
        throw new IllegalArgumentException("a rulebook's " + what + " must not be blank");
      }
      return value;
    }
  }

  /** Unused by the engine; keeps the set of rules' ids easy to read in a debugger. */
  @Override
  public String toString() {
    Set<String> ids = new LinkedHashSet<>();
    regimes.keySet().forEach(r -> ids.add(r.id()));
    return "Jurisdiction " + id + " " + version + " " + ids;
  }
}
