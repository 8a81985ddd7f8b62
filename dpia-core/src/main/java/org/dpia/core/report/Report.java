package org.dpia.core.report;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.dpia.core.criteria.CriterionFinding;
import org.dpia.core.decision.Advice;
import org.dpia.core.decision.Audit;
import org.dpia.core.decision.DateRange;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.MissingFact;
import org.dpia.core.decision.Regime;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.decision.Segment;
import org.dpia.core.law.Citation;
import org.dpia.core.logic.Truth;

/**
 * Turns a {@link Decision} or an {@link Audit} into a report a DPO can file: outcome first, then
 * the regime, the grounds with their citations and links, the criteria met and not met, the missing
 * facts, the advice, and for an audit its summary and timeline. English or French (the labels come
 * from resource bundles, the rule titles from the rulebook's {@link Rulebook#texts(Locale) texts});
 * French legal wording is always quoted in French. Plain text for a terminal, Markdown for a file.
 *
 * <pre>{@code
 * String md = Report.of(FrenchRulebook.create(), Locale.FRENCH, Report.Format.MARKDOWN).render(decision);
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
  private final Optional<ResourceBundle> texts;

  private Report(Rulebook rulebook, Locale locale, Format format) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.format = Objects.requireNonNull(format, "format");
    // French, or the base bundle (English); asking for ROOT never falls back to the default locale,
    // and needs no ResourceBundle.Control, which named modules do not support
    this.messages = ResourceBundle.getBundle("org.dpia.core.report.messages", isFrench() ? Locale.FRENCH : Locale.ROOT);
    this.texts = Objects.requireNonNull(rulebook, "rulebook").texts(locale);
  }

  /**
   * A report writer for the rulebook's decisions, in the language of the locale (French for
   * {@code fr}, English otherwise) and the format.
   */
  public static Report of(Rulebook rulebook, Locale locale, Format format) {
    return new Report(rulebook, locale, format);
  }

  /** The decision as a report. */
  public String render(Decision d) {
    StringBuilder s = new StringBuilder();
    heading(s, 1, msg("title") + " — " + d.operationName());
    line(s, bold(msg("outcome")) + sep() + bold(msg("outcome." + d.outcome())));
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

  /** The audit's summary in the report's language. */
  public String summary(Audit a) {
    StringBuilder s = new StringBuilder();
    List<DateRange> required = a.requiredPeriods();
    if (required.isEmpty()) {
      s.append(msg("audit.neverRequired")).append(' ').append(range(a.period()));
    } else {
      s.append(msg("audit.requiredFrom")).append(' ').append(ranges(required));
    }
    List<Segment> breaches = a.breachesByReason();
    if (breaches.isEmpty()) {
      if (!required.isEmpty()) {
        s.append("; ").append(msg("audit.metThroughout"));
      }
    } else {
      s.append("; ").append(msg("audit.breached"));
      String comma = " ";
      for (Segment b : breaches) {
        s.append(comma).append(range(b.days())).append(" (").append(msg("reason." + b.breachReason().get())).append(')');
        comma = ", ";
      }
    }
    List<DateRange> undetermined = a.segments().stream()
        .filter(x -> x.compliance() == org.dpia.core.decision.Compliance.UNDETERMINED).map(Segment::days)
        .collect(java.util.stream.Collectors.toList());
    if (!undetermined.isEmpty()) {
      s.append("; ").append(msg("audit.undetermined")).append(' ').append(ranges(undetermined));
    }
    return s.append('.').toString();
  }

  /** The fact's description in the report's language. */
  public String fact(String factId, String fallback) {
    return text("fact." + factId, fallback);
  }

  /** The outcome in the report's language. */
  public String outcome(org.dpia.core.decision.Outcome outcome) {
    return msg("outcome." + outcome);
  }

  private void decisionBody(StringBuilder s, Decision d, int level) {
    heading(s, level, msg("regimes"));
    for (Map.Entry<Regime, Truth> r : d.regimes().entrySet()) {
      if (r.getValue() != Truth.FALSE) {
        bullet(s, 0, text("regime." + r.getKey().id(), r.getKey().name()) + " — " + msg("regime." + r.getValue())
            + " (" + citations(r.getKey().citations()) + ")");
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
      g.remark().ifPresent(r -> bullet(s, 1, text("remark." + g.ruleId(), r)));
    }
    if (!d.criteria().isEmpty()) {
      heading(s, level, msg("criteria"));
      for (CriterionFinding f : d.criteria()) {
        String mark = f.met() == Truth.TRUE ? "[x]" : f.met() == Truth.FALSE ? "[ ]" : "[?]";
        String state = f.met() == Truth.TRUE ? msg("criterion.met") : f.met() == Truth.FALSE ? msg("criterion.notMet") : msg("criterion.unknown");
        bullet(s, 0, mark + " " + f.criterion().number() + ". " + msg("criterion." + f.criterion().number()) + " — " + state
            + (f.isAsserted() ? " (" + msg("criterion.asserted") + ")" : ""));
      }
    }
    if (!d.missingFacts().isEmpty()) {
      heading(s, level, msg("missing"));
      for (MissingFact m : d.missingFacts()) {
        bullet(s, 0, text("fact." + m.factId(), m.description()) + " — " + msg("missing.ifTrue") + sep() + msg("outcome." + m.ifTrue())
            + "; " + msg("missing.ifFalse") + sep() + msg("outcome." + m.ifFalse()));
      }
    }
    if (!d.advice().isEmpty()) {
      heading(s, level, msg("advice"));
      for (Advice a : d.advice()) {
        bullet(s, 0, text("advice." + a.id(), a.text()) + " — " + citations(a.citations()));
      }
    }
    if (!d.answers().isEmpty()) {
      heading(s, level, msg("answers"));
      d.answers().forEach((id, truth) -> bullet(s, 0, fact(id, id) + sep() + msg("answer." + truth)));
    }
    if (!d.conflicts().isEmpty()) {
      heading(s, level, msg("conflicts"));
      d.conflicts().forEach(c -> bullet(s, 0, c));
    }
  }

  private String ruleTitle(Ground g) {
    return text("rule." + g.ruleId(), g.title());
  }

  private String citations(List<Citation> citations) {
    StringBuilder s = new StringBuilder();
    for (Citation c : citations) {
      if (s.length() > 0) {
        s.append(", ");
      }
      Optional<String> link = c.link();
      if (format == Format.MARKDOWN && link.isPresent()) {
        s.append('[').append(citation(c)).append("](").append(link.get()).append(')');
      } else {
        s.append(citation(c));
      }
    }
    return s.toString();
  }

  /** A citation as {@link Citation#toString()} writes it, with a numbered list item in the report's language. */
  private String citation(Citation c) {
    String text = c.toString();
    if (c.item().isPresent() && Character.isDigit(c.item().get().charAt(0))) {
      return text.replace(", item " + c.item().get(), ", " + msg("citation.item") + " " + c.item().get());
    }
    return text;
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

  private boolean isFrench() {
    return "fr".equals(locale.getLanguage());
  }

  private String sep() {
    return isFrench() ? " : " : ": ";
  }

  private String msg(String key, Object... args) {
    String pattern = messages.getString(key);
    return args.length == 0 ? pattern : MessageFormat.format(pattern.replace("'", "''"), args);
  }

  private String text(String key, String fallback) {
    if (texts.isEmpty()) {
      return fallback;
    }
    try {
      return texts.get().getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
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
