package org.dpia.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dpia.core.model.ControllerKind;
import org.dpia.core.model.LegalFramework;
import org.dpia.core.model.Place;
import org.dpia.core.model.Purpose;
import org.dpia.core.model.StandardControllerKind;
import org.dpia.core.model.StandardPlace;
import org.dpia.core.model.StandardPurpose;
import org.dpia.core.model.StandardTechnology;
import org.dpia.core.model.Technology;
import org.dpia.core.model.Vocabulary;
import org.dpia.rules.fr.FrenchControllerKind;
import org.dpia.rules.fr.FrenchLegalFramework;
import org.dpia.rules.fr.FrenchPurpose;
import org.dpia.rules.fr.FrenchTechnology;

/**
 * The terms of the open vocabularies a description may name by id: purposes, technologies, kinds
 * of controller, places and legal frameworks. {@link #builtIn()} holds core's standard terms and
 * the French rulebook's ({@code FR_…}); an application adds its own with {@link #with}. A term
 * not registered is written in full (a {@code CustomPurpose}, {@code CustomTechnology} or
 * {@code CustomLegalFramework} with its declared properties) and read back as such.
 */
public final class Terms {
  /** The five open vocabularies, in the order the schema lists them. */
  static final List<Class<? extends Vocabulary>> KINDS =
      List.of(Purpose.class, Technology.class, ControllerKind.class, Place.class, LegalFramework.class);

  private static final Terms BUILT_IN = new Terms(Map.of()).with(StandardPurpose.values()).with(FrenchPurpose.values())
      .with(StandardTechnology.values()).with(FrenchTechnology.values())
      .with(StandardControllerKind.values()).with(FrenchControllerKind.values())
      .with(StandardPlace.values())
      .with(FrenchLegalFramework.values());

  private final Map<Class<? extends Vocabulary>, Map<String, Vocabulary>> byKind;

  private Terms(Map<Class<? extends Vocabulary>, Map<String, Vocabulary>> byKind) {
    Map<Class<? extends Vocabulary>, Map<String, Vocabulary>> copy = new LinkedHashMap<>();
    for (Class<? extends Vocabulary> kind : KINDS) {
      copy.put(kind, Collections.unmodifiableMap(new LinkedHashMap<>(byKind.getOrDefault(kind, Map.of()))));
    }
    this.byKind = Collections.unmodifiableMap(copy);
  }

  /** Core's standard terms and the French rulebook's. */
  public static Terms builtIn() {
    return BUILT_IN;
  }

  /**
   * These terms and those given, each registered under every open vocabulary it belongs to.
   *
   * @throws IllegalArgumentException if a term belongs to no open vocabulary, or its id is already
   *     taken by another term of the same vocabulary
   */
  public Terms with(Vocabulary... terms) {
    Map<Class<? extends Vocabulary>, Map<String, Vocabulary>> copy = new LinkedHashMap<>();
    byKind.forEach((k, v) -> copy.put(k, new LinkedHashMap<>(v)));
    for (Vocabulary term : terms) {
      Objects.requireNonNull(term, "term");
      boolean placed = false;
      for (Class<? extends Vocabulary> kind : KINDS) {
        if (kind.isInstance(term)) {
          Vocabulary before = copy.get(kind).putIfAbsent(term.id(), term);
          if (before != null && !before.equals(term)) {
            throw new IllegalArgumentException("two " + noun(kind) + "s have the id " + term.id());
          }
          placed = true;
        }
      }
      if (!placed) {
        throw new IllegalArgumentException(term.id() + " is not a purpose, technology, kind of controller, place or legal framework");
      }
    }
    return new Terms(copy);
  }

  /** The ids of one vocabulary's terms, in the order they were registered. */
  public List<String> ids(Class<? extends Vocabulary> vocabulary) {
    Map<String, Vocabulary> terms = byKind.get(vocabulary);
    if (terms == null) {
      throw new IllegalArgumentException("not an open vocabulary: " + vocabulary.getName());
    }
    return List.copyOf(terms.keySet());
  }

  /** The term of that vocabulary with this id, if one is registered. */
  public <T extends Vocabulary> Optional<T> find(Class<T> vocabulary, String id) {
    Map<String, Vocabulary> terms = byKind.get(vocabulary);
    return terms == null ? Optional.empty() : Optional.ofNullable(terms.get(id)).map(vocabulary::cast);
  }

  /** Whether this very term is registered: its id names it, and not another term with the same id. */
  boolean registered(Class<? extends Vocabulary> vocabulary, Vocabulary term) {
    return term.equals(byKind.get(vocabulary).get(term.id()));
  }

  /** The vocabulary's name in words: "purpose", "technology", "kind of controller", "place", "legal framework". */
  static String noun(Class<? extends Vocabulary> kind) {
    if (kind == Purpose.class) {
      return "purpose";
    }
    if (kind == Technology.class) {
      return "technology";
    }
    if (kind == ControllerKind.class) {
      return "kind of controller";
    }
    return kind == Place.class ? "place" : "legal framework";
  }

  /**
   * The valid values closest to a value not recognised, best first, at most three: those within a
   * few edits of it (case ignored), then those that contain it or that it contains.
   */
  static List<String> closest(String value, List<String> valid) {
    String v = value.toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
    record Scored(String id, int score) {}
    List<Scored> scored = new ArrayList<>();
    for (String id : valid) {
      String u = id.toUpperCase(java.util.Locale.ROOT);
      int d = distance(v, u);
      int allowed = Math.max(2, Math.min(v.length(), u.length()) / 3);
      if (d <= allowed) {
        scored.add(new Scored(id, d));
      } else if (v.length() >= 3 && (u.contains(v) || v.contains(u))) {
        scored.add(new Scored(id, 100 + Math.abs(u.length() - v.length())));
      }
    }
    scored.sort(java.util.Comparator.comparingInt(Scored::score));
    return scored.stream().limit(3).map(Scored::id).toList();
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
