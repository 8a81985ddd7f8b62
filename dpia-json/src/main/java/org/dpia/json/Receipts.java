package org.dpia.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dpia.core.audit.Audit;
import org.dpia.core.audit.Finding;
import org.dpia.core.audit.Segment;
import org.dpia.core.criteria.CriterionFinding;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Presumption;
import org.dpia.core.decision.Question;
import org.dpia.core.decision.Regime;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.law.Citation;
import org.dpia.core.law.LegalSource;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;

/**
 * Decisions and audits as JSON: a receipt another system can store and show. The shape is
 * versioned ({@code "dpiaDecisionVersion": "1"}, {@code "dpiaAuditVersion": "1"}) and documented by
 * {@code decision.schema.json}, a resource of this package; a new version only adds properties, and
 * a change that removes or renames one takes a new version number.
 *
 * <p>A decision's receipt holds its outcome, the as-of date, the rulebook's id and version, the
 * SHA-256 of its input (the description and answers in {@linkplain Descriptions#canonical canonical
 * form}), the regimes considered, the grounds with their citations (instrument, article, item,
 * reference and address, the quoted wording), the criteria findings, the missing facts with their
 * questions in English and French, and the exceptions assumed not to apply. Texts are given in
 * English and French. Where the W3C Data Privacy Vocabulary names the same concept, its IRI is
 * carried ({@code "dpv"}): the outcome ({@code eu-gdpr:DPIARequired}, {@code DPIANotRequired}), the
 * receipt itself ({@code eu-gdpr:DPIANecessityAssessment}) and five of the nine criteria.
 */
public final class Receipts {
  /** The version of the decision receipt's shape. */
  public static final String DECISION_VERSION = "1";
  /** The version of the audit receipt's shape. */
  public static final String AUDIT_VERSION = "1";

  private static final String EU_GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";
  private static final String DPV = "https://w3id.org/dpv#";
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

  private final Rulebook rulebook;
  private final Descriptions descriptions;

  private Receipts(Rulebook rulebook, Descriptions descriptions) {
    this.rulebook = Objects.requireNonNull(rulebook, "rulebook");
    this.descriptions = Objects.requireNonNull(descriptions, "descriptions");
  }

  /** Receipts of this rulebook's decisions, inputs written with the built-in terms. */
  public static Receipts of(Rulebook rulebook) {
    return new Receipts(rulebook, Descriptions.builtIn());
  }

  /** Receipts of this rulebook's decisions, inputs written with these descriptions' terms. */
  public static Receipts of(Rulebook rulebook, Descriptions descriptions) {
    return new Receipts(rulebook, descriptions);
  }

  /** The IRI of the DPV concept for a criterion, where DPV names the same one. */
  public static Optional<String> dpv(RiskCriterion criterion) {
    return Optional.ofNullable(switch (criterion) {
      case EVALUATION_OR_SCORING -> DPV + "EvaluationScoring";
      case SYSTEMATIC_MONITORING -> DPV + "SystematicMonitoring";
      case LARGE_SCALE -> DPV + "LargeScaleProcessing";
      case VULNERABLE_DATA_SUBJECTS -> DPV + "VulnerableDataSubject";
      case INNOVATIVE_USE_OF_TECHNOLOGY -> DPV + "InnovativeUseOfTechnology";
      default -> null;
    });
  }

  /** The IRI of the DPV concept for an outcome: required or not required; none for undetermined. */
  public static Optional<String> dpv(Outcome outcome) {
    return Optional.ofNullable(switch (outcome) {
      case REQUIRED -> EU_GDPR + "DPIARequired";
      case NOT_REQUIRED -> EU_GDPR + "DPIANotRequired";
      case UNDETERMINED -> null;
    });
  }

  /** The SHA-256 of a description's canonical form, as {@code "sha256:<hex>"}. */
  public String digest(Description input) {
    return "sha256:" + Texts.sha256(descriptions.canonical(input));
  }

  /** The decision's receipt, as indented JSON. */
  public String decision(Decision decision) {
    return Texts.write(decisionTree(decision), Format.JSON);
  }

  /** The decision's receipt on one line, as screening a register prints one per file. */
  public String decisionLine(Decision decision) {
    return Texts.compact(decisionTree(decision));
  }

  /** The audit's receipt, as indented JSON; the history is the audit's input, whose digest it carries. */
  public String audit(Audit audit, ProcessingHistory history) {
    return Texts.write(auditTree(audit, history), Format.JSON);
  }

