package org.dpia.core.report;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import org.dpia.core.audit.Audit;
import org.dpia.core.audit.Compliance;
import org.dpia.core.audit.Segment;
import org.dpia.core.criteria.CriterionFinding;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.GroundKind;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Presumption;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Regime;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.law.Citation;
import org.dpia.core.law.Verification;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;

/**
 * Turns a {@link Decision} or an {@link Audit} into a report a DPO can file: outcome first, then
 * the regime, the grounds with their citations and links, the criteria met and not met, the missing
 * facts, the advice, and for an audit its summary and timeline. English or French (the labels come
 * from resource bundles, the titles of rules and facts from their own {@link Text texts}); French
 * legal wording is always quoted in French. Plain text for a terminal, Markdown for a file. This is
 * the one place where decisions and audits are put into sentences. Citations are written in the
 * report's language ({@link Citation#label(Locale)}), and facts by their description, never by
 * their id.
 *
 * <pre>{@code
 * String md = Report.of(Locale.FRENCH, Report.Format.MARKDOWN).render(decision);
 * }</pre>
 *
 * Instances are immutable and thread-safe.
 */
public final class Report {

  /** The output format. */
  public enum Format {
    /** Plain text for a terminal. */
    TEXT,
    /** Markdown for a file or a web page. */
    MARKDOWN
  }

  private final Locale locale;
  private final Format format;
  private final ResourceBundle messages;

  private Report(Locale locale, Format format) {
    Objects.requireNonNull(locale, "locale");
    this.format = Objects.requireNonNull(format, "format");
    this.locale = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    // French, or the base bundle (English); asking for ROOT never falls back to the default locale,
    // and needs no ResourceBundle.Control, which named modules do not support
    this.messages = ResourceBundle.getBundle("org.dpia.core.report.messages", isFrench() ? Locale.FRENCH : Locale.ROOT);
  }

  /**
   * A report writer in the language of the locale (French for {@code fr}, English otherwise) and
   * the format.
   */
  public static Report of(Locale locale, Format format) {
    return new Report(locale, format);
  }

  /**
   * A report writer for a rulebook's decisions, in the language of the locale and the format: the
   * same as {@link #of(Locale, Format)}, the decisions carrying their own texts.
   */
  public static Report of(Rulebook rulebook, Locale locale, Format format) {
    Objects.requireNonNull(rulebook, "rulebook");
    return new Report(locale, format);
  }

  /** The decision as a report. */
  public String render(Decision d) {
    StringBuilder s = new StringBuilder();
    heading(s, 1, msg("title") + " — " + d.operationName());
    String qualifier = d.outcome() == Outcome.NOT_REQUIRED
        && d.decisiveGrounds().stream().anyMatch(g -> g.kind() == GroundKind.BELOW_THRESHOLD)
        ? " — " + msg("outcome.belowThreshold") : "";
    line(s, bold(msg("outcome")) + sep() + bold(msg("outcome." + d.outcome())) + qualifier);
    line(s, msg("date") + sep() + d.date() + " · " + msg("rulebook") + sep() + d.rulebookId() + " " + d.rulebookVersion());
    decisionBody(s, d, 2);
    return s.toString();
  }

  /** The audit as a report: the summary, then each segment of the timeline. */
  public String render(Audit a) {
    StringBuilder s = new StringBuilder();
    heading(s, 1, msg("audit") + " — " + a.operationName());
    line(s, msg("range", a.period().from(), a.period().to()) + " · " + msg("rulebook") + sep() + a.rulebookId() + " " + a.rulebookVersion());
    heading(s, 2, msg("audit.summary"));
    line(s, summary(a));
    heading(s, 2, msg("audit.timeline"));
    for (Segment seg : a.segments()) {
      StringBuilder item = new StringBuilder(range(seg.days())).append(" [").append(seg.version()).append("] — ")
          .append(msg("outcome." + seg.outcome())).append(" — ").append(msg("compliance." + seg.compliance()));
      seg.breachReason().ifPresent(r -> item.append(" (").append(msg("reason." + r)).append(')'));
      seg.dpia().ifPresent(p -> item.append(" — ").append(msg("dpia")).append(sep()).append(p.title()).append(", ").append(p.completedOn()));
      bullet(s, 0, item.toString());
      for (Ground g : seg.decision().decisiveGrounds()) {
        bullet(s, 1, ruleTitle(g) + " — " + citations(g.citations()));
      }
    }
    return s.toString();
  }

