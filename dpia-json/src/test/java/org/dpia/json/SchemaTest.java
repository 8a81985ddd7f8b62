package org.dpia.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.model.LegalFramework;
import org.dpia.core.model.Place;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.Technology;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas: the description schema is generated from the model (so its enumerations are
 * the vocabularies' ids and cannot drift), accepts every gallery file and what the writer writes,
 * and refuses malformed samples; every receipt the gallery gives is valid against the decision
 * schema. Regenerate the description schema with {@code -Ddpia.schema.write=true}.
 */
@DisplayName("The JSON Schemas of descriptions and decisions")
class SchemaTest {
  static final Path COMMITTED = Path.of("src/main/resources/org/dpia/json/description.schema.json");
  static final Path GALLERY = Path.of("").toAbsolutePath().getParent().resolve("gallery");
  static final String DECISION_ID = "https://github.com/dpia/dpia/raw/main/dpia-json/src/main/resources/org/dpia/json/decision.schema.json";
  /** The audit schema refers to the decision schema's citations by its address: served from the jar, not the network. */
  static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(java.util.Map.of(DECISION_ID, Schemas.decision())));
  static Schema description() {
    return REGISTRY.getSchema(Schemas.description());
  }

  static Schema decision() {
    return REGISTRY.getSchema(Schemas.decision());
  }
  static final Rulebook FRANCE = FrenchRulebook.create();

  static Stream<Path> galleryFiles() throws IOException {
    try (Stream<Path> files = Files.list(GALLERY)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @Test
  @DisplayName("the committed schema is the one generated from the model")
  void committedSchemaIsGenerated() throws IOException {
    String generated = Texts.write(DescriptionSchemaGenerator.generate(), Format.JSON);
    if (Boolean.getBoolean("dpia.schema.write")) {
      Files.writeString(COMMITTED, generated);
    }
    assertThat(Files.readString(COMMITTED)).as("regenerate with -Ddpia.schema.write=true").isEqualTo(generated);
    if (!Boolean.getBoolean("dpia.schema.write")) {
      assertThat(Schemas.description()).as("the schema in the jar").isEqualTo(generated);
    }
  }

  @Test
  @DisplayName("its enumerations are the ids of the vocabularies, built-in French terms included")
  void enumerationsAreTheVocabularies() {
    JsonNode defs = JsonMapper.builder().build().readTree(Schemas.description()).get("$defs");
    record Vocabulary(String def, Class<? extends org.dpia.core.model.Vocabulary> kind) {}
    for (Vocabulary v : List.of(new Vocabulary("purposeId", Purpose.class), new Vocabulary("technologyId", Technology.class),
        new Vocabulary("controllerKindId", ControllerKind.class), new Vocabulary("placeId", Place.class),
        new Vocabulary("legalFrameworkId", LegalFramework.class))) {
      List<String> ids = defs.get(v.def()).get("enum").valueStream().map(JsonNode::asString).toList();
      assertThat(ids).as(v.def()).isEqualTo(Terms.builtIn().ids(v.kind()));
    }
    assertThat(defs.get("purposeId").get("enum").valueStream().map(JsonNode::asString)).contains("PATIENT_CARE", "FR_COMMUNE_ELECTORAL_ROLL");
    assertThat(defs.get("dataCategory").get("enum").valueStream().map(JsonNode::asString)).contains("HEALTH", "IMAGES");
    assertThat(defs.get("truth").get("x-description-fr").asString()).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("galleryFiles")
  @DisplayName("every gallery file is valid, and its decision's receipt is valid against the decision schema")
  void galleryFilesAreValid(Path file) throws IOException {
    assertThat(description().validate(Files.readString(file), InputFormat.YAML)).as(file.getFileName().toString()).isEmpty();
    Description d = Descriptions.builtIn().read(file).orElseThrow();
    for (LocalDate date : List.of(LocalDate.of(2017, 6, 1), LocalDate.of(2024, 6, 1))) {
      String receipt = Receipts.of(FRANCE).decision(FRANCE.decide(d.on(date), date, d.answers()));
      assertThat(decision().validate(receipt, InputFormat.JSON)).as("%s on %s", file.getFileName(), date).isEmpty();
    }
  }

  @Test
  @DisplayName("every gallery history's audit, and every dated operation's, is valid against the audit schema")
  void auditReceiptsAreValid() throws IOException {
    Schema audit = REGISTRY.getSchema(Schemas.audit());
    int audited = 0;
    for (Path file : galleryFiles().toList()) {
      Description d = Descriptions.builtIn().read(file).orElseThrow();
      org.dpia.core.model.ProcessingHistory history = d.history().orElseGet(() -> d.operation().orElseThrow().period().start().isPresent()
          ? org.dpia.core.model.ProcessingHistory.of(d.operation().orElseThrow()) : null);
      if (history == null || history.start().isAfter(LocalDate.of(2025, 6, 30))) {
        continue;
      }
      String receipt = Receipts.of(FRANCE).audit(FRANCE.audit(history, LocalDate.of(2025, 6, 30)), history);
      assertThat(audit.validate(receipt, InputFormat.JSON)).as(file.getFileName().toString()).isEmpty();
      audited++;
    }
    assertThat(audited).as("histories and dated operations in the gallery").isGreaterThanOrEqualTo(8);
    assertThat(audit.validate("{\"dpiaAuditVersion\": \"2\"}", InputFormat.JSON)).isNotEmpty();
  }

  @Test
  @DisplayName("what the writer writes is valid: custom terms, partial sets, answers, histories, in JSON and YAML")
  void writerOutputIsValid() {
    RoundTripTest.descriptions().forEach(arguments -> {
      Description d = (Description) arguments.get()[1];
      assertThat(description().validate(Descriptions.builtIn().write(d, Format.YAML), InputFormat.YAML)).as("%s", arguments.get()[0]).isEmpty();
      assertThat(description().validate(Descriptions.builtIn().write(d, Format.JSON), InputFormat.JSON)).as("%s", arguments.get()[0]).isEmpty();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "place: [ONLINE]",                                          // an unknown property
      "places: [STREET]",                                         // an unknown id
      "purposes: [{id: X, text: x}]",                             // a purpose of one's own without its family
      "purposes: [{id: MARKETING, text: x, family: OTHER}]",      // a built-in id redefined
      "dataCategories: IMAGES",                                   // a text for a list
      "profiling: maybe",                                         // a text for a yes/no fact
      "period: {from: 2022-11}",                                  // not a date
      "period: {to: 2025-01-31}",                                 // a last day without a first
      "scale: {dataSubjects: -1}",                                // a negative count
      "answers: {large-scale: yes}",                              // an answer that is not true, false or unknown
      "controller: {kind: COMPANY}"})                             // a controller without a name (twice given: also refused)
  @DisplayName("malformed samples are refused by the schema, as by the reader")
  void malformedSamplesAreRefused(String line) {
    String yaml = "name: x\n" + (line.startsWith("controller") ? "" : "controller: {name: y}\n") + line + "\n";
    List<Error> errors = description().validate(yaml, InputFormat.YAML);
    assertThat(errors).as(yaml).isNotEmpty();
    assertThat(Descriptions.builtIn().read(yaml, Format.YAML).problems()).as(yaml).isNotEmpty();
  }

  @Test
  @DisplayName("a minimal description is valid")
  void minimal() {
    assertThat(description().validate("name: x\ncontroller: {name: y}\n", InputFormat.YAML)).isEmpty();
    assertThat(description().validate("name: x\nversions: []\n", InputFormat.YAML)).isNotEmpty();
  }
}
