package org.dpia.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.dpia.core.logic.Truth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("ProcessingHistory and DpiaRecord: a processing over time and the DPIAs done for it")
class ProcessingHistoryTest {

  static final LocalDate V1 = LocalDate.of(2015, 1, 1);
  static final LocalDate V2 = LocalDate.of(2022, 11, 1);

  static ProcessingOperation.Builder cctv() {
    return ProcessingOperation.builder()
        .name("Video protection")
        .controller(Controller.of("Ville de Lille", StandardControllerKind.MUNICIPAL_POLICE))
        .purposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
        .dataCategories(DataCategory.IMAGES)
        .technologies(StandardTechnology.VIDEO_SURVEILLANCE);
  }

  static ProcessingOperation withBriefcam() {
    return cctv().technologies(StandardTechnology.VIDEO_SURVEILLANCE, StandardTechnology.ALGORITHMIC_VIDEO_ANALYSIS).build();
  }

  @Nested
  @DisplayName("history")
  class History {

    @Test
    @DisplayName("a history starts on its first version's first day")
    void start() {
      ProcessingHistory h = ProcessingHistory.builder().name("Lille")
          .addVersions(Version.of("CCTV", V1, cctv().build()))
          .addVersions(Version.of("CCTV + BriefCam", V2, withBriefcam()))
          .build();
      assertThat(h.start()).isEqualTo(V1);
      assertThat(h.end()).isEmpty();
    }

    @Test
    @DisplayName("a feature removed again may come back under the same label, with the same facts")
    void labelComesBack() {
      ProcessingHistory h = ProcessingHistory.builder().name("Lille")
          .addVersions(Version.of("CCTV", V1, cctv().build()))
          .addVersions(Version.of("CCTV + BriefCam", V2, withBriefcam()))
          .addVersions(Version.of("CCTV", LocalDate.of(2025, 2, 1), cctv().build()))
          .build();
      assertThat(h.versions()).hasSize(3);
    }

