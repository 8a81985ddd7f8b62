package org.dpia.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpia.core.criteria.RiskCriterion;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.model.DataCategory;
import org.dpia.core.model.DataSubjectCategory;
import org.dpia.core.model.DatePrecision;
import org.dpia.core.model.DpiaElement;
import org.dpia.core.model.DpoAdvice;
import org.dpia.core.model.LegalFramework;
import org.dpia.core.model.Place;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.PurposeFamily;
import org.dpia.core.model.ResidualRisk;
import org.dpia.core.model.Scale;
import org.dpia.core.model.Technology;

/**
 * Generates the JSON Schema of descriptions from the model: the property names the reader and
 * writer use ({@link Shape}), the built-in ids ({@link Terms#builtIn()}) and the enums. The
 * committed {@code description.schema.json} must be exactly what this writes, so that the schema
 * cannot drift from the model.
 */
final class DescriptionSchemaGenerator {
  private DescriptionSchemaGenerator() {}

  static final String ID = "https://github.com/dpia/dpia/raw/main/dpia-json/src/main/resources/org/dpia/json/description.schema.json";

  static Map<String, Object> generate() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    s.put("$id", ID);
    s.put("title", "dpia description");
    describe(s, "A processing of personal data described by its facts (an operation, with the answers given to questions), "
            + "or its history (versions and DPIAs). A fact left out is unknown.",
        "Un traitement de données personnelles décrit par ses faits (une opération, avec les réponses données aux questions), "
            + "ou son historique (versions et AIPD). Un fait omis est inconnu.");
    s.put("oneOf", List.of(ref("operationDocument"), ref("historyDocument")));
    Map<String, Object> defs = new LinkedHashMap<>();

