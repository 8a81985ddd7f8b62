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
import java.util.function.Consumer;
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

  /**
   * Reads the named field if the object has it and, if it reads without a problem (a problem is
   * recorded by the reader, which then gives null), gives its value to {@code set}.
   */
  private <T> void field(Map<String, Field> fields, String name, String path, BiFunction<Node, String, T> reader,
      Consumer<? super T> set) {
    Field field = fields.get(name);
    if (field != null) {
      T value = reader.apply(field.value(), path + "." + name);
      if (value != null) {
        set.accept(value);
      }
    }
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
    field(f, "name", path, (value, where) -> string(value, where), b::name);
    field(f, "description", path, (value, where) -> string(value, where), b::description);
    field(f, "controller", path, (value, where) -> controller(value, where), b::controller);
    field(f, "jointControllers", path, (value, where) -> list(value, where, this::controller), b::jointControllers);
    for (Shape.TruthFact fact : Shape.TRUTH_FACTS) {
      Field field = f.get(fact.name());
      if (field != null) {
        Truth t = truth(field.value(), path + "." + fact.name());
        if (t != null) {
          fact.set().accept(b, t);
        }
      }
    }
    field(f, "purposes", path, (value, where) -> factSet(value, where, (n, p) -> term(n, p, Purpose.class)), b::purposes);
    field(f, "dataCategories", path,
        (value, where) -> factSet(value, where, (n, p) -> constant(n, p, DataCategory.class, "data category")), b::dataCategories);
    field(f, "dataSubjects", path,
        (value, where) -> factSet(value, where, (n, p) -> constant(n, p, DataSubjectCategory.class, "category of data subjects")), b::dataSubjects);
    field(f, "technologies", path, (value, where) -> factSet(value, where, (n, p) -> term(n, p, Technology.class)), b::technologies);
    field(f, "places", path, (value, where) -> factSet(value, where, (n, p) -> term(n, p, Place.class)), b::places);
    field(f, "legalFrameworks", path,
        (value, where) -> factSet(value, where, (n, p) -> term(n, p, LegalFramework.class)), b::legalFrameworks);
    field(f, "scale", path, (value, where) -> scale(value, where), b::scale);
    field(f, "period", path, (value, where) -> period(value, where), b::period);
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
    field(f, "dpias", path, (value, where) -> list(value, where, this::dpia), b::dpias);
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
    field(f, "name", path, (value, where) -> string(value, where), b::name);
    field(f, "kind", path, (value, where) -> term(value, where, ControllerKind.class), b::kind);
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
    field(f, "dataSubjects", path, (value, where) -> whole(value, where), b::dataSubjects);
    field(f, "shareOfPopulation", path, (value, where) -> decimal(value, where), b::shareOfPopulation);
    field(f, "volume", path, (value, where) -> constant(value, where, Scale.Volume.class, "volume"), b::volume);
    field(f, "permanence", path, (value, where) -> constant(value, where, Scale.Permanence.class, "permanence"), b::permanence);
    field(f, "geographicExtent", path,
        (value, where) -> constant(value, where, Scale.GeographicExtent.class, "geographic extent"), b::geographicExtent);
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
    field(f, "title", path, (value, where) -> string(value, where), b::title);
    field(f, "completedOn", path, (value, where) -> date(value, where), b::completedOn);
    field(f, "completionPrecision", path,
        (value, where) -> constant(value, where, DatePrecision.class, "precision"), b::completionPrecision);
    field(f, "contains", path,
        (value, where) -> list(value, where, (n, p) -> constant(n, p, DpiaElement.class, "part of a DPIA")), b::addAllContents);
    field(f, "lacks", path,
        (value, where) -> list(value, where, (n, p) -> constant(n, p, DpiaElement.class, "part of a DPIA")), b::addAllLacking);
    field(f, "dpoAdvice", path, (value, where) -> constant(value, where, DpoAdvice.class, "state of the DPO's advice"), b::dpoAdvice);
    field(f, "residualRisk", path, (value, where) -> constant(value, where, ResidualRisk.class, "residual risk"), b::residualRisk);
    field(f, "authorityConsulted", path, (value, where) -> truth(value, where), b::authorityConsulted);
    field(f, "reviewedOn", path, (value, where) -> list(value, where, this::date), b::addAllReviewedOn);
    field(f, "reviewDueOn", path, (value, where) -> date(value, where), b::reviewDueOn);
    field(f, "purposes", path, (value, where) -> list(value, where, (n, p) -> term(n, p, Purpose.class)), b::addAllPurposes);
    field(f, "technologies", path, (value, where) -> list(value, where, (n, p) -> term(n, p, Technology.class)), b::addAllTechnologies);
    field(f, "dataCategories", path,
        (value, where) -> list(value, where, (n, p) -> constant(n, p, DataCategory.class, "data category")), b::addAllDataCategories);
    field(f, "versions", path, (value, where) -> list(value, where, this::string), b::addAllVersions);
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
    field(f, "label", path, (value, where) -> string(value, where), b::label);
    field(f, "from", path, (value, where) -> date(value, where), b::from);
    field(f, "altersRisk", path, (value, where) -> truth(value, where), b::altersRisk);
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
    field(f, "name", path, (value, where) -> string(value, where), b::name);
    field(f, "versions", path, (value, where) -> list(value, where, this::version), b::versions);
    field(f, "end", path, (value, where) -> date(value, where), b::end);
    field(f, "dpias", path, (value, where) -> list(value, where, this::dpia), b::dpias);
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