    @Test
    @DisplayName("versions out of date order, a label reused for other facts, and an end before the last version are all refused together")
    void everyProblem() {
      assertThatThrownBy(() -> ProcessingHistory.builder().name(" ")
              .addVersions(Version.of("CCTV", V2, cctv().build()))
              .addVersions(Version.of("CCTV", V1, withBriefcam()))
              .end(V1.minusDays(1))
              .build())
          .isInstanceOfSatisfying(InvalidDescriptionException.class, e -> {
            assertThat(e.problems()).hasSize(4);
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("name is blank"));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("must be in date order"));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("used for two versions with different facts"));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("ends (2014-12-31) before its last version starts"));
          });
    }

    @Test
    @DisplayName("two versions starting the same day are refused")
    void sameDay() {
      assertThatThrownBy(() -> ProcessingHistory.builder().name("Lille")
              .addVersions(Version.of("a", V1, cctv().build()))
              .addVersions(Version.of("b", V1, withBriefcam()))
              .build())
          .isInstanceOfSatisfying(InvalidDescriptionException.class, e -> assertThat(e.problems()).singleElement()
              .asString().contains("on or before the previous one"));
    }

    @Test
    @DisplayName("a history needs a version")
    void noVersion() {
      assertThatThrownBy(() -> ProcessingHistory.builder().name("Lille").build())
          .isInstanceOfSatisfying(InvalidDescriptionException.class,
              e -> assertThat(e.problems()).containsExactly("a history needs at least one version"));
    }

    @Test
    @DisplayName("an operation that did not change is a history of one version over its period, with its DPIAs")
    void ofOperation() {
      DpiaRecord dpia = DpiaRecord.builder().title("AIPD").completedOn(V1).build();
      ProcessingOperation op = cctv().period(ProcessingPeriod.of(V1, V2)).addDpias(dpia).build();

      ProcessingHistory h = ProcessingHistory.of(op);

      assertThat(h.name()).isEqualTo("Video protection");
      assertThat(h.versions()).singleElement().satisfies(v -> {
        assertThat(v.from()).isEqualTo(V1);
        assertThat(v.facts()).isEqualTo(op);
      });
      assertThat(h.end()).contains(V2);
      assertThat(h.dpias()).containsExactly(dpia);
      assertThatThrownBy(() -> ProcessingHistory.of(cctv().build()))
          .isInstanceOf(InvalidDescriptionException.class)
          .hasMessageContaining("the day the processing started");
    }

    @Test
    @DisplayName("a version needs a label")
    void blankLabel() {
      assertThatThrownBy(() -> Version.of(" ", V1, cctv().build()))
          .isInstanceOfSatisfying(InvalidDescriptionException.class,
              e -> assertThat(e.problems()).containsExactly("the version's label is blank"));
    }
  }

  @Nested
  @DisplayName("what a DPIA covers")
  class Covers {

    static final Version CCTV = Version.of("CCTV", V1, cctv().build());
    static final Version BRIEFCAM = Version.of("CCTV + BriefCam", V2, withBriefcam());

    static DpiaRecord.Builder cctvDpia() {
      return DpiaRecord.builder().title("AIPD vidéoprotection").completedOn(LocalDate.of(2021, 6, 1))
          .addPurposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
          .addDataCategories(DataCategory.IMAGES)
          .addTechnologies(StandardTechnology.VIDEO_SURVEILLANCE);
    }

    @Test
    @DisplayName("a DPIA that assessed everything a version does covers it")
    void coversWhatItAssessed() {
      assertThat(cctvDpia().build().covers(CCTV)).isEqualTo(Truth.TRUE);
    }

    @Test
    @DisplayName("a CCTV DPIA does not cover video analytics added later")
    void doesNotCoverNewTechnology() {
      assertThat(cctvDpia().build().covers(BRIEFCAM)).isEqualTo(Truth.FALSE);
    }

    @Test
    @DisplayName("a DPIA that names a version covers it, whatever it assessed")
    void namedVersion() {
      assertThat(cctvDpia().addVersions("CCTV + BriefCam").build().covers(BRIEFCAM)).isEqualTo(Truth.TRUE);
    }

    @Test
    @DisplayName("a DPIA that names only other versions does not cover this one")
    void otherVersionNamed() {
      DpiaRecord onlyV1 = DpiaRecord.builder().title("AIPD").completedOn(V1).addVersions("CCTV").build();
      assertThat(onlyV1.covers(BRIEFCAM)).isEqualTo(Truth.FALSE);
    }

    @Test
    @DisplayName("a DPIA that says nothing of its scope may or may not cover a version")
    void unscoped() {
      assertThat(DpiaRecord.builder().title("AIPD").completedOn(V1).build().covers(CCTV)).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    @DisplayName("a version whose technologies are only partly known may use one the DPIA did not assess")
    void partlyKnownVersion() {
      Version partly = Version.of("partly", V2, cctv().technologies(FactSet.atLeast(StandardTechnology.VIDEO_SURVEILLANCE)).build());
      assertThat(cctvDpia().build().covers(partly)).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    @DisplayName("a dimension the DPIA did not list is covered only if the version has nothing in it")
    void unlistedDimension() {
      DpiaRecord noTechnology = DpiaRecord.builder().title("AIPD").completedOn(V1)
          .addPurposes(StandardPurpose.CRIMINAL_OFFENCE_PREVENTION_AND_DETECTION)
          .addDataCategories(DataCategory.IMAGES)
          .build();
      Version withoutTechnology = Version.of("paper", V1, cctv().technologies(FactSet.none()).build());

      assertThat(noTechnology.covers(withoutTechnology)).isEqualTo(Truth.TRUE);
      assertThat(noTechnology.covers(CCTV)).isEqualTo(Truth.UNKNOWN);
    }
  }
}
