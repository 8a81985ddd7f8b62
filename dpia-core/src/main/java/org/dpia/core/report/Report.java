package org.dpia.core.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.dpia.core.audit.Finding;
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
import org.dpia.core.model.DpiaRecord;
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
 * the one place where decisions and audits are put into sentences.
 *
 * <p>A report cannot be made to lie by what it quotes: every string it does not write itself — the
 * names of the processing, of its versions and DPIAs, and the rulebook's texts — is written as
 * literal text of the format, on one line, so that a name cannot forge a heading, an outcome line, a
 * link or HTML. Citations are written in the report's language ({@link Citation#label(Locale)}),
 * and facts by their description, never by their id.
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
    heading(s, 1, m("title") + " — " + esc(d.operationName()));
    String qualifier = d.outcome() == Outcome.NOT_REQUIRED
        && d.decisiveGrounds().stream().anyMatch(g -> g.kind() == GroundKind.BELOW_THRESHOLD)
        ? " — " + m("outcome.belowThreshold") : "";
    line(s, bold(m("outcome")) + sep() + bold(m("outcome." + d.outcome())) + qualifier);
    line(s, m("date") + sep() + d.date() + " · " + m("rulebook") + sep() + esc(d.rulebookId() + " " + d.rulebookVersion()));
    if (d.runsOnDate() == Truth.FALSE) {
      DateRange period = d.operation().period().range().orElseThrow();
      String days = period.lastDay().isPresent() ? range(period) : msg("since", period.from());
      line(s, esc(msg("notRunning", d.date(), days)));
    }
    decisionBody(s, d, 2);
    return s.toString();
  }

  /** The audit as a report: the summary, then each segment of the timeline. */
  public String render(Audit a) {
    StringBuilder s = new StringBuilder();
    heading(s, 1, m("audit") + " — " + esc(a.operationName()));
    line(s, esc(msg("range", a.period().from(), a.period().to())) + " · " + m("rulebook") + sep()
        + esc(a.rulebookId() + " " + a.rulebookVersion()));
    heading(s, 2, m("audit.summary"));
    line(s, esc(summary(a)));
    heading(s, 2, m("audit.timeline"));
    for (Segment seg : a.segments()) {
      StringBuilder item = new StringBuilder(esc(range(seg.days()))).append(' ').append(bracketed(esc(seg.version())))
          .append(" — ").append(m("outcome." + seg.outcome())).append(" — ").append(m("compliance." + seg.compliance()));
      if (!seg.breachReasons().isEmpty()) {
        item.append(" (").append(esc(reasons(seg))).append(')');
      }
      seg.dpia().ifPresent(p -> item.append(" — ").append(m("dpia")).append(sep()).append(esc(p.title())).append(", ").append(esc(completed(p))));
      bullet(s, 0, item.toString());
      for (Ground g : seg.decision().decisiveGrounds()) {
        bullet(s, 1, t(g.title()) + " — " + citations(g.citations()));
      }
      for (Finding f : seg.findings()) {
        String point = f.established() ? msg("reason." + f.reason()) : msg("undetermined") + sep() + msg("open." + f.reason());
        if (!f.elements().isEmpty()) {
          point += (f.established() ? sep() : " ")
              + String.join(isFrench() ? " ; " : "; ", f.elements().stream().map(e -> msg("element." + e)).toList());
        }
        bullet(s, 1, esc(point) + (f.citations().isEmpty() ? "" : " — " + citations(f.citations())));
      }
    }
    return s.toString();
  }

  /**
   * The audit's summary in the report's language: when a DPIA was required, not required or
   * undetermined; then when the duty was breached (with the reasons), met, or not known to be met.
   * "Met throughout" is said only when the duty was met on every day it was required, and unknown
   * is never read as "not required". A plain sentence, as written: {@link #render(Audit)} escapes it
   * for the format.
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
        b.append(comma).append(range(breach.days())).append(" (").append(reasons(breach)).append(')');
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

  /** The reasons of a breach, with how many days late a late DPIA was: a plain string. */
  private String reasons(Segment breach) {
    List<String> reasons = new ArrayList<>();
    for (Compliance.BreachReason r : breach.breachReasons()) {
      reasons.add(r == Compliance.BreachReason.LATE
          ? msg("reason.LATE.days", breach.daysLate().orElseThrow(), breach.days().from().toString())
          : msg("reason." + r));
    }
    return String.join(semi(), reasons);
  }

  /** When a DPIA was completed, with how its date is read when only its month or year is known: a plain string. */
  private String completed(DpiaRecord dpia) {
    LocalDate day = dpia.completedOn();
    return switch (dpia.completionPrecision()) {
      case DAY -> day.toString();
      case MONTH -> msg("precision.MONTH", YearMonth.from(day).toString(), dpia.countedFrom().toString());
      case YEAR -> msg("precision.YEAR", String.valueOf(day.getYear()), dpia.countedFrom().toString());
    };
  }

  private static List<DateRange> periods(Audit a, Predicate<Segment> which) {
    return DateRange.merge(a.segments().stream().filter(which).map(Segment::days).toList());
  }

  /**
   * The text in the report's language, as written: for a caller that places it itself (the report
   * escapes it for its format when it writes it).
   */
  public String text(Text text) {
    return text.in(locale);
  }

  /**
   * The citations as the report writes them, separated by semicolons (a citation may hold a comma:
   * "GDPR, recital 91"): in the report's language
   * ({@link Citation#label(Locale)}), each linked to its provision or source in Markdown, with how
   * firmly it was established when it was not checked in the official text ("[reading]",
   * "[lecture]"). Written for the report's format: literal text in Markdown.
   */
  public String citations(List<Citation> citations) {
    StringBuilder s = new StringBuilder();
    for (Citation c : citations) {
      if (s.length() > 0) {
        s.append(semi());
      }
      String label = esc(c.label(locale));
      Optional<String> link = c.link();
      if (format == Format.MARKDOWN && link.isPresent()) {
        s.append('[').append(label).append("](").append(Escape.markdownDestination(link.get())).append(')');
      } else {
        s.append(label);
      }
      if (c.status() != Verification.CHECKED) {
        // how firmly the provision was established, when it was not checked in the official text
        s.append(' ').append(bracketed(t(c.status().label())));
      }
    }
    return s.toString();
  }

  /** The outcome in the report's language. */
  public String outcome(Outcome outcome) {
    return msg("outcome." + outcome);
  }

  private void decisionBody(StringBuilder s, Decision d, int level) {
    heading(s, level, m("regimes"));
    for (Map.Entry<Regime, Truth> r : d.regimes().entrySet()) {
      if (r.getValue() != Truth.FALSE) {
        List<Citation> inForce = r.getKey().citations().stream().filter(c -> c.inForceOn(d.date())).toList();
        bullet(s, 0, t(r.getKey().text()) + " — " + m("regime." + r.getValue()) + " (" + citations(inForce) + ")");
      }
    }
    heading(s, level, m("grounds"));
    if (d.grounds().isEmpty()) {
      line(s, m("grounds.none"));
    }
    for (Ground g : d.grounds()) {
      String possible = g.truth() == Truth.TRUE ? "" : " (" + m("ground.possible") + ")";
      bullet(s, 0, bold(t(g.title())) + possible + " — " + citations(g.citations()));
      for (Citation c : g.citations()) {
        c.wording().ifPresent(w -> bullet(s, 1, "« " + esc(w) + " »"));
      }
      g.remark().ifPresent(r -> bullet(s, 1, t(r)));
    }
    if (!d.criteria().isEmpty()) {
      heading(s, level, m("criteria"));
      for (CriterionFinding f : d.criteria()) {
        String mark = f.met() == Truth.TRUE ? "[x]" : f.met() == Truth.FALSE ? "[ ]" : "[?]";
        String state = f.met() == Truth.TRUE ? m("criterion.met") : f.met() == Truth.FALSE ? m("criterion.notMet") : m("criterion.unknown");
        bullet(s, 0, mark + " " + f.criterion().number() + ". " + esc(capitalised(text(f.criterion().text()))) + " — " + state
            + (f.isAsserted() ? " (" + m("criterion.asserted") + ")" : ""));
      }
    }
    if (!d.missingFacts().isEmpty()) {
      heading(s, level, m("missing"));
      for (MissingFact f : d.missingFacts()) {
        bullet(s, 0, t(f.description()) + " — " + m("missing.ifTrue") + sep() + m("outcome." + f.ifTrue())
            + semi() + m("missing.ifFalse") + sep() + m("outcome." + f.ifFalse()));
      }
    }
    if (!d.presumptions().isEmpty()) {
      heading(s, level, m("presumptions"));
      for (Presumption p : d.presumptions()) {
        String along = p.alongWith().isEmpty() ? ""
            : " (" + m("presumption.alongWith") + " " + String.join(", ", p.alongWith().stream().map(id -> factText(d, id)).toList()) + ")";
        bullet(s, 0, t(p.description()) + " — " + m("presumption.read." + p.presumed()) + semi()
            + m("presumption.if." + p.presumed()) + along + sep() + m("outcome." + p.ifEstablished()));
      }
    }
    if (!d.advice().isEmpty()) {
      heading(s, level, m("advice"));
      for (Advice a : d.advice()) {
        bullet(s, 0, t(a.texts()) + " — " + citations(a.citations()));
      }
    }
    if (!d.answers().isEmpty()) {
      heading(s, level, m("answers"));
      d.answers().forEach((id, truth) -> bullet(s, 0, factText(d, id) + sep() + m("answer." + truth)));
    }
    if (!d.conflicts().isEmpty()) {
      heading(s, level, m("conflicts"));
      d.conflicts().forEach(c -> bullet(s, 0, t(c)));
    }
  }

  /**
   * The description of a fact the decision names by id, in the report's language: as the rulebook
   * describes the facts answered, as a presumption or the trace describes it; never the id, which
   * means nothing to a reader.
   */
  private String factText(Decision d, String factId) {
    Text answered = d.explanation().answeredFacts().get(factId);
    if (answered != null) {
      return t(answered);
    }
    for (Presumption p : d.presumptions()) {
      if (p.factId().equals(factId)) {
        return t(p.description());
      }
    }
    for (Trace node : d.trace().nodes()) {
      if (node.id().equals(factId) && (node.kind() == Trace.Kind.FACT || node.kind() == Trace.Kind.PRESUMED)) {
        return t(node.text());
      }
    }
    return m("fact.undescribed");
  }

  /** A rulebook's or a caller's text as literal text of the report's format, in its language. */
  private String t(Text text) {
    return esc(text.in(locale));
  }

  /** A string as literal text of the report's format, on one line. */
  private String esc(String text) {
    return format == Format.MARKDOWN ? Escape.markdown(text) : Escape.text(text);
  }

  /** A label of the bundle as literal text of the report's format. */
  private String m(String key) {
    return esc(msg(key));
  }

  /** Literal text between square brackets, which Markdown must not read as a link. */
  private String bracketed(String escaped) {
    return format == Format.MARKDOWN ? "\\[" + escaped + "\\]" : "[" + escaped + "]";
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

  // the helpers below write structure around text already written for the format (esc, t, m)

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
