package org.dpia.core.model;

import java.util.Optional;

/**
 * What a processing is for. Core's common purposes are in {@link StandardPurpose}; a rulebook adds
 * purposes that only its law names (for example the management of a French commune's electoral
 * roll); an application describes others with {@link CustomPurpose}.
 */
public interface Purpose extends Vocabulary {

  /**
   * The family the purpose belongs to, which tells the rules what kind of purpose it is; empty when
   * not known, and then the rules read the purpose as possibly of any family.
   */
  default Optional<PurposeFamily> family() {
    return Optional.empty();
  }
}
