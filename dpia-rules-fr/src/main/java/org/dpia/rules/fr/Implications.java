package org.dpia.rules.fr;

import java.util.ArrayList;
import java.util.List;
import org.dpia.core.decision.spi.Implication;
import org.dpia.core.model.DataCategory;
import org.dpia.rules.fr.gdpr.Article35;
import org.dpia.rules.fr.wp248.Wp248;

/**
 * What one fact implies for another, so that answers given by fact id stay consistent: health data
 * is a special category, a special category is sensitive data in the sense of WP248 criterion 4,
 * algorithmic video analysis is a monitoring and an innovative technology, an extensive evaluation is
 * an evaluation.
 */
final class Implications {
  private Implications() {}

  /** Every implication the French rulebook declares. */
  static final List<Implication> ALL = build();

  private static List<Implication> build() {
    List<Implication> all = new ArrayList<>();
    for (DataCategory c : DataCategory.values()) {
      if (c.isSpecialCategory()) {
        all.add(Implication.of(Facts.data(c), Facts.SPECIAL_DATA));
      }
      if (c.isCriminalOffenceData()) {
        all.add(Implication.of(Facts.data(c), Facts.CRIMINAL_DATA));
      }
      if (c.isSensitiveOrHighlyPersonal()) {
        all.add(Implication.of(Facts.data(c), Wp248.SENSITIVE_OR_HIGHLY_PERSONAL));
      }
    }
    all.add(Implication.of(Facts.SPECIAL_DATA, Wp248.SENSITIVE_OR_HIGHLY_PERSONAL));
    all.add(Implication.of(Facts.CRIMINAL_DATA, Wp248.SENSITIVE_OR_HIGHLY_PERSONAL));
    all.add(Implication.of(Facts.VIDEO_ANALYSIS, Wp248.MONITORING_TECHNOLOGY));
    all.add(Implication.of(Facts.VIDEO_ANALYSIS, Wp248.INNOVATIVE_TECHNOLOGY));
    all.add(Implication.of(Article35.EXTENSIVE_EVALUATION, Facts.PROFILING));
    // a decision based on an automated evaluation is a decision based on automated processing
    all.add(Implication.of(Article35.DECISIONS_ON_EVALUATION, Facts.AUTOMATED_DECISIONS));
    return List.copyOf(all);
  }
}
