package org.dpia.examples.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dpia.core.decision.Decision;
import org.dpia.core.decision.Rulebook;
import org.dpia.core.model.ProcessingHistory;
import org.dpia.core.model.ProcessingOperation;
import org.dpia.examples.cases.Case;
import org.dpia.examples.cases.Gallery;
import org.dpia.json.Description;
import org.dpia.json.Descriptions;
import org.dpia.json.Format;
import org.dpia.json.Result;
import org.dpia.rules.fr.FrenchRulebook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gallery as data: every case is a YAML file in {@code gallery/} at the top of the repository
 * ({@code <case id>.yaml}, and {@code <case id>.history.yaml} for a case told over time), so that
 * applications in any language can reuse the cases as fixtures. Each file is exactly what the Java
 * case writes, reads back equal to it, and decides as the case does, so the two cannot drift.
 *
 * <p>After a change to a case, rewrite the files with
 * {@code ./mvnw -B verify -pl dpia-examples -am -Dtest=GalleryFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Ddpia.gallery.write=true}
 * and commit them.
 */
@DisplayName("The gallery as YAML files, in step with the Java cases")
class GalleryFilesTest {
  static final Rulebook FRANCE = FrenchRulebook.create();
  static final Path GALLERY = Path.of("").toAbsolutePath().getParent().resolve("gallery");
  static final boolean WRITE = Boolean.getBoolean("dpia.gallery.write");

  static Stream<Case> cases() {
    return Gallery.all().stream();
  }

  static Path file(Case c) {
    return GALLERY.resolve(c.id() + ".yaml");
  }

  static Path historyFile(Case c) {
    return GALLERY.resolve(c.id() + ".history.yaml");
  }

  /** The file as the case writes it; written when -Ddpia.gallery.write=true. */
  static String expect(Path file, String text) throws IOException {
    if (WRITE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    }
    assertThat(file).as("%s: write the gallery files with -Ddpia.gallery.write=true", file.getFileName()).exists();
    return Files.readString(file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("each file is what its case writes, reads back equal, and decides as the case does")
  void everyCase(Case c) throws IOException {
    String written = Descriptions.builtIn().write(c.operation(), Format.YAML);
    String text = expect(file(c), written);
    assertThat(text).as("%s is what the Java case writes", file(c).getFileName()).isEqualTo(written);

    Result<Description> read = Descriptions.builtIn().read(file(c));
    assertThat(read.problems()).as(c.id()).isEmpty();
    ProcessingOperation op = read.orElseThrow().operation().orElseThrow();
    assertThat(op).isEqualTo(c.operation());
    Decision fromFile = FRANCE.decide(op, c.date());
    assertThat(fromFile.outcome()).as(c.id()).isEqualTo(c.outcome());
    assertThat(fromFile.decisiveRuleIds().stream().distinct()).as(c.id())
        .containsExactlyInAnyOrderElementsOf(c.grounds().stream().map(r -> r.id()).distinct().toList());
    for (Format format : Format.values()) {
      assertThat(Descriptions.builtIn().read(Descriptions.builtIn().write(op, format), format).orElseThrow())
          .as("%s in %s", c.id(), format).isEqualTo(Description.of(c.operation()));
    }

    if (c.history().isPresent()) {
      ProcessingHistory history = c.history().get();
      String historyText = expect(historyFile(c), Descriptions.builtIn().write(history, Format.YAML));
      assertThat(historyText).isEqualTo(Descriptions.builtIn().write(history, Format.YAML));
      ProcessingHistory fromHistoryFile = Descriptions.builtIn().read(historyFile(c)).orElseThrow().history().orElseThrow();
      assertThat(fromHistoryFile).isEqualTo(history);
      assertThat(FRANCE.audit(fromHistoryFile, c.auditUntil().orElseThrow()).breachedPeriods()).containsExactlyElementsOf(c.breaches());
    }
  }

  @Test
  @DisplayName("the gallery folder holds a file for every case and nothing else")
  void noStrayFile() throws IOException {
    List<String> expected = new ArrayList<>();
    for (Case c : Gallery.all()) {
      expected.add(file(c).getFileName().toString());
      c.history().ifPresent(h -> expected.add(historyFile(c).getFileName().toString()));
    }
    try (Stream<Path> files = Files.list(GALLERY)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md")))
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }
}