    defs.put("truth", described(ordered("enum", List.of(true, false, "unknown")),
        "true, false, or unknown (the same as leaving the fact out).", "vrai (true), faux (false) ou inconnu (unknown, comme omettre le fait)."));
    defs.put("date", described(ordered("type", "string", "format", "date", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
        "A day, YYYY-MM-DD.", "Un jour, AAAA-MM-JJ."));
    Map<String, Object> textObject = new LinkedHashMap<>();
    textObject.put("type", "object");
    textObject.put("required", List.of("en"));
    textObject.put("patternProperties", ordered("^[a-z]{2}$", ordered("type", "string", "minLength", 1)));
    textObject.put("additionalProperties", false);
    defs.put("text", described(ordered("oneOf", List.of(ordered("type", "string", "minLength", 1), textObject)),
        "A text in English, or in English and other languages by ISO 639-1 code ({en: …, fr: …}).",
        "Un texte en anglais, ou en anglais et dans d'autres langues par code ISO 639-1 ({en: …, fr: …})."));

    defs.put("purposeId", ids(Terms.builtIn().ids(Purpose.class), "A built-in purpose.", "Une finalité prédéfinie."));
    defs.put("technologyId", ids(Terms.builtIn().ids(Technology.class), "A built-in technology.", "Une technologie prédéfinie."));
    defs.put("controllerKindId", ids(Terms.builtIn().ids(ControllerKind.class), "A kind of controller.", "Un type de responsable de traitement."));
    defs.put("placeId", ids(Terms.builtIn().ids(Place.class), "A place.", "Un lieu."));
    defs.put("legalFrameworkId", ids(Terms.builtIn().ids(LegalFramework.class), "A built-in legal framework.", "Un cadre juridique prédéfini."));
    defs.put("dataCategory", ids(names(DataCategory.values()), "A category of personal data.", "Une catégorie de données personnelles."));
    defs.put("dataSubjectCategory", ids(names(DataSubjectCategory.values()), "A category of data subjects.", "Une catégorie de personnes concernées."));

    Map<String, Object> customPurpose = object(List.of("id", "text", "family"));
    props(customPurpose).put("id", customId("purposeId"));
    props(customPurpose).put("text", ref("text"));
    List<Object> families = new ArrayList<>(names(PurposeFamily.values()));
    families.add("unknown");
    props(customPurpose).put("family", described(ordered("enum", families),
        "What kind of purpose it is, which tells the rules how to read it; unknown if not known.",
        "Le type de finalité, qui dit aux règles comment la lire ; unknown si inconnu."));
    defs.put("customPurpose", described(customPurpose, "A purpose of your own, with its family.", "Une finalité propre, avec sa famille."));

    Map<String, Object> customTechnology = object(Shape.CUSTOM_TECHNOLOGY);
    props(customTechnology).put("id", customId("technologyId"));
    props(customTechnology).put("text", ref("text"));
    for (String p : List.of("observesPeople", "identifiesBiometrically", "locatesPeople", "innovative")) {
      props(customTechnology).put(p, ref("truth"));
    }
    defs.put("customTechnology", described(customTechnology,
        "A technology of your own, with what it does to people: every property given, unknown included.",
        "Une technologie propre, avec ce qu'elle fait aux personnes : chaque propriété donnée, unknown compris."));

    Map<String, Object> customFramework = object(Shape.CUSTOM_LEGAL_FRAMEWORK);
    props(customFramework).put("id", customId("legalFrameworkId"));
    props(customFramework).put("text", ref("text"));
    props(customFramework).put("validity", dateRange());
    props(customFramework).put("generalImpactAssessment", ref("truth"));
    defs.put("customLegalFramework", described(customFramework,
        "A legal framework of your own: the days it is in force ({} for always) and whether its law carried a general impact assessment.",
        "Un cadre juridique propre : ses jours de vigueur ({} pour toujours) et si sa loi a fait l'objet d'une analyse d'impact générale."));

    defs.put("purpose", ordered("anyOf", List.of(ref("purposeId"), ref("customPurpose"))));
    defs.put("technology", ordered("anyOf", List.of(ref("technologyId"), ref("customTechnology"))));
    defs.put("legalFramework", ordered("anyOf", List.of(ref("legalFrameworkId"), ref("customLegalFramework"))));

    Map<String, Object> controller = object(List.of("name"));
    props(controller).put("name", ordered("type", "string", "minLength", 1));
    props(controller).put("kind", ref("controllerKindId"));
    props(controller).put("staff", ordered("type", "integer", "minimum", 0));
    defs.put("controller", described(controller, "Who determines the purposes and means (GDPR art. 4(7)).",
        "Qui détermine les finalités et les moyens (RGPD art. 4(7))."));

    Map<String, Object> scale = object(List.of());
    props(scale).put("dataSubjects", described(ordered("type", "integer", "minimum", 0), "The number of people whose data is processed.",
        "Le nombre de personnes dont les données sont traitées."));
    props(scale).put("shareOfPopulation", described(ordered("type", "number", "minimum", 0, "maximum", 1),
        "Their share of the relevant population, from 0 to 1.", "Leur part de la population concernée, de 0 à 1."));
    props(scale).put("volume", ordered("enum", names(Scale.Volume.values())));
    props(scale).put("permanence", ordered("enum", names(Scale.Permanence.values())));
    props(scale).put("geographicExtent", ordered("enum", names(Scale.GeographicExtent.values())));
    defs.put("scale", described(scale, "The raw factors of scale (WP248 criterion 5); none is a conclusion.",
        "Les facteurs bruts d'échelle (critère 5 du WP248) ; aucun n'est une conclusion."));

    Map<String, Object> period = object(List.of());
    props(period).put("from", ref("date"));
    props(period).put("to", ref("date"));
    period.put("dependentRequired", ordered("to", List.of("from")));
    defs.put("period", described(period, "When the processing runs, both days included; no 'to' while it runs.",
        "Quand le traitement a lieu, jours inclus ; pas de 'to' tant qu'il continue."));

    Map<String, Object> dpia = object(List.of("title", "completedOn"));
    props(dpia).put("title", ordered("type", "string", "minLength", 1));
    props(dpia).put("completedOn", ref("date"));
    props(dpia).put("completionPrecision", described(ordered("enum", names(DatePrecision.values())),
        "How precisely the completion is known (completedOn is then the first day of the month or year).",
        "La précision de la date d'achèvement (completedOn est alors le premier jour du mois ou de l'année)."));
    props(dpia).put("versions", ordered("type", "array", "items", ordered("type", "string")));
    props(dpia).put("purposes", ordered("type", "array", "items", ref("purpose")));
    props(dpia).put("technologies", ordered("type", "array", "items", ref("technology")));
    props(dpia).put("dataCategories", ordered("type", "array", "items", ref("dataCategory")));
    props(dpia).put("contains", ordered("type", "array", "items", ordered("enum", names(DpiaElement.values()))));
    props(dpia).put("lacks", ordered("type", "array", "items", ordered("enum", names(DpiaElement.values()))));
    props(dpia).put("dpoAdvice", ordered("enum", names(DpoAdvice.values())));
    props(dpia).put("residualRisk", ordered("enum", names(ResidualRisk.values())));
    props(dpia).put("authorityConsulted", ref("truth"));
    props(dpia).put("reviewDueOn", ref("date"));
    props(dpia).put("reviewedOn", ordered("type", "array", "items", ref("date")));
    defs.put("dpia", described(dpia, "A DPIA carried out: what is not stated is unknown, never read as done.",
        "Une AIPD réalisée : ce qui n'est pas indiqué est inconnu, jamais lu comme fait."));

    defs.put("operation", operation(false));
    defs.put("operationDocument", operation(true));

    Map<String, Object> version = object(Shape.VERSION.stream().filter(p -> !p.equals("altersRisk")).toList());
    props(version).put("label", ordered("type", "string", "minLength", 1));
    props(version).put("from", ref("date"));
    props(version).put("altersRisk", ref("truth"));
    props(version).put("facts", ref("operation"));
    defs.put("version", described(version, "One state of the processing, from its first day.", "Un état du traitement, à partir de son premier jour."));

    Map<String, Object> history = object(List.of("name", "versions"));
    props(history).put("$schema", ordered("type", "string"));
    props(history).put("name", ordered("type", "string", "minLength", 1));
    props(history).put("versions", ordered("type", "array", "minItems", 1, "items", ref("version")));
    props(history).put("end", ref("date"));
    props(history).put("dpias", ordered("type", "array", "items", ref("dpia")));
    defs.put("historyDocument", described(history, "A processing over time: its versions in date order, its last day if it stopped, its DPIAs.",
        "Un traitement dans le temps : ses versions dans l'ordre des dates, son dernier jour s'il a cessé, ses AIPD."));

    s.put("$defs", defs);
    return s;
  }