  /**
   * The audit's summary in the report's language: when a DPIA was required, not required or
   * undetermined; then when the duty was breached (with the reasons), met, or not known to be met.
   * "Met throughout" is said only when the duty was met on every day it was required, and unknown
   * is never read as "not required".
   */
  public String summary(Audit a) {
    List<String> parts = new ArrayList<>();
    List<DateRange> required = a.requiredPeriods();
    List<DateRange> notRequired = periods(a, s -> s.outcome() == Outcome.NOT_REQUIRED);
    List<DateRange> dutyUndetermined = periods(a, s -> s.outcome() == Outcome.UNDETERMINED);
    if (!required.isEmpty()) {
      parts.add(msg("audit.requiredFrom") + ' ' + ranges(required));
    }
    if (!notRequired.isEmpty()) {
      parts.add(msg(required.isEmpty() && dutyUndetermined.isEmpty() ? "audit.neverRequired" : "audit.notRequired") + ' ' + ranges(notRequired));
    }
    if (!dutyUndetermined.isEmpty()) {
      parts.add(msg("audit.dutyUndetermined") + ' ' + ranges(dutyUndetermined));
    }
    List<Segment> breaches = a.breachesByReason();
    if (!breaches.isEmpty()) {
      StringBuilder b = new StringBuilder(msg("audit.breached"));
      String comma = " ";
      for (Segment breach : breaches) {
        b.append(comma).append(range(breach.days())).append(" (").append(msg("reason." + breach.breachReason().orElseThrow())).append(')');
        comma = ", ";
      }
      parts.add(b.toString());
    }
    List<DateRange> met = a.metPeriods();
    if (!met.isEmpty()) {
      parts.add(met.equals(required) ? msg("audit.metThroughout") : msg("audit.met") + ' ' + ranges(met));
    }
    List<DateRange> complianceUndetermined = periods(a, s -> s.outcome() == Outcome.REQUIRED && s.compliance() == Compliance.UNDETERMINED);
    if (!complianceUndetermined.isEmpty()) {
      parts.add(msg("audit.complianceUndetermined") + ' ' + ranges(complianceUndetermined));
    }
    String sentence = String.join(isFrench() ? " ; " : "; ", parts);
    return capitalised(sentence) + '.';
  }

  private static List<DateRange> periods(Audit a, Predicate<Segment> which) {
    return DateRange.merge(a.segments().stream().filter(which).map(Segment::days).toList());
  }

  /** The text in the report's language. */
  public String text(Text text) {
    return text.in(locale);
  }

  /**
   * The citations as the report writes them, separated by semicolons (a citation may hold a comma:
   * "GDPR, recital 91"): in the report's language ({@link Citation#label(Locale)}), each linked to
   * its provision or source in Markdown, with how firmly it was established when it was not checked
   * in the official text ("[reading]", "[lecture]").
   */
  public String citations(List<Citation> citations) {
    StringBuilder s = new StringBuilder();
    for (Citation c : citations) {
      if (s.length() > 0) {
        s.append(semi());
      }
      String label = c.label(locale);
      Optional<String> link = c.link();
      if (format == Format.MARKDOWN && link.isPresent()) {
        s.append('[').append(label).append("](").append(link.get()).append(')');
      } else {
        s.append(label);
      }
      if (c.status() != Verification.CHECKED) {
        // how firmly the provision was established, when it was not checked in the official text
        s.append(" [").append(text(c.status().label())).append(']');
      }
    }
    return s.toString();
  }

  /** The outcome in the report's language. */
  public String outcome(Outcome outcome) {
    return msg("outcome." + outcome);
  }

