package org.dpia.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.Controller;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.model.CustomLegalFramework;
import org.dpia.core.model.CustomPurpose;
import org.dpia.core.model.CustomTechnology;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.DatePrecision;
import org.dpia.core.model.DpiaElement;
import org.dpia.core.model.DpiaRecord;
import org.dpia.core.model.DpoAdvice;
import org.dpia.core.model.FactSet;
import org.dpia.core.model.InvalidDescriptionException;
import org.dpia.core.model.LegalFramework;
import org.dpia.core.model.Place;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.core.model.ProcessingPeriod;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.PurposeFamily;
import org.dpia.core.model.ResidualRisk;
import org.dpia.core.model.Scale;
import org.dpia.core.model.Technology;
import org.dpia.core.model.Version;
import org.dpia.core.model.Vocabulary;
import org.dpia.core.text.Text;
import org.dpia.core.time.DateRange;
import org.dpia.json.Tree.Arr;
import org.dpia.json.Tree.At;
import org.dpia.json.Tree.Field;
import org.dpia.json.Tree.Node;
import org.dpia.json.Tree.Obj;
import org.dpia.json.Tree.Scalar;

/**
 * Reads a description from its located tree into the model, collecting every problem with its
 * path and place, and never throwing: the model's own checks are caught and reported at the
 * object they are about. One instance reads one document.
 */
final class DescriptionReader {
  private final Terms terms;
  private final List<Problem> problems = new ArrayList<>();

  DescriptionReader(Terms terms) {
    this.terms = terms;
  }

  Result<Description> read(Node root) {
    Obj top = object(root, "$", "a description (a processing operation, or a history with versions)");
    Description description = null;
    if (top != null) {
      boolean history = top.fields().stream().anyMatch(f -> f.name().equals("versions"));
      if (history) {
        Map<String, Field> fields = fields(top, "$", Shape.HISTORY, Set.of("$schema"));
        ProcessingHistory h = history(top, fields, "$");
        description = h == null ? null : Description.of(h);
      } else {
        Map<String, Field> fields = fields(top, "$", Shape.OPERATION, Set.of("$schema", "answers"));
        ProcessingOperation op = operation(top, fields, "$");
        Map<String, Truth> answers = answers(fields.get("answers"), "$.answers");
        description = op == null || answers == null ? null : Description.of(op, answers);
      }
    }
    return problems.isEmpty() && description != null ? Result.of(description) : Result.failed(sorted());
  }

  private List<Problem> sorted() {
    List<Problem> all = new ArrayList<>(problems);
    all.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return all;
  }

  // ---- problems and structure

  private void problem(String path, At at, String message, List<String> suggestions) {
    problems.add(new Problem(path, at.line(), at.column(), message, suggestions));
  }

  private void problem(String path, Node node, String message) {
    problem(path, node.at(), message, List.of());
  }

  private Obj object(Node node, String path, String what) {
    if (node instanceof Obj o) {
      return o;
    }
    problem(path, node, "expected " + what + " as an object with named properties, found " + node.kind());
    return null;
  }

  private Map<String, Field> fields(Obj o, String path, List<String> allowed, Set<String> more) {
    Map<String, Field> fields = new LinkedHashMap<>();
    List<String> valid = new ArrayList<>(allowed);
    valid.addAll(more);
    for (Field f : o.fields()) {
      if (!valid.contains(f.name())) {
        problem(path + "." + f.name(), f.at(), "unknown property '" + f.name() + "'", Terms.closest(f.name(), valid));
      } else if (fields.putIfAbsent(f.name(), f) != null) {
        problem(path + "." + f.name(), f.at(), "the property '" + f.name() + "' is given twice", List.of());
      }
    }
    return fields;
  }

  private boolean required(Obj o, Map<String, Field> fields, String path, String... names) {
    boolean all = true;
    for (String name : names) {
      if (!fields.containsKey(name)) {
        problem(path, o.at(), "the required property '" + name + "' is missing", List.of());
        all = false;
      }
    }
    return all;
  }

