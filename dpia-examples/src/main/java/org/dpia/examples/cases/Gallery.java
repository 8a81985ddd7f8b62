package org.dpia.examples.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every case of the examples, by id, the Lille BriefCam case first. */
public final class Gallery {
  private Gallery() {}

  private static final Map<String, Case> CASES;

  static {
    Map<String, Case> cases = new LinkedHashMap<>();
    List<Case> all = new ArrayList<>();
    all.add(LilleBriefCam.briefcamCase());
    all.add(LilleBriefCam.historyCase());
    all.addAll(GalleryCases.all());
    for (Case c : all) {
      if (cases.put(c.id(), c) != null) {
        throw new IllegalStateException("two cases have the id " + c.id());
      }
    }
    CASES = Collections.unmodifiableMap(cases);
  }

  /** Every case, in order. */
  public static List<Case> all() {
    return List.copyOf(CASES.values());
  }

  /** The case with this id. */
  public static Optional<Case> find(String id) {
    return Optional.ofNullable(CASES.get(id));
  }
}