  private void decisionBody(StringBuilder s, Decision d, int level) {
    heading(s, level, msg("regimes"));
    for (Map.Entry<Regime, Truth> r : d.regimes().entrySet()) {
      if (r.getValue() != Truth.FALSE) {
        List<Citation> inForce = r.getKey().citations().stream().filter(c -> c.inForceOn(d.date())).toList();
        bullet(s, 0, text(r.getKey().text()) + " — " + msg("regime." + r.getValue()) + " (" + citations(inForce) + ")");
      }
    }
    heading(s, level, msg("grounds"));
    if (d.grounds().isEmpty()) {
      line(s, msg("grounds.none"));
    }
    for (Ground g : d.grounds()) {
      String possible = g.truth() == Truth.TRUE ? "" : " (" + msg("ground.possible") + ")";
      bullet(s, 0, bold(ruleTitle(g)) + possible + " — " + citations(g.citations()));
      for (Citation c : g.citations()) {
        c.wording().ifPresent(w -> bullet(s, 1, "« " + w + " »"));
      }
      g.remark().ifPresent(r -> bullet(s, 1, text(r)));
    }
    if (!d.criteria().isEmpty()) {
      heading(s, level, msg("criteria"));
      for (CriterionFinding f : d.criteria()) {
        String mark = f.met() == Truth.TRUE ? "[x]" : f.met() == Truth.FALSE ? "[ ]" : "[?]";
        String state = f.met() == Truth.TRUE ? msg("criterion.met") : f.met() == Truth.FALSE ? msg("criterion.notMet") : msg("criterion.unknown");
        bullet(s, 0, mark + " " + f.criterion().number() + ". " + capitalised(text(f.criterion().text())) + " — " + state
            + (f.isAsserted() ? " (" + msg("criterion.asserted") + ")" : ""));
      }
    }
    if (!d.missingFacts().isEmpty()) {
      heading(s, level, msg("missing"));
      for (MissingFact m : d.missingFacts()) {
        bullet(s, 0, text(m.description()) + " — " + msg("missing.ifTrue") + sep() + msg("outcome." + m.ifTrue())
            + semi() + msg("missing.ifFalse") + sep() + msg("outcome." + m.ifFalse()));
      }
    }
    if (!d.presumptions().isEmpty()) {
      heading(s, level, msg("presumptions"));
      for (Presumption p : d.presumptions()) {
        String along = p.alongWith().isEmpty() ? ""
            : " (" + msg("presumption.alongWith") + " " + String.join(", ", p.alongWith().stream().map(id -> factText(d, id)).toList()) + ")";
        bullet(s, 0, text(p.description()) + " — " + msg("presumption.read." + p.presumed()) + semi()
            + msg("presumption.if." + p.presumed()) + along + sep() + msg("outcome." + p.ifEstablished()));
      }
    }
    if (!d.advice().isEmpty()) {
      heading(s, level, msg("advice"));
      for (Advice a : d.advice()) {
        bullet(s, 0, text(a.texts()) + " — " + citations(a.citations()));
      }
    }
    if (!d.answers().isEmpty()) {
      heading(s, level, msg("answers"));
      d.answers().forEach((id, truth) -> bullet(s, 0, factText(d, id) + sep() + msg("answer." + truth)));
    }
    if (!d.conflicts().isEmpty()) {
      heading(s, level, msg("conflicts"));
      d.conflicts().forEach(c -> bullet(s, 0, text(c)));
    }
  }

  private String ruleTitle(Ground g) {
    return text(g.title());
  }

  /**
   * The description of a fact the decision names by id, in the report's language: as the rulebook
   * describes the facts answered, as a presumption or the trace describes it; never the id, which
   * means nothing to a reader.
   */
  private String factText(Decision d, String factId) {
    Text answered = d.explanation().answeredFacts().get(factId);
    if (answered != null) {
      return text(answered);
    }
    for (Presumption p : d.presumptions()) {
      if (p.factId().equals(factId)) {
        return text(p.description());
      }
    }
    for (Trace node : d.trace().nodes()) {
      if (node.id().equals(factId) && (node.kind() == Trace.Kind.FACT || node.kind() == Trace.Kind.PRESUMED)) {
        return text(node.text());
      }
    }
    return msg("fact.undescribed");
  }

  private String ranges(List<DateRange> ranges) {
    StringBuilder s = new StringBuilder();
    for (DateRange r : ranges) {
      s.append(s.length() == 0 ? "" : ", ").append(range(r));
    }
    return s.toString();
  }

  private String range(DateRange r) {
    return msg("range", r.from(), r.to());
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private boolean isFrench() {
    return "fr".equals(locale.getLanguage());
  }

  private String sep() {
    return isFrench() ? " : " : ": ";
  }

  /** "; " in English, " ; " in French typography. */
  private String semi() {
    return isFrench() ? " ; " : "; ";
  }

  private String msg(String key, Object... args) {
    String pattern = messages.getString(key);
    return args.length == 0 ? pattern : MessageFormat.format(pattern.replace("'", "''"), args);
  }

  private String bold(String text) {
    return format == Format.MARKDOWN ? "**" + text + "**" : text;
  }

  private void heading(StringBuilder s, int level, String text) {
    if (format == Format.MARKDOWN) {
      s.append(s.length() == 0 ? "" : "\n").append("#".repeat(level)).append(' ').append(text).append("\n\n");
    } else if (level == 1) {
      s.append(text).append('\n').append("=".repeat(Math.min(text.length(), 78))).append('\n');
    } else {
      s.append('\n').append(text).append('\n').append("-".repeat(Math.min(text.length(), 78))).append('\n');
    }
  }

  private void line(StringBuilder s, String text) {
    s.append(text).append(format == Format.MARKDOWN ? "  \n" : "\n");
  }

  private void bullet(StringBuilder s, int depth, String text) {
    s.append("  ".repeat(depth)).append(format == Format.MARKDOWN ? "- " : depth == 0 ? "* " : "- ").append(text).append('\n');
  }
}