  Map<String, Object> decisionTree(Decision d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dpiaDecisionVersion", DECISION_VERSION);
    m.put("operation", d.operationName());
    m.put("asOf", d.date().toString());
    m.put("rulebook", rulebookTree(d.rulebookId(), d.rulebookVersion()));
    m.put("inputDigest", digest(Description.of(d.operation(), d.answers())));
    m.put("outcome", d.outcome().name());
    m.put("runsOnDate", DescriptionWriter.truth(d.runsOnDate()));
    Map<String, Object> dpv = new LinkedHashMap<>();
    dpv.put("assessment", EU_GDPR + "DPIANecessityAssessment");
    dpv(d.outcome()).ifPresent(iri -> dpv.put("outcome", iri));
    m.put("dpv", dpv);
    m.put("decisiveRuleIds", d.decisiveRuleIds());
    List<Object> regimes = new ArrayList<>();
    for (Map.Entry<Regime, Truth> e : d.regimes().entrySet()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", e.getKey().id());
      r.put("name", texts(e.getKey().text()));
      r.put("governs", DescriptionWriter.truth(e.getValue()));
      r.put("citations", e.getKey().citations().stream().map(c -> citation(c, d.date())).toList());
      regimes.add(r);
    }
    m.put("regimes", regimes);
    List<Object> grounds = new ArrayList<>();
    for (Ground g : d.grounds()) {
      Map<String, Object> ground = new LinkedHashMap<>();
      ground.put("ruleId", g.ruleId());
      ground.put("kind", g.kind().name());
      ground.put("effect", g.effect().name());
      ground.put("holds", DescriptionWriter.truth(g.truth()));
      ground.put("decisive", d.decisiveRuleIds().contains(g.ruleId()));
      g.regime().ifPresent(r -> ground.put("regime", r.id()));
      ground.put("title", texts(g.title()));
      g.remark().ifPresent(r -> ground.put("remark", texts(r)));
      ground.put("citations", g.citations().stream().map(c -> citation(c, d.date())).toList());
      grounds.add(ground);
    }
    m.put("grounds", grounds);
    List<Object> criteria = new ArrayList<>();
    for (CriterionFinding f : d.criteria()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("number", f.criterion().number());
      c.put("id", f.criterion().name());
      c.put("label", texts(f.criterion().text()));
      c.put("met", DescriptionWriter.truth(f.met()));
      c.put("asserted", f.isAsserted());
      dpv(f.criterion()).ifPresent(iri -> c.put("dpv", iri));
      criteria.add(c);
    }
    m.put("criteria", criteria);
    Map<Locale, Map<String, String>> questions = new LinkedHashMap<>();
    Map<Locale, Map<String, String>> presumptionQuestions = new LinkedHashMap<>();
    for (Locale locale : LANGUAGES) {
      Map<String, String> byFact = new LinkedHashMap<>();
      if (d.outcome() == Outcome.UNDETERMINED) {
        rulebook.questions(d, locale).forEach(q -> byFact.put(q.factId(), q.text()));
      }
      questions.put(locale, byFact);
      Map<String, String> byPresumption = new LinkedHashMap<>();
      Question.forPresumptions(d, locale, rulebook.texts(locale)).forEach(q -> byPresumption.put(q.factId(), q.text()));
      presumptionQuestions.put(locale, byPresumption);
    }
    List<Object> missing = new ArrayList<>();
    for (MissingFact f : d.missingFacts()) {
      Map<String, Object> mf = new LinkedHashMap<>();
      mf.put("factId", f.factId());
      mf.put("description", texts(f.description()));
      mf.put("ifTrue", f.ifTrue().name());
      mf.put("ifFalse", f.ifFalse().name());
      if (!f.witness().isEmpty()) {
        Map<String, Object> witness = new LinkedHashMap<>();
        f.witness().forEach((k, v) -> witness.put(k, DescriptionWriter.truth(v)));
        mf.put("witness", witness);
      }
      question(questions, f.factId()).ifPresent(q -> mf.put("question", q));
      missing.add(mf);
    }
    m.put("missingFacts", missing);
    List<Object> presumptions = new ArrayList<>();
    for (Presumption p : d.presumptions()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("factId", p.factId());
      pm.put("description", texts(p.description()));
      pm.put("presumed", DescriptionWriter.truth(p.presumed()));
      pm.put("ifEstablished", p.ifEstablished().name());
      if (!p.alongWith().isEmpty()) {
        pm.put("alongWith", p.alongWith());
      }
      question(presumptionQuestions, p.factId()).ifPresent(q -> pm.put("question", q));
      presumptions.add(pm);
    }
    m.put("presumptions", presumptions);
    if (!d.answers().isEmpty()) {
      Map<String, Object> answers = new LinkedHashMap<>();
      d.answers().forEach((k, v) -> answers.put(k, DescriptionWriter.truth(v)));
      m.put("answers", answers);
    }
    List<Object> advice = new ArrayList<>();
    for (Advice a : d.advice()) {
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("id", a.id());
      am.put("text", texts(a.texts()));
      am.put("citations", a.citations().stream().map(c -> citation(c, d.date())).toList());
      advice.add(am);
    }
    m.put("advice", advice);
    m.put("conflicts", d.conflicts().stream().map(Receipts::texts).toList());
    return m;
  }

