package org.dpia.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.dpia.core.decision.Interview;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.text.Text;

/**
 * The description a questionnaire completed, as a plain-text listing in the session's language, so
 * that it can be saved and read again: each part of the description with what the answers say of
 * it, then the answers given about single facts.
 */
final class Description {
  private Description() {}

  /** The listing, one line per part; {@code factTexts} gives the words of each fact answered. */
  static String of(Interview interview, Locale locale, Map<String, String> factTexts) {
    ResourceBundle m = ResourceBundle.getBundle("org.dpia.examples.questionnaire", "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT);
    String sep = "fr".equals(locale.getLanguage()) ? " : " : ": ";
    ProcessingOperation op = interview.operation();
    List<String> lines = new ArrayList<>();
    lines.add(m.getString("d.date") + sep + interview.date());
    lines.add(m.getString("d.controller") + sep + op.controller().kind().map(k -> k.text().in(locale)).orElse(m.getString("d.unknown")));
    lines.add(m.getString("d.purposes") + sep + set(op.purposes(), p -> p.text(), locale, m));
    lines.add(m.getString("d.data") + sep + set(op.dataCategories(), d -> d.text(), locale, m));
    lines.add(m.getString("d.subjects") + sep + set(op.dataSubjects(), d -> d.text(), locale, m));
    lines.add(m.getString("d.technologies") + sep + set(op.technologies(), t -> t.text(), locale, m));
    lines.add(m.getString("d.places") + sep + set(op.places(), p -> p.text(), locale, m));
    lines.add(m.getString("d.extent") + sep + op.scale().geographicExtent().map(e -> m.getString("extent." + e.name())).orElse(m.getString("d.unknown")));
    lines.add(m.getString("d.duration") + sep + op.scale().permanence().map(p -> m.getString("duration." + p.name())).orElse(m.getString("d.unknown")));
    if (!op.legalFrameworks().isUnknown()) {
      lines.add(m.getString("d.frameworks") + sep + set(op.legalFrameworks(), f -> f.text(), locale, m));
    }
    for (Map.Entry<String, Truth> a : interview.answers().entrySet()) {
      String what = factTexts.getOrDefault(a.getKey(), a.getKey());
      lines.add(what + sep + m.getString(a.getValue() == Truth.TRUE ? "yes" : "no"));
    }
    StringBuilder s = new StringBuilder();
    lines.forEach(l -> s.append("  ").append(l).append(System.lineSeparator()));
    return s.toString();
  }

  private static <T> String set(FactSet<T> set, Function<T, Text> text, Locale locale, ResourceBundle m) {
    if (set.isUnknown()) {
      return m.getString("d.unknown");
    }
    if (set.isNone()) {
      return m.getString("d.none");
    }
    List<String> items = new ArrayList<>();
    set.known().forEach(t -> items.add(text.apply(t).in(locale)));
    String listed = String.join(" ; ", items);
    if (!set.isComplete()) {
      listed = (items.isEmpty() ? "" : listed + " ; ") + m.getString("d.maybeMore");
    }
    if (!set.excluded().isEmpty()) {
      List<String> not = new ArrayList<>();
      set.excluded().forEach(t -> not.add(text.apply(t).in(locale)));
      listed += " (" + m.getString("d.not") + " " + String.join(" ; ", not) + ")";
    }
    return listed;
  }
}
