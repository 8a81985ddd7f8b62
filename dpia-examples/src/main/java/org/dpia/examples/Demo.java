package org.dpia.examples;

import java.io.PrintStream;
import java.util.Locale;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.report.Report;
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.Gallery;
import org.dpia.rules.fr.FrenchRulebook;

/**
 * The demo: prints the report of a gallery case, the Lille BriefCam case by default.
 *
 * <pre>
 * usage: demo [CASE] [--lang en|fr] [--format text|markdown] [--list]
 * </pre>
 */
public final class Demo {
  private Demo() {}

  static final String USAGE = "usage: demo [CASE] [--lang en|fr] [--format text|markdown] [--list]";

  /** Runs the demo; exits with 0, or 2 on a bad argument. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the demo, printing to the streams; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String caseId = "lille-briefcam";
    Locale locale = Locale.ENGLISH;
    Report.Format format = Report.Format.TEXT;
    boolean list = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--list" -> list = true;
        case "--lang" -> {
          if (i + 1 >= args.length || !(args[i + 1].equals("en") || args[i + 1].equals("fr"))) {
            return fail(err, "--lang takes en or fr");
          }
          locale = Locale.forLanguageTag(args[++i]);
        }
        case "--format" -> {
          if (i + 1 >= args.length || !(args[i + 1].equals("text") || args[i + 1].equals("markdown"))) {
            return fail(err, "--format takes text or markdown");
          }
          format = args[++i].equals("text") ? Report.Format.TEXT : Report.Format.MARKDOWN;
        }
        case "--help", "-h" -> {
          out.println(USAGE);
          return 0;
        }
        default -> {
          if (a.startsWith("-")) {
            return fail(err, "unknown option " + a);
          }
          caseId = a;
        }
      }
    }
    if (list) {
      for (Case c : Gallery.all()) {
        out.println(c.id() + "\t" + c.title());
      }
      return 0;
    }
    Case c = Gallery.find(caseId).orElse(null);
    if (c == null) {
      err.println("no case named '" + caseId + "'; the cases are listed by --list");
      return 2;
    }
    Rulebook france = FrenchRulebook.create();
    Report report = Report.of(locale, format);
    out.println(report.render(france.decide(c.operation(), c.date())));
    if (c.history().isPresent()) {
      out.println(report.render(france.audit(c.history().get(), c.auditUntil().get())));
    }
    return 0;
  }

  private static int fail(PrintStream err, String message) {
    err.println(message);
    err.println(USAGE);
    return 2;
  }
}
