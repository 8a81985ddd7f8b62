package org.dpia.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.model.DatePrecision;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.DpoAdvice;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.LegalFramework;
import org.dpia.core.model.Place;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.ResidualRisk;
import org.dpia.core.model.Scale;
import org.dpia.core.model.Technology;
import org.dpia.core.model.Version;
import org.dpia.core.model.Vocabulary;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;

/**
 * Writes the model as plain maps, lists, texts, numbers and booleans, in the format's order of
 * properties; what is unknown is left out (and reads back unknown), except in a term of one's own,
 * whose every property is written.
 */
final class DescriptionWriter {
  private final Terms terms;

  DescriptionWriter(Terms terms) {
    this.terms = terms;
  }

  Map<String, Object> description(Description d) {
    if (d.history().isPresent()) {
      return history(d.history().get());
    }
    Map<String, Object> m = operation(d.operation().orElseThrow());
    if (!d.answers().isEmpty()) {
      Map<String, Object> answers = new LinkedHashMap<>();
      d.answers().forEach((k, v) -> answers.put(k, truth(v)));
      m.put("answers", answers);
    }
    return m;
  }

  Map<String, Object> operation(ProcessingOperation op) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", op.name());
    op.description().ifPresent(d -> m.put("description", d));
    m.put("controller", controller(op.controller()));
    if (!op.jointControllers().isEmpty()) {
      m.put("jointControllers", op.jointControllers().stream().map(this::controller).toList());
    }
    putSet(m, "purposes", op.purposes(), p -> term(Purpose.class, p));
    putSet(m, "dataCategories", op.dataCategories(), Enum::name);
    putSet(m, "dataSubjects", op.dataSubjects(), Enum::name);
    putSet(m, "technologies", op.technologies(), t -> term(Technology.class, t));
    putSet(m, "places", op.places(), p -> term(Place.class, p));
    putSet(m, "legalFrameworks", op.legalFrameworks(), f -> term(LegalFramework.class, f));
    Map<String, Object> scale = scale(op.scale());
    if (!scale.isEmpty()) {
      m.put("scale", scale);
    }
    if (op.period().start().isPresent()) {
      Map<String, Object> period = new LinkedHashMap<>();
      period.put("from", op.period().start().get().toString());
      op.period().end().ifPresent(e -> period.put("to", e.toString()));
      m.put("period", period);
    }
    for (Shape.TruthFact fact : Shape.TRUTH_FACTS) {
      Truth t = fact.get().apply(op);
      if (t != Truth.UNKNOWN) {
        m.put(fact.name(), truth(t));
      }
    }
    if (!op.assertedCriteria().isEmpty()) {
      Map<String, Object> criteria = new LinkedHashMap<>();
      op.assertedCriteria().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> criteria.put(e.getKey().name(), e.getValue()));
      m.put("assertedCriteria", criteria);
    }
    if (!op.dpias().isEmpty()) {
      m.put("dpias", op.dpias().stream().map(this::dpia).toList());
    }
    return m;
  }

  Map<String, Object> history(ProcessingHistory h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", h.name());
    List<Object> versions = new ArrayList<>();
    for (Version v : h.versions()) {
      Map<String, Object> version = new LinkedHashMap<>();
      version.put("label", v.label());
      version.put("from", v.from().toString());
      if (v.altersRisk() != Truth.UNKNOWN) {
        version.put("altersRisk", truth(v.altersRisk()));
      }
      version.put("facts", operation(v.facts()));
      versions.add(version);
    }
    m.put("versions", versions);
    h.end().ifPresent(e -> m.put("end", e.toString()));
    if (!h.dpias().isEmpty()) {
      m.put("dpias", h.dpias().stream().map(this::dpia).toList());
    }
    return m;
  }

  private Map<String, Object> controller(Controller c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    c.kind().ifPresent(k -> m.put("kind", term(ControllerKind.class, k)));
    c.staff().ifPresent(s -> m.put("staff", s));
    return m;
  }

  private static Map<String, Object> scale(Scale s) {
    Map<String, Object> m = new LinkedHashMap<>();
    s.dataSubjects().ifPresent(n -> m.put("dataSubjects", n));
    s.shareOfPopulation().ifPresent(n -> m.put("shareOfPopulation", n));
    s.volume().ifPresent(v -> m.put("volume", v.name()));
    s.permanence().ifPresent(v -> m.put("permanence", v.name()));
    s.geographicExtent().ifPresent(v -> m.put("geographicExtent", v.name()));
    return m;
  }

  private Map<String, Object> dpia(DpiaRecord d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", d.title());
    m.put("completedOn", d.completedOn().toString());
    if (d.completionPrecision() != DatePrecision.DAY) {
      m.put("completionPrecision", d.completionPrecision().name());
    }
    if (!d.versions().isEmpty()) {
      m.put("versions", List.copyOf(d.versions()));
    }
    if (!d.purposes().isEmpty()) {
      m.put("purposes", d.purposes().stream().map(p -> term(Purpose.class, p)).toList());
    }
    if (!d.technologies().isEmpty()) {
      m.put("technologies", d.technologies().stream().map(t -> term(Technology.class, t)).toList());
    }
    if (!d.dataCategories().isEmpty()) {
      m.put("dataCategories", d.dataCategories().stream().map(Enum::name).toList());
    }
    if (!d.contents().isEmpty()) {
      m.put("contains", d.contents().stream().map(Enum::name).toList());
    }
    if (!d.lacking().isEmpty()) {
      m.put("lacks", d.lacking().stream().map(Enum::name).toList());
    }
    if (d.dpoAdvice() != DpoAdvice.UNKNOWN) {
      m.put("dpoAdvice", d.dpoAdvice().name());
    }
    if (d.residualRisk() != ResidualRisk.UNKNOWN) {
      m.put("residualRisk", d.residualRisk().name());
    }
    if (d.authorityConsulted() != Truth.UNKNOWN) {
      m.put("authorityConsulted", truth(d.authorityConsulted()));
    }
    d.reviewDueOn().ifPresent(r -> m.put("reviewDueOn", r.toString()));
    if (!d.reviewedOn().isEmpty()) {
      m.put("reviewedOn", d.reviewedOn().stream().map(Object::toString).toList());
    }
    return m;
  }

  private static <T> void putSet(Map<String, Object> m, String name, FactSet<T> set, Function<T, Object> item) {
    if (set.isUnknown()) {
      return;
    }
    if (set.isNone()) {
      m.put(name, "none");
    } else if (set.isComplete()) {
      m.put(name, set.known().stream().map(item).toList());
    } else {
      Map<String, Object> partial = new LinkedHashMap<>();
      if (!set.known().isEmpty()) {
        partial.put("atLeast", set.known().stream().map(item).toList());
      }
      if (!set.excluded().isEmpty()) {
        partial.put("noneOf", set.excluded().stream().map(item).toList());
      }
      m.put(name, partial);
    }
  }

  /** A registered term by its id; any other in full, with every property it declares. */
  private Object term(Class<? extends Vocabulary> kind, Vocabulary term) {
    if (terms.registered(kind, term) || kind == ControllerKind.class || kind == Place.class) {
      return term.id();
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", term.id());
    m.put("text", text(term.text()));
    if (term instanceof Purpose p) {
      m.put("family", p.family().map(Enum::name).orElse("unknown"));
    } else if (term instanceof Technology t) {
      m.put("observesPeople", truth(t.observesPeople()));
      m.put("identifiesBiometrically", truth(t.identifiesBiometrically()));
      m.put("locatesPeople", truth(t.locatesPeople()));
      m.put("innovative", truth(t.innovative()));
    } else if (term instanceof LegalFramework f) {
      m.put("validity", validity(f.validity()));
      m.put("generalImpactAssessment", truth(f.generalImpactAssessment()));
    }
    return m;
  }

  static Object text(Text text) {
    if (text.languages().isEmpty()) {
      return text.english();
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("en", text.english());
    text.languages().stream().sorted().forEach(l -> m.put(l, text.in(l).orElseThrow()));
    return m;
  }

  static Map<String, Object> validity(DateRange range) {
    Map<String, Object> m = new LinkedHashMap<>();
    range.firstDay().ifPresent(d -> m.put("from", d.toString()));
    range.lastDay().ifPresent(d -> m.put("to", d.toString()));
    return m;
  }

  static Object truth(Truth t) {
    return t == Truth.UNKNOWN ? "unknown" : t == Truth.TRUE;
  }
}
