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
        case "--list":
          list = true;
          break;
        case "--lang":
          if (i + 1 >= args.length || !(args[i + 1].equals("en") || args[i + 1].equals("fr"))) {
            err.println("--lang takes en or fr");
            err.println(USAGE);
            return 2;
          }
          locale = Locale.forLanguageTag(args[++i]);
          break;
        case "--format":
          if (i + 1 >= args.length || !(args[i + 1].equals("text") || args[i + 1].equals("markdown"))) {
            err.println("--format takes text or markdown");
            err.println(USAGE);
            return 2;
          }
          format = args[++i].equals("text") ? Report.Format.TEXT : Report.Format.MARKDOWN;
          break;
        case "--help":
        case "-h":
          out.println(USAGE);
          return 0;
        default:
          if (a.startsWith("-")) {
            err.println("unknown option " + a);
            err.println(USAGE);
            return 2;
          }
          caseId = a;
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
    Report report = Report.of(france, locale, format);
    out.println(report.render(france.decide(c.operation(), c.date())));
    if (c.history().isPresent()) {
      out.println(report.render(france.audit(c.history().get(), c.auditUntil().get())));
    }
    return 0;
  }
}
