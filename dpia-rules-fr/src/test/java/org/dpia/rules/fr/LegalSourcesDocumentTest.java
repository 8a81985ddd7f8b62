package org.dpia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpia.rules.fr.Fixtures.FRANCE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dpia.core.law.LegalSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The project's own record of its sources, {@code LEGAL-SOURCES.md}, agrees with the code: every
 * source the rulebook encodes is listed, under its id, with the short titles it is cited by and the
 * verification status its file declares, and nothing is listed that the rulebook does not encode.
 */
@DisplayName("LEGAL-SOURCES.md agrees with the rule files")
class LegalSourcesDocumentTest {

  static List<String> rows() throws IOException {
    String document = Files.readString(Path.of("LEGAL-SOURCES.md"), StandardCharsets.UTF_8);
    String sources = document.substring(document.indexOf("## Sources"), document.indexOf("## Rules and what they encode"));
    return sources.lines().filter(l -> l.startsWith("| ") && l.contains("(`")).toList();
  }

  static Optional<String> row(LegalSource source) throws IOException {
    return rows().stream().filter(r -> r.contains("(`" + source.id() + "`)")).findFirst();
  }

  @Test
  @DisplayName("every source of the rulebook is listed with the status its file declares")
  void everySourceListedWithItsStatus() throws IOException {
    for (LegalSource source : FRANCE.sources()) {
      Optional<String> row = row(source);
      assertThat(row).as("a row for %s", source.id()).isPresent();
      String[] cells = row.get().split("\\|");
      String status = cells[cells.length - 1].trim();
      assertThat(status).as("the status of %s", source.id())
          .startsWith(source.verification().label().english().toLowerCase(Locale.ROOT));
    }
  }

  @Test
  @DisplayName("every source is listed with the short titles it is cited by, in English and in French")
  void everySourceListedWithItsShortTitles() throws IOException {
    for (LegalSource source : FRANCE.sources()) {
      String english = source.shortTitle(Locale.ENGLISH);
      String french = source.shortTitle(Locale.FRENCH);
      String[] cells = row(source).orElseThrow().split("\\|");
      assertThat(cells[2].trim()).as("the short titles of %s", source.id())
          .isEqualTo(english.equals(french) ? english : english + " / " + french);
    }
  }

  @Test
  @DisplayName("nothing is listed that the rulebook does not encode")
  void noStaleRow() throws IOException {
    List<String> ids = FRANCE.sources().stream().map(LegalSource::id).toList();
    assertThat(rows()).hasSameSizeAs(ids)
        .allSatisfy(r -> assertThat(ids).anyMatch(id -> r.contains("(`" + id + "`)")));
  }
}