  private static Map<String, Object> operation(boolean document) {
    Map<String, Object> op = object(List.of("name", "controller"));
    Map<String, Object> p = props(op);
    if (document) {
      p.put("$schema", ordered("type", "string"));
    }
    p.put("name", described(ordered("type", "string", "minLength", 1), "A name that tells a reader which processing this is.",
        "Un nom qui dit au lecteur de quel traitement il s'agit."));
    p.put("description", ordered("type", "string"));
    p.put("controller", ref("controller"));
    p.put("jointControllers", ordered("type", "array", "items", ref("controller")));
    p.put("purposes", factSet("purpose", "What the processing is for.", "Les finalités du traitement."));
    p.put("dataCategories", factSet("dataCategory", "The categories of personal data processed.", "Les catégories de données traitées."));
    p.put("dataSubjects", factSet("dataSubjectCategory", "The people whose data is processed.", "Les personnes dont les données sont traitées."));
    p.put("technologies", factSet("technology", "The technologies used.", "Les technologies utilisées."));
    p.put("places", factSet("placeId", "Where the data is collected or the processing takes place.", "Où les données sont collectées ou le traitement a lieu."));
    p.put("legalFrameworks", factSet("legalFramework", "The special legal frameworks under which it is carried out.",
        "Les cadres juridiques particuliers dans lesquels il est mis en œuvre."));
    p.put("scale", ref("scale"));
    p.put("period", ref("period"));
    for (Shape.TruthFact fact : Shape.TRUTH_FACTS) {
      p.put(fact.name(), ref("truth"));
    }
    Map<String, Object> criteria = new LinkedHashMap<>();
    criteria.put("type", "object");
    Map<String, Object> criteriaProps = new LinkedHashMap<>();
    for (RiskCriterion c : RiskCriterion.values()) {
      criteriaProps.put(c.name(), ordered("type", "boolean"));
    }
    criteria.put("properties", criteriaProps);
    criteria.put("additionalProperties", false);
    p.put("assertedCriteria", described(criteria, "WP248 criteria the caller asserts as conclusions, met (true) or not (false).",
        "Critères du WP248 que l'appelant affirme comme conclusions, remplis (true) ou non (false)."));
    p.put("dpias", ordered("type", "array", "items", ref("dpia")));
    if (document) {
      Map<String, Object> answers = new LinkedHashMap<>();
      answers.put("type", "object");
      answers.put("additionalProperties", ref("truth"));
      p.put("answers", described(answers, "Answers given to the rulebook's questions, by fact id.",
          "Réponses données aux questions du référentiel, par identifiant de fait."));
      return described(op, "One processing operation, with the answers given to questions.",
          "Une opération de traitement, avec les réponses données aux questions.");
    }
    return described(op, "The facts of one processing operation.", "Les faits d'une opération de traitement.");
  }

