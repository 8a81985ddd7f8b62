package org.dpia.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dpia.core.model.DataCategory.BIOMETRIC;
import static org.dpia.core.model.DataCategory.HEALTH;
import static org.dpia.core.model.DataCategory.IMAGES;
import static org.dpia.core.model.DataCategory.LICENCE_PLATES;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dpia.core.logic.Truth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("FactSet: a set that may be only partly known")
class FactSetTest {

  static final FactSet<DataCategory> UNKNOWN = FactSet.unknown();
  static final FactSet<DataCategory> NONE = FactSet.none();
  static final FactSet<DataCategory> EXACTLY_IMAGES_AND_PLATES = FactSet.of(IMAGES, LICENCE_PLATES);
  static final FactSet<DataCategory> AT_LEAST_IMAGES = FactSet.atLeast(IMAGES);
  static final FactSet<DataCategory> EXACTLY_IMAGES_AND_HEALTH = FactSet.of(IMAGES, HEALTH);
  static final FactSet<DataCategory> AT_LEAST_IMAGES_AND_HEALTH = FactSet.atLeast(IMAGES, HEALTH);

  @Nested
  @DisplayName("the four states")
  class States {

    @Test
    @DisplayName("unknown knows nothing, none knows the set is empty")
    void unknownAndNone() {
      assertThat(UNKNOWN.isUnknown()).isTrue();
      assertThat(UNKNOWN.isNone()).isFalse();
      assertThat(UNKNOWN.isComplete()).isFalse();
      assertThat(NONE.isUnknown()).isFalse();
      assertThat(NONE.isNone()).isTrue();
      assertThat(NONE.isComplete()).isTrue();
      assertThat(UNKNOWN).isNotEqualTo(NONE);
    }

    @Test
    @DisplayName("of lists every item; at least lists some")
    void ofAndAtLeast() {
      assertThat(EXACTLY_IMAGES_AND_PLATES.isComplete()).isTrue();
      assertThat(EXACTLY_IMAGES_AND_PLATES.isNone()).isFalse();
      assertThat(AT_LEAST_IMAGES.isComplete()).isFalse();
      assertThat(AT_LEAST_IMAGES.isUnknown()).isFalse();
      assertThat(EXACTLY_IMAGES_AND_PLATES.known()).containsExactly(IMAGES, LICENCE_PLATES);
    }

    @Test
    @DisplayName("exactly nothing is none, and at least nothing is unknown")
    void emptyForms() {
      assertThat(FactSet.<DataCategory>of()).isEqualTo(NONE).hasSameHashCodeAs(NONE);
      assertThat(FactSet.<DataCategory>exactly(List.of())).isEqualTo(NONE);
      assertThat(FactSet.<DataCategory>atLeast()).isEqualTo(UNKNOWN).hasSameHashCodeAs(UNKNOWN);
      assertThat(FactSet.<DataCategory>atLeast(List.of()).isUnknown()).isTrue();
    }

    @Test
    @DisplayName("known items keep the order given, each once")
    void order() {
      assertThat(FactSet.of(LICENCE_PLATES, IMAGES, LICENCE_PLATES).known()).containsExactly(LICENCE_PLATES, IMAGES);
    }
  }