  /** Builds a value, reporting the model's refusal at the object's place; null if it was refused. */
  private <T> T build(String path, Node at, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidDescriptionException e) {
      for (String p : e.problems()) {
        problem(path, at, p);
      }
    } catch (RuntimeException e) {
      problem(path, at, e.getMessage() == null ? "refused: " + e.getClass().getSimpleName() : e.getMessage());
    }
    return null;
  }

  // ---- scalars

  private String string(Node node, String path) {
    if (node instanceof Scalar s && s.value() instanceof String text) {
      return text;
    }
    problem(path, node, "expected a text, found " + node.kind());
    return null;
  }

  private Truth truth(Node node, String path) {
    if (node instanceof Scalar s && s.value() instanceof Boolean b) {
      return Truth.of(b);
    }
    if (node instanceof Scalar s && "unknown".equals(s.value())) {
      return Truth.UNKNOWN;
    }
    problem(path, node, "expected true, false or unknown, found " + node.kind());
    return null;
  }

  private LocalDate date(Node node, String path) {
    String text = node instanceof Scalar s && s.value() instanceof String t ? t : null;
    if (text != null) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        problem(path, node, "'" + text + "' is not a valid date: expected a day as YYYY-MM-DD, such as 2023-06-01");
        return null;
      }
    }
    problem(path, node, "expected a date as YYYY-MM-DD, such as 2023-06-01, found " + node.kind());
    return null;
  }

  private Long whole(Node node, String path) {
    if (node instanceof Scalar s && s.value() instanceof Number n
        && (n instanceof Integer || n instanceof Long || n instanceof java.math.BigInteger)) {
      if (n instanceof java.math.BigInteger b && b.bitLength() > 63) {
        problem(path, node, "the number " + b + " is too large");
        return null;
      }
      return n.longValue();
    }
    problem(path, node, "expected a whole number, found " + node.kind());
    return null;
  }

  private Double decimal(Node node, String path) {
    if (node instanceof Scalar s && s.value() instanceof Number n) {
      return n.doubleValue();
    }
    problem(path, node, "expected a number, found " + node.kind());
    return null;
  }

  private <E extends Enum<E>> E constant(Node node, String path, Class<E> type, String noun) {
    String text = string(node, path);
    if (text == null) {
      return null;
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    if (names.contains(text)) {
      return Enum.valueOf(type, text);
    }
    problem(path, node.at(), "unknown " + noun + " '" + text + "'", Terms.closest(text, names));
    return null;
  }

  private Text text(Node node, String path) {
    if (node instanceof Scalar) {
      String english = string(node, path);
      return english == null ? null : build(path, node, () -> Text.of(english));
    }
    Obj o = object(node, path, "a text ({en: …, fr: …})");
    if (o == null) {
      return null;
    }
    Map<String, String> languages = new LinkedHashMap<>();
    for (Field f : o.fields()) {
      String t = string(f.value(), path + "." + f.name());
      if (t != null && languages.put(f.name(), t) != null) {
        problem(path + "." + f.name(), f.at(), "the language '" + f.name() + "' is given twice", List.of());
      }
    }
    if (!languages.containsKey("en")) {
      problem(path, o.at(), "a text needs its English wording, 'en'", List.of());
      return null;
    }
    return build(path, o, () -> {
      Text t = Text.of(languages.get("en"));
      for (Map.Entry<String, String> e : languages.entrySet()) {
        t = t.with(e.getKey(), e.getValue());
      }
      return t;
    });
  }

  private <T> List<T> list(Node node, String path, BiFunction<Node, String, T> item) {
    if (!(node instanceof Arr a)) {
      problem(path, node, "expected a list, found " + node.kind());
      return null;
    }
    List<T> items = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < a.items().size(); i++) {
      T t = item.apply(a.items().get(i), path + "[" + i + "]");
      ok &= t != null;
      items.add(t);
    }
    return ok ? items : null;
  }

  // ---- fact sets and terms

  private <T> FactSet<T> factSet(Node node, String path, BiFunction<Node, String, T> item) {
    if (node instanceof Scalar s && "unknown".equals(s.value())) {
      return FactSet.unknown();
    }
    if (node instanceof Scalar s && "none".equals(s.value())) {
      return FactSet.none();
    }
    if (node instanceof Arr) {
      List<T> items = list(node, path, item);
      return items == null ? null : build(path, node, () -> FactSet.exactly(items));
    }
    if (node instanceof Obj o) {
      Map<String, Field> fields = fields(o, path, List.of("atLeast", "noneOf"), Set.of());
      List<T> atLeast = fields.containsKey("atLeast") ? list(fields.get("atLeast").value(), path + ".atLeast", item) : List.of();
      List<T> noneOf = fields.containsKey("noneOf") ? list(fields.get("noneOf").value(), path + ".noneOf", item) : List.of();
      if (atLeast == null || noneOf == null) {
        return null;
      }
      return build(path, o, () -> {
        FactSet<T> set = FactSet.atLeast(atLeast);
        for (T t : noneOf) {
          set = set.without(t);
        }
        return set;
      });
    }
    problem(path, node, "expected a list (exactly these), none, unknown, or {atLeast: […], noneOf: […]}, found " + node.kind());
    return null;
  }

  private <T extends Vocabulary> T term(Node node, String path, Class<T> kind) {
    if (node instanceof Scalar) {
      String id = string(node, path);
      if (id == null) {
        return null;
      }
      var found = terms.find(kind, id);
      if (found.isEmpty()) {
        String custom = kind == ControllerKind.class || kind == Place.class ? ""
            : " (a " + Terms.noun(kind) + " of your own is written as an object with its id and properties)";
        problem(path, node.at(), "unknown " + Terms.noun(kind) + " '" + id + "'" + custom, Terms.closest(id, terms.ids(kind)));
        return null;
      }
      return found.get();
    }
    Obj o = object(node, path, "a " + Terms.noun(kind) + " id, or one of your own");
    if (o == null) {
      return null;
    }
    if (kind == ControllerKind.class || kind == Place.class) {
      problem(path, o, "a " + Terms.noun(kind) + " is named by its id, one of: " + String.join(", ", terms.ids(kind)));
      return null;
    }
    Vocabulary custom = kind == Purpose.class ? customPurpose(o, path)
        : kind == Technology.class ? customTechnology(o, path) : customLegalFramework(o, path);
    if (custom != null && terms.find(kind, custom.id()).isPresent()) {
      problem(path, o, "'" + custom.id() + "' is the id of a built-in " + Terms.noun(kind) + ": name it alone, as a text, or give yours another id");
      return null;
    }
    return kind.cast(custom);
  }

  private Purpose customPurpose(Obj o, String path) {
    Map<String, Field> f = fields(o, path, Shape.CUSTOM_PURPOSE, Set.of());
    if (!required(o, f, path, "id", "text", "family")) {
      return null;
    }
    String id = string(f.get("id").value(), path + ".id");
    Text text = text(f.get("text").value(), path + ".text");
    Node familyNode = f.get("family").value();
    boolean unknownFamily = familyNode instanceof Scalar s && "unknown".equals(s.value());
    PurposeFamily family = unknownFamily ? null : constant(familyNode, path + ".family", PurposeFamily.class, "purpose family");
    if (id == null || text == null || (!unknownFamily && family == null)) {
      return null;
    }
    return build(path, o, () -> unknownFamily ? CustomPurpose.ofUnknownFamily(id, text) : CustomPurpose.of(id, text, family));
  }

  private Technology customTechnology(Obj o, String path) {
    Map<String, Field> f = fields(o, path, Shape.CUSTOM_TECHNOLOGY, Set.of());
    if (!required(o, f, path, Shape.CUSTOM_TECHNOLOGY.toArray(String[]::new))) {
      return null;
    }
    String id = string(f.get("id").value(), path + ".id");
    Text text = text(f.get("text").value(), path + ".text");
    Truth observes = truth(f.get("observesPeople").value(), path + ".observesPeople");
    Truth biometric = truth(f.get("identifiesBiometrically").value(), path + ".identifiesBiometrically");
    Truth locates = truth(f.get("locatesPeople").value(), path + ".locatesPeople");
    Truth innovative = truth(f.get("innovative").value(), path + ".innovative");
    if (id == null || text == null || observes == null || biometric == null || locates == null || innovative == null) {
      return null;
    }
    return build(path, o, () -> CustomTechnology.builder().id(id).text(text).observesPeople(observes)
        .identifiesBiometrically(biometric).locatesPeople(locates).innovative(innovative).build());
  }

  private LegalFramework customLegalFramework(Obj o, String path) {
    Map<String, Field> f = fields(o, path, Shape.CUSTOM_LEGAL_FRAMEWORK, Set.of());
    if (!required(o, f, path, Shape.CUSTOM_LEGAL_FRAMEWORK.toArray(String[]::new))) {
      return null;
    }
    String id = string(f.get("id").value(), path + ".id");
    Text text = text(f.get("text").value(), path + ".text");
    DateRange validity = validity(f.get("validity").value(), path + ".validity");
    Truth assessed = truth(f.get("generalImpactAssessment").value(), path + ".generalImpactAssessment");
    if (id == null || text == null || validity == null || assessed == null) {
      return null;
    }
    return build(path, o, () -> CustomLegalFramework.builder().id(id).text(text).validity(validity).generalImpactAssessment(assessed).build());
  }

  private DateRange validity(Node node, String path) {
    Obj o = object(node, path, "the days in force ({from: …, to: …}, either left out when open)");
    if (o == null) {
      return null;
    }
    Map<String, Field> f = fields(o, path, List.of("from", "to"), Set.of());
    LocalDate from = f.containsKey("from") ? date(f.get("from").value(), path + ".from") : null;
    LocalDate to = f.containsKey("to") ? date(f.get("to").value(), path + ".to") : null;
    if ((f.containsKey("from") && from == null) || (f.containsKey("to") && to == null)) {
      return null;
    }
    return build(path, o, () -> from != null && to != null ? DateRange.of(from, to)
        : from != null ? DateRange.from(from) : to != null ? DateRange.until(to) : DateRange.always());
  }

  // ---- the model

  ProcessingOperation operation(Obj o, Map<String, Field> f, String path) {
    int before = problems.size();
    required(o, f, path, "name", "controller");
    ProcessingOperation.Builder b = ProcessingOperation.builder();
    if (f.containsKey("name")) {
      String name = string(f.get("name").value(), path + ".name");
      if (name != null) {
        b.name(name);
      }
    }
    if (f.containsKey("description")) {
      String d = string(f.get("description").value(), path + ".description");
      if (d != null) {
        b.description(d);
      }
    }
    if (f.containsKey("controller")) {
      Controller c = controller(f.get("controller").value(), path + ".controller");
      if (c != null) {
        b.controller(c);
      }
    }
    if (f.containsKey("jointControllers")) {
      List<Controller> joint = list(f.get("jointControllers").value(), path + ".jointControllers", this::controller);
      if (joint != null) {
        b.jointControllers(joint);
      }
    }
    for (Shape.TruthFact fact : Shape.TRUTH_FACTS) {
      Field field = f.get(fact.name());
      if (field != null) {
        Truth t = truth(field.value(), path + "." + fact.name());
        if (t != null) {
          fact.set().accept(b, t);
        }
      }
    }
    if (f.containsKey("purposes")) {
      FactSet<Purpose> s = factSet(f.get("purposes").value(), path + ".purposes", (n, p) -> term(n, p, Purpose.class));
      if (s != null) {
        b.purposes(s);
      }
    }
    if (f.containsKey("dataCategories")) {
      FactSet<DataCategory> s = factSet(f.get("dataCategories").value(), path + ".dataCategories",
          (n, p) -> constant(n, p, DataCategory.class, "data category"));
      if (s != null) {
        b.dataCategories(s);
      }
    }
    if (f.containsKey("dataSubjects")) {
      FactSet<DataSubjectCategory> s = factSet(f.get("dataSubjects").value(), path + ".dataSubjects",
          (n, p) -> constant(n, p, DataSubjectCategory.class, "category of data subjects"));
      if (s != null) {
        b.dataSubjects(s);
      }
    }
    if (f.containsKey("technologies")) {
      FactSet<Technology> s = factSet(f.get("technologies").value(), path + ".technologies", (n, p) -> term(n, p, Technology.class));
      if (s != null) {
        b.technologies(s);
      }
    }
    if (f.containsKey("places")) {
      FactSet<Place> s = factSet(f.get("places").value(), path + ".places", (n, p) -> term(n, p, Place.class));
      if (s != null) {
        b.places(s);
      }
    }
    if (f.containsKey("legalFrameworks")) {
      FactSet<LegalFramework> s = factSet(f.get("legalFrameworks").value(), path + ".legalFrameworks",
          (n, p) -> term(n, p, LegalFramework.class));
      if (s != null) {
        b.legalFrameworks(s);
      }
    }
    if (f.containsKey("scale")) {
      Scale s = scale(f.get("scale").value(), path + ".scale");
      if (s != null) {
        b.scale(s);
      }
    }
    if (f.containsKey("period")) {
      ProcessingPeriod p = period(f.get("period").value(), path + ".period");
      if (p != null) {
        b.period(p);
      }
    }
    if (f.containsKey("assertedCriteria")) {
      Obj criteria = object(f.get("assertedCriteria").value(), path + ".assertedCriteria", "the criteria asserted ({LARGE_SCALE: true, …})");
      if (criteria != null) {
        List<String> names = Arrays.stream(RiskCriterion.values()).map(Enum::name).toList();
        for (Field c : fields(criteria, path + ".assertedCriteria", names, Set.of()).values()) {
          Node v = c.value();
          if (v instanceof Scalar s && s.value() instanceof Boolean met) {
            b.assertCriterion(RiskCriterion.valueOf(c.name()), met);
          } else {
            problem(path + ".assertedCriteria." + c.name(), v, "expected true or false (leave a criterion out when it is not asserted), found " + v.kind());
          }
        }
      }
    }
    if (f.containsKey("dpias")) {
      List<DpiaRecord> dpias = list(f.get("dpias").value(), path + ".dpias", this::dpia);
      if (dpias != null) {
        b.dpias(dpias);
      }
    }
    return problems.size() > before ? null : build(path, o, b::build);
  }

  private Controller controller(Node node, String path) {
    Obj o = object(node, path, "a controller ({name: …, kind: …})");
    if (o == null) {
      return null;
    }
    int before = problems.size();
    Map<String, Field> f = fields(o, path, Shape.CONTROLLER, Set.of());
    required(o, f, path, "name");
    Controller.Builder b = Controller.builder();
    if (f.containsKey("name")) {
      String name = string(f.get("name").value(), path + ".name");
      if (name != null) {
        b.name(name);
      }
    }
    if (f.containsKey("kind")) {
      ControllerKind kind = term(f.get("kind").value(), path + ".kind", ControllerKind.class);
      if (kind != null) {
        b.kind(kind);
      }
    }
    if (f.containsKey("staff")) {
      Long staff = whole(f.get("staff").value(), path + ".staff");
      if (staff != null) {
        if (staff > Integer.MAX_VALUE || staff < Integer.MIN_VALUE) {
          problem(path + ".staff", f.get("staff").value(), "the number " + staff + " is too large");
        } else {
          b.staff(staff.intValue());
        }
      }
    }
    return problems.size() > before ? null : build(path, o, b::build);
  }

  private Scale scale(Node node, String path) {
    Obj o = object(node, path, "the scale ({dataSubjects: …, geographicExtent: …, …})");
    if (o == null) {
      return null;
    }
    int before = problems.size();
    Map<String, Field> f = fields(o, path, Shape.SCALE, Set.of());
    Scale.Builder b = Scale.builder();
    if (f.containsKey("dataSubjects")) {
      Long n = whole(f.get("dataSubjects").value(), path + ".dataSubjects");
      if (n != null) {
        b.dataSubjects(n);
      }
    }
    if (f.containsKey("shareOfPopulation")) {
      Double d = decimal(f.get("shareOfPopulation").value(), path + ".shareOfPopulation");
      if (d != null) {
        b.shareOfPopulation(d);
      }
    }
    if (f.containsKey("volume")) {
      Scale.Volume v = constant(f.get("volume").value(), path + ".volume", Scale.Volume.class, "volume");
      if (v != null) {
        b.volume(v);
      }
    }
    if (f.containsKey("permanence")) {
      Scale.Permanence v = constant(f.get("permanence").value(), path + ".permanence", Scale.Permanence.class, "permanence");
      if (v != null) {
        b.permanence(v);
      }
    }
    if (f.containsKey("geographicExtent")) {
      Scale.GeographicExtent v = constant(f.get("geographicExtent").value(), path + ".geographicExtent", Scale.GeographicExtent.class, "geographic extent");
      if (v != null) {
        b.geographicExtent(v);
      }
    }
    return problems.size() > before ? null : build(path, o, b::build);
  }

  private ProcessingPeriod period(Node node, String path) {
    Obj o = object(node, path, "the period ({from: …, to: …})");
    if (o == null) {
      return null;
    }
    Map<String, Field> f = fields(o, path, List.of("from", "to"), Set.of());
    LocalDate from = f.containsKey("from") ? date(f.get("from").value(), path + ".from") : null;
    LocalDate to = f.containsKey("to") ? date(f.get("to").value(), path + ".to") : null;
    if ((f.containsKey("from") && from == null) || (f.containsKey("to") && to == null)) {
      return null;
    }
    if (to != null && from == null) {
      problem(path, o, "a period with a last day needs its first day, 'from'");
      return null;
    }
    return build(path, o, () -> from == null ? ProcessingPeriod.unknown() : to == null ? ProcessingPeriod.since(from) : ProcessingPeriod.of(from, to));
  }

  private DpiaRecord dpia(Node node, String path) {
    Obj o = object(node, path, "a DPIA record ({title: …, completedOn: …, …})");
    if (o == null) {
      return null;
    }
    int before = problems.size();
    Map<String, Field> f = fields(o, path, Shape.DPIA, Set.of());
    required(o, f, path, "title", "completedOn");
    DpiaRecord.Builder b = DpiaRecord.builder();
    if (f.containsKey("title")) {
      String t = string(f.get("title").value(), path + ".title");
      if (t != null) {
        b.title(t);
      }
    }
    if (f.containsKey("completedOn")) {
      LocalDate d = date(f.get("completedOn").value(), path + ".completedOn");
      if (d != null) {
        b.completedOn(d);
      }
    }
    if (f.containsKey("completionPrecision")) {
      DatePrecision p = constant(f.get("completionPrecision").value(), path + ".completionPrecision", DatePrecision.class, "precision");
      if (p != null) {
        b.completionPrecision(p);
      }
    }
    if (f.containsKey("contains")) {
      List<DpiaElement> e = list(f.get("contains").value(), path + ".contains", (n, p) -> constant(n, p, DpiaElement.class, "part of a DPIA"));
      if (e != null) {
        b.addAllContents(e);
      }
    }
    if (f.containsKey("lacks")) {
      List<DpiaElement> e = list(f.get("lacks").value(), path + ".lacks", (n, p) -> constant(n, p, DpiaElement.class, "part of a DPIA"));
      if (e != null) {
        b.addAllLacking(e);
      }
    }
    if (f.containsKey("dpoAdvice")) {
      DpoAdvice a = constant(f.get("dpoAdvice").value(), path + ".dpoAdvice", DpoAdvice.class, "state of the DPO's advice");
      if (a != null) {
        b.dpoAdvice(a);
      }
    }
    if (f.containsKey("residualRisk")) {
      ResidualRisk r = constant(f.get("residualRisk").value(), path + ".residualRisk", ResidualRisk.class, "residual risk");
      if (r != null) {
        b.residualRisk(r);
      }
    }
    if (f.containsKey("authorityConsulted")) {
      Truth t = truth(f.get("authorityConsulted").value(), path + ".authorityConsulted");
      if (t != null) {
        b.authorityConsulted(t);
      }
    }
    if (f.containsKey("reviewedOn")) {
      List<LocalDate> days = list(f.get("reviewedOn").value(), path + ".reviewedOn", this::date);
      if (days != null) {
        b.addAllReviewedOn(days);
      }
    }
    if (f.containsKey("reviewDueOn")) {
      LocalDate d = date(f.get("reviewDueOn").value(), path + ".reviewDueOn");
      if (d != null) {
        b.reviewDueOn(d);
      }
    }
    if (f.containsKey("purposes")) {
      List<Purpose> items = list(f.get("purposes").value(), path + ".purposes", (n, p) -> term(n, p, Purpose.class));
      if (items != null) {
        b.addAllPurposes(items);
      }
    }
    if (f.containsKey("technologies")) {
      List<Technology> items = list(f.get("technologies").value(), path + ".technologies", (n, p) -> term(n, p, Technology.class));
      if (items != null) {
        b.addAllTechnologies(items);
      }
    }
    if (f.containsKey("dataCategories")) {
      List<DataCategory> items = list(f.get("dataCategories").value(), path + ".dataCategories",
          (n, p) -> constant(n, p, DataCategory.class, "data category"));
      if (items != null) {
        b.addAllDataCategories(items);
      }
    }
    if (f.containsKey("versions")) {
      List<String> labels = list(f.get("versions").value(), path + ".versions", this::string);
      if (labels != null) {
        b.addAllVersions(labels);
      }
    }
    return problems.size() > before ? null : build(path, o, b::build);
  }

  private Version version(Node node, String path) {
    Obj o = object(node, path, "a version ({label: …, from: …, facts: {…}})");
    if (o == null) {
      return null;
    }
    int before = problems.size();
    Map<String, Field> f = fields(o, path, Shape.VERSION, Set.of());
    required(o, f, path, "label", "from", "facts");
    Version.Builder b = Version.builder();
    if (f.containsKey("label")) {
      String label = string(f.get("label").value(), path + ".label");
      if (label != null) {
        b.label(label);
      }
    }
    if (f.containsKey("from")) {
      LocalDate from = date(f.get("from").value(), path + ".from");
      if (from != null) {
        b.from(from);
      }
    }
    if (f.containsKey("altersRisk")) {
      Truth t = truth(f.get("altersRisk").value(), path + ".altersRisk");
      if (t != null) {
        b.altersRisk(t);
      }
    }
    if (f.containsKey("facts")) {
      Obj facts = object(f.get("facts").value(), path + ".facts", "the version's facts (a processing operation)");
      if (facts != null) {
        ProcessingOperation op = operation(facts, fields(facts, path + ".facts", Shape.OPERATION, Set.of()), path + ".facts");
        if (op != null) {
          b.facts(op);
        }
      }
    }
    return problems.size() > before ? null : build(path, o, b::build);
  }

  private ProcessingHistory history(Obj o, Map<String, Field> f, String path) {
    int before = problems.size();
    required(o, f, path, "name", "versions");
    ProcessingHistory.Builder b = ProcessingHistory.builder();
    if (f.containsKey("name")) {
      String name = string(f.get("name").value(), path + ".name");
      if (name != null) {
        b.name(name);
      }
    }
    if (f.containsKey("versions")) {
      List<Version> versions = list(f.get("versions").value(), path + ".versions", this::version);
      if (versions != null) {
        b.versions(versions);
      }
    }
    if (f.containsKey("end")) {
      LocalDate end = date(f.get("end").value(), path + ".end");
      if (end != null) {
        b.end(end);
      }
    }
    if (f.containsKey("dpias")) {
      List<DpiaRecord> dpias = list(f.get("dpias").value(), path + ".dpias", this::dpia);
      if (dpias != null) {
        b.dpias(dpias);
      }
    }
    return problems.size() > before ? null : build(path, o, b::build);
  }

  private Map<String, Truth> answers(Field field, String path) {
    if (field == null) {
      return Map.of();
    }
    Obj o = object(field.value(), path, "the answers ({fact id: true, false or unknown})");
    if (o == null) {
      return null;
    }
    Map<String, Truth> answers = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    boolean ok = true;
    for (Field f : o.fields()) {
      if (!seen.add(f.name())) {
        problem(path + "." + f.name(), f.at(), "the answer for '" + f.name() + "' is given twice", List.of());
        ok = false;
        continue;
      }
      Truth t = truth(f.value(), path + "." + f.name());
      ok &= t != null;
      if (t != null) {
        answers.put(f.name(), t);
      }
    }
    return ok ? answers : null;
  }
}
