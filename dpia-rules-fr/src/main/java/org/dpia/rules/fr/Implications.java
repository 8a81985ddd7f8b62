package org.dpia.rules.fr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dpia.core.logic.Truth;
import org.dpia.core.model.DataCategory;

/**
 * What one answered fact implies for another, so that answers given by id stay consistent: health
 * data is a special category, a special category is sensitive data, and so on. "A implies B" also
 * gives "not B implies not A". Contradictory answers are refused.
 */
final class Implications {
  private Implications() {}

  private static final List<String[]> RULES = new ArrayList<>();

  static {
    for (DataCategory c : DataCategory.values()) {
      String id = Facts.data(c).id();
      if (c.isSpecialCategory()) {
        RULES.add(new String[] {id, Facts.SPECIAL_DATA.id()});
      }
      if (c.isCriminalOffenceData()) {
        RULES.add(new String[] {id, Facts.CRIMINAL_DATA.id()});
      }
      if (c.isSensitiveOrHighlyPersonal()) {
        RULES.add(new String[] {id, Facts.SENSITIVE_OR_HIGHLY_PERSONAL.id()});
      }
    }
    RULES.add(new String[] {Facts.SPECIAL_DATA.id(), Facts.SENSITIVE_OR_HIGHLY_PERSONAL.id()});
    RULES.add(new String[] {Facts.CRIMINAL_DATA.id(), Facts.SENSITIVE_OR_HIGHLY_PERSONAL.id()});
    RULES.add(new String[] {Facts.VIDEO_ANALYSIS.id(), Facts.MONITORING_TECHNOLOGY.id()});
    RULES.add(new String[] {Facts.VIDEO_ANALYSIS.id(), Facts.INNOVATIVE_TECHNOLOGY.id()});
  }

  /**
   * The answers with everything they imply added.
   *
   * @throws IllegalArgumentException if two answers contradict each other
   */
  static Map<String, Truth> close(Map<String, Truth> answers) {
    if (answers.isEmpty()) {
      return Map.of();
    }
    Map<String, Truth> closed = new HashMap<>(answers);
    closed.values().removeIf(t -> t == Truth.UNKNOWN);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String[] r : RULES) {
        changed |= infer(closed, answers, r[0], Truth.TRUE, r[1], Truth.TRUE);
        changed |= infer(closed, answers, r[1], Truth.FALSE, r[0], Truth.FALSE);
      }
    }
    return Map.copyOf(closed);
  }

  private static boolean infer(Map<String, Truth> closed, Map<String, Truth> given, String if_, Truth is, String then, Truth value) {
    if (closed.get(if_) != is) {
      return false;
    }
    Truth current = closed.get(then);
    if (current == null) {
      closed.put(then, value);
      return true;
    }
    if (current != value) {
      throw new IllegalArgumentException("contradictory answers: '" + if_ + "' is " + is + ", which makes '" + then + "' "
          + value + ", but it was answered " + current + " (given: " + given + ")");
    }
    return false;
  }
}