  static Stream<Arguments> membership() {
    return Stream.of(
        Arguments.of(UNKNOWN, IMAGES, Truth.UNKNOWN),
        Arguments.of(NONE, IMAGES, Truth.FALSE),
        Arguments.of(EXACTLY_IMAGES_AND_PLATES, IMAGES, Truth.TRUE),
        Arguments.of(EXACTLY_IMAGES_AND_PLATES, BIOMETRIC, Truth.FALSE),
        Arguments.of(AT_LEAST_IMAGES, IMAGES, Truth.TRUE),
        Arguments.of(AT_LEAST_IMAGES, BIOMETRIC, Truth.UNKNOWN));
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @MethodSource("membership")
  @DisplayName("an item is in the set if known, out of it only if the set is complete without it")
  void contains(FactSet<DataCategory> set, DataCategory item, Truth expected) {
    assertThat(set.contains(item)).isEqualTo(expected);
  }

  static Stream<Arguments> specialCategoryQuestions() {
    // any special category? every category special?
    return Stream.of(
        Arguments.of(UNKNOWN, Truth.UNKNOWN, Truth.UNKNOWN),
        Arguments.of(NONE, Truth.FALSE, Truth.TRUE),
        Arguments.of(FactSet.of(HEALTH, BIOMETRIC), Truth.TRUE, Truth.TRUE),
        Arguments.of(EXACTLY_IMAGES_AND_HEALTH, Truth.TRUE, Truth.FALSE),
        Arguments.of(EXACTLY_IMAGES_AND_PLATES, Truth.FALSE, Truth.FALSE),
        Arguments.of(FactSet.atLeast(HEALTH), Truth.TRUE, Truth.UNKNOWN),
        Arguments.of(AT_LEAST_IMAGES, Truth.UNKNOWN, Truth.FALSE),
        Arguments.of(AT_LEAST_IMAGES_AND_HEALTH, Truth.TRUE, Truth.FALSE));
  }

  @ParameterizedTest(name = "{0}: any special {1}, all special {2}")
  @MethodSource("specialCategoryQuestions")
  @DisplayName("any and all answer in three-valued logic: unknown only while the unlisted items could change it")
  void anyAndAllMatch(FactSet<DataCategory> set, Truth anySpecial, Truth allSpecial) {
    assertThat(set.anyMatch(DataCategory::isSpecialCategory)).isEqualTo(anySpecial);
    assertThat(set.allMatch(DataCategory::isSpecialCategory)).isEqualTo(allSpecial);
    assertThat(set.anyTruth(c -> Truth.of(c.isSpecialCategory()))).isEqualTo(anySpecial);
  }

  static Stream<Arguments> threeValuedProperties() {
    // a property that is itself unknown for images (are they processed to identify people?)
    return Stream.of(
        Arguments.of(UNKNOWN, Truth.UNKNOWN),
        Arguments.of(NONE, Truth.FALSE),
        Arguments.of(FactSet.of(LICENCE_PLATES), Truth.FALSE),
        Arguments.of(FactSet.of(IMAGES, LICENCE_PLATES), Truth.UNKNOWN),
        Arguments.of(FactSet.of(IMAGES, BIOMETRIC), Truth.TRUE),
        Arguments.of(FactSet.atLeast(LICENCE_PLATES), Truth.UNKNOWN),
        Arguments.of(FactSet.atLeast(BIOMETRIC), Truth.TRUE));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("threeValuedProperties")
  @DisplayName("anyTruth combines a three-valued property over the known items and the unknown rest")
  void anyTruth(FactSet<DataCategory> set, Truth expected) {
    assertThat(set.anyTruth(c -> c == BIOMETRIC ? Truth.TRUE : c == IMAGES ? Truth.UNKNOWN : Truth.FALSE))
        .isEqualTo(expected);
  }

  @Test
  @DisplayName("adding an item keeps the set complete or open as it was, and leaves the original alone")
  void plus() {
    assertThat(NONE.plus(IMAGES)).isEqualTo(FactSet.of(IMAGES));
    assertThat(UNKNOWN.plus(IMAGES)).isEqualTo(FactSet.atLeast(IMAGES));
    assertThat(EXACTLY_IMAGES_AND_PLATES.plus(HEALTH)).isEqualTo(FactSet.of(IMAGES, LICENCE_PLATES, HEALTH));
    assertThat(EXACTLY_IMAGES_AND_PLATES.plus(IMAGES)).isEqualTo(EXACTLY_IMAGES_AND_PLATES);
    assertThat(NONE.isNone()).isTrue();
    assertThat(EXACTLY_IMAGES_AND_PLATES.known()).containsExactly(IMAGES, LICENCE_PLATES);
  }

  @Test
  @DisplayName("completing a set declares that the known items are all there are")
  void completed() {
    assertThat(AT_LEAST_IMAGES.completed()).isEqualTo(FactSet.of(IMAGES));
    assertThat(AT_LEAST_IMAGES.completed().contains(BIOMETRIC)).isEqualTo(Truth.FALSE);
    assertThat(UNKNOWN.completed()).isEqualTo(NONE);
    assertThat(EXACTLY_IMAGES_AND_PLATES.completed()).isSameAs(EXACTLY_IMAGES_AND_PLATES);
    assertThat(AT_LEAST_IMAGES.isComplete()).isFalse();
  }

  @Test
  @DisplayName("fact sets are equal when they know the same items and are equally complete, whatever the order")
  void equality() {
    assertThat(FactSet.of(IMAGES, LICENCE_PLATES))
        .isEqualTo(FactSet.of(LICENCE_PLATES, IMAGES))
        .hasSameHashCodeAs(FactSet.of(LICENCE_PLATES, IMAGES))
        .isEqualTo(FactSet.exactly(List.of(IMAGES, LICENCE_PLATES)))
        .isNotEqualTo(FactSet.atLeast(IMAGES, LICENCE_PLATES))
        .isNotEqualTo(FactSet.of(IMAGES));
  }

  @Test
  @DisplayName("a fact set prints whether it is unknown, none, complete or open")
  void printing() {
    assertThat(UNKNOWN).hasToString("unknown");
    assertThat(NONE).hasToString("none");
    assertThat(EXACTLY_IMAGES_AND_PLATES).hasToString("[IMAGES, LICENCE_PLATES]");
    assertThat(AT_LEAST_IMAGES_AND_HEALTH).hasToString("[IMAGES, HEALTH, …]");
  }

  @Test
  @DisplayName("the known items cannot be changed through the set or through the list it was made from")
  void unmodifiable() {
    List<DataCategory> source = new ArrayList<>(List.of(IMAGES));
    FactSet<DataCategory> set = FactSet.exactly(source);
    source.add(HEALTH);

    assertThat(set.known()).containsExactly(IMAGES);
    assertThatThrownBy(() -> set.known().add(HEALTH)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> UNKNOWN.known().add(HEALTH)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("a fact set refuses null items and null lists")
  void nulls() {
    assertThatNullPointerException().isThrownBy(() -> FactSet.of(IMAGES, null));
    assertThatNullPointerException().isThrownBy(() -> FactSet.atLeast(Arrays.asList(IMAGES, null)));
    assertThatNullPointerException().isThrownBy(() -> FactSet.exactly(null));
    assertThatNullPointerException().isThrownBy(() -> FactSet.atLeast((List<DataCategory>) null));
    assertThatNullPointerException().isThrownBy(() -> EXACTLY_IMAGES_AND_PLATES.plus(null));
  }

  @Nested
  @DisplayName("none of these, the rest unknown")
  class Exclusions {

    @Test
    @DisplayName("over a closed vocabulary, 'none of the special categories' settles that none is processed, the rest unknown")
    void noSpecialCategory() {
      DataCategory[] special = Arrays.stream(DataCategory.values()).filter(DataCategory::isSpecialCategory).toArray(DataCategory[]::new);
      FactSet<DataCategory> set = FactSet.noneOf(special);

      assertThat(set.anyMatch(DataCategory::isSpecialCategory)).isEqualTo(Truth.FALSE);
      assertThat(set.anyTruth(c -> Truth.of(c.isSpecialCategory()))).isEqualTo(Truth.FALSE);
      assertThat(set.allMatch(c -> !c.isSpecialCategory())).isEqualTo(Truth.TRUE);
      assertThat(set.contains(HEALTH)).isEqualTo(Truth.FALSE);
      assertThat(set.contains(IMAGES)).isEqualTo(Truth.UNKNOWN);
      assertThat(set.anyMatch(DataCategory::isSensitiveOrHighlyPersonal)).as("location and others stay possible").isEqualTo(Truth.UNKNOWN);
      assertThat(set.isUnknown()).isFalse();
      assertThat(set.toString()).startsWith("[…] without [");
    }

    @Test
    @DisplayName("known items and excluded ones combine; an item cannot be both")
    void combined() {
      FactSet<DataCategory> set = FactSet.atLeast(IMAGES).without(BIOMETRIC);

      assertThat(set.contains(IMAGES)).isEqualTo(Truth.TRUE);
      assertThat(set.contains(BIOMETRIC)).isEqualTo(Truth.FALSE);
      assertThat(set.contains(HEALTH)).isEqualTo(Truth.UNKNOWN);
      assertThat(set.excluded()).containsExactly(BIOMETRIC);
      assertThat(set).isEqualTo(FactSet.atLeast(IMAGES).without(BIOMETRIC)).isNotEqualTo(FactSet.atLeast(IMAGES));
      assertThat(set.hashCode()).isEqualTo(FactSet.atLeast(IMAGES).without(BIOMETRIC).hashCode());
      assertThatThrownBy(() -> FactSet.atLeast(IMAGES).without(IMAGES)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> set.plus(BIOMETRIC)).isInstanceOf(IllegalArgumentException.class);
      assertThat(set.plus(HEALTH).contains(BIOMETRIC)).isEqualTo(Truth.FALSE);
      assertThat(set.completed().excluded()).isEmpty();
      assertThat(FactSet.of(IMAGES).without(HEALTH)).isEqualTo(FactSet.of(IMAGES));
      assertThatThrownBy(() -> FactSet.of(IMAGES).without(IMAGES)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("over an open vocabulary only the excluded items themselves are settled: others may be added by anyone")
    void openVocabulary() {
      FactSet<Purpose> purposes = FactSet.<Purpose>noneOf(StandardPurpose.NATIONAL_SECURITY_AND_DEFENCE);

      assertThat(purposes.contains(StandardPurpose.NATIONAL_SECURITY_AND_DEFENCE)).isEqualTo(Truth.FALSE);
      assertThat(purposes.contains(StandardPurpose.MARKETING)).isEqualTo(Truth.UNKNOWN);
      assertThat(purposes.anyMatch(p -> p == StandardPurpose.NATIONAL_SECURITY_AND_DEFENCE)).as("a custom purpose might be one")
          .isEqualTo(Truth.UNKNOWN);
      assertThat(purposes.allTruth(p -> Truth.FALSE)).isEqualTo(Truth.UNKNOWN);
    }
  }
}