  private static Map<String, Object> factSet(String item, String en, String fr) {
    Map<String, Object> partial = new LinkedHashMap<>();
    partial.put("type", "object");
    partial.put("properties", ordered("atLeast", ordered("type", "array", "items", ref(item)), "noneOf", ordered("type", "array", "items", ref(item))));
    partial.put("additionalProperties", false);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("oneOf", List.of(
        ordered("const", "unknown"),
        ordered("const", "none"),
        ordered("type", "array", "items", ref(item)),
        partial));
    return described(s, en + " A list is exactly these; none; unknown; or {atLeast: […], noneOf: […]}.",
        fr + " Une liste : exactement ceux-là ; none : aucun ; unknown : inconnu ; ou {atLeast: […], noneOf: […]}.");
  }

  private static Map<String, Object> dateRange() {
    Map<String, Object> r = object(List.of());
    props(r).put("from", ref("date"));
    props(r).put("to", ref("date"));
    return r;
  }

  private static Map<String, Object> customId(String builtIn) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "string");
    m.put("minLength", 1);
    m.put("not", ref(builtIn));
    return m;
  }

  private static Map<String, Object> object(List<String> required) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "object");
    if (!required.isEmpty()) {
      m.put("required", required);
    }
    m.put("properties", new LinkedHashMap<String, Object>());
    m.put("additionalProperties", false);
    return m;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> props(Map<String, Object> object) {
    return (Map<String, Object>) object.get("properties");
  }

  private static Map<String, Object> ids(List<String> ids, String en, String fr) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("enum", ids);
    return described(m, en, fr);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  /** A map in the order its keys are given (Map.of has none, and the schema is compared as text). */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static Map<String, Object> ref(String def) {
    return ordered("$ref", "#/$defs/" + def);
  }

  private static Map<String, Object> described(Map<String, Object> schema, String en, String fr) {
    Map<String, Object> m = new LinkedHashMap<>();
    describe(m, en, fr);
    m.putAll(schema);
    return m;
  }

  private static void describe(Map<String, Object> m, String en, String fr) {
    m.put("description", en);
    m.put("x-description-fr", fr);
  }
}