  Map<String, Object> auditTree(Audit a, ProcessingHistory history) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dpiaAuditVersion", AUDIT_VERSION);
    m.put("operation", a.operationName());
    m.put("period", range(a.period()));
    m.put("rulebook", rulebookTree(a.rulebookId(), a.rulebookVersion()));
    m.put("inputDigest", digest(Description.of(history)));
    m.put("required", a.requiredPeriods().stream().map(Receipts::range).toList());
    m.put("breached", a.breachedPeriods().stream().map(Receipts::range).toList());
    m.put("met", a.metPeriods().stream().map(Receipts::range).toList());
    m.put("undetermined", a.undeterminedPeriods().stream().map(Receipts::range).toList());
    List<Object> segments = new ArrayList<>();
    for (Segment s : a.segments()) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("days", range(s.days()));
      sm.put("version", s.version());
      sm.put("outcome", s.outcome().name());
      dpv(s.outcome()).ifPresent(iri -> sm.put("dpv", iri));
      sm.put("decisiveRuleIds", s.decision().decisiveRuleIds());
      sm.put("compliance", s.compliance().name());
      sm.put("breachReasons", s.breachReasons().stream().map(Enum::name).toList());
      List<Object> findings = new ArrayList<>();
      for (Finding f : s.findings()) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("reason", f.reason().name());
        fm.put("shortfall", DescriptionWriter.truth(f.shortfall()));
        if (!f.elements().isEmpty()) {
          fm.put("elements", f.elements().stream().map(Enum::name).toList());
        }
        LocalDate on = s.days().from();
        fm.put("citations", f.citations().stream().map(c -> citation(c, on)).toList());
        findings.add(fm);
      }
      sm.put("findings", findings);
      s.dpia().ifPresent(d -> sm.put("dpia", d.title()));
      s.daysLate().ifPresent(n -> sm.put("daysLate", n));
      segments.add(sm);
    }
    m.put("segments", segments);
    return m;
  }

  private static Map<String, Object> rulebookTree(String id, String version) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("version", version);
    return m;
  }

  private static Map<String, Object> range(DateRange r) {
    return DescriptionWriter.validity(r);
  }

  private static Optional<Map<String, Object>> question(Map<Locale, Map<String, String>> byLocale, String factId) {
    Map<String, Object> q = new LinkedHashMap<>();
    byLocale.forEach((locale, texts) -> {
      String text = texts.get(factId);
      if (text != null) {
        q.put(locale.getLanguage(), text);
      }
    });
    return q.isEmpty() ? Optional.empty() : Optional.of(q);
  }

  /** A text in English and in every other language it is written in. */
  static Map<String, Object> texts(Text text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("en", text.english());
    text.languages().stream().sorted().forEach(l -> m.put(l, text.in(l).orElseThrow()));
    return m;
  }

  private static Map<String, Object> citation(Citation c, LocalDate date) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> label = new LinkedHashMap<>();
    for (Locale locale : LANGUAGES) {
      label.put(locale.getLanguage(), c.label(locale));
    }
    m.put("label", label);
    LegalSource s = c.source();
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("id", s.id());
    source.put("title", s.title());
    source.put("shortTitle", texts(s.shortTitles()));
    s.reference().ifPresent(r -> source.put("reference", r));
    s.url().ifPresent(u -> source.put("url", u));
    source.put("binding", s.binding());
    source.put("verification", s.verification().name());
    m.put("source", source);
    c.article().ifPresent(v -> m.put("article", v));
    c.paragraph().ifPresent(v -> m.put("paragraph", v));
    c.point().ifPresent(v -> m.put("point", v));
    c.item().ifPresent(v -> m.put("item", v));
    c.part().ifPresent(v -> m.put("part", texts(v)));
    c.link().ifPresent(v -> m.put("url", v));
    c.wording().ifPresent(w -> {
      Map<String, Object> wording = new LinkedHashMap<>();
      wording.put("language", s.language());
      wording.put("text", w);
      m.put("wording", wording);
    });
    m.put("inForce", c.inForceOn(date));
    return m;
  }
}
