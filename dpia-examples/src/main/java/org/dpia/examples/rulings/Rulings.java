package org.dpia.examples.rulings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public gallery of real rulings: decisions of the CNIL, of other supervisory authorities of
 * the EU and of courts, each on whether a DPIA was required, each described with the facts it
 * states. The library is measured on them: how many get a definite answer, and that none gets the
 * opposite of what was held ({@link RulingsTable} prints the table).
 */
public final class Rulings {
  private Rulings() {}

  private static final Map<String, Ruling> RULINGS;

  static {
    Map<String, Ruling> rulings = new LinkedHashMap<>();
    List<Ruling> all = new ArrayList<>();
    all.addAll(FrenchRulings.all());
    all.addAll(EuropeanRulings.all());
    for (Ruling r : all) {
      if (rulings.put(r.id(), r) != null) {
        throw new IllegalStateException("two rulings have the id " + r.id());
      }
    }
    RULINGS = Collections.unmodifiableMap(rulings);
  }

  /** Every ruling, the French ones first. */
  public static List<Ruling> all() {
    return List.copyOf(RULINGS.values());
  }

  /** The ruling with this id. */
  public static Optional<Ruling> find(String id) {
    return Optional.ofNullable(RULINGS.get(id));
  }
}
