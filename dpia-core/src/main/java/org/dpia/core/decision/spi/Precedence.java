package org.dpia.core.decision.spi;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.dpia.core.decision.Effect;
import org.dpia.core.decision.Ground;
import org.dpia.core.decision.Outcome;
import org.dpia.core.decision.Regime;
import org.dpia.core.logic.Context;
import org.dpia.core.logic.Rule;
import org.dpia.core.logic.Trace;
import org.dpia.core.logic.Truth;
import org.dpia.core.text.Text;

/**
 * The declared order in which sources of the DPIA duty win over one another, written once with its
 * legal reason. Provisions are grouped in ranks, highest first; the first rank in which a provision
 * holds decides, and the ranks below it are not consulted. If nothing holds, the fallback decides.
 *
 * <p>With unknown facts the resolution is sound: a provision that might hold in a higher rank
 * makes its effect possible, so the outcome is definite only if every way the unknowns could be
 * filled in leads to the same effect; otherwise it is {@link Outcome#UNDETERMINED} and the grounds
 * are the provisions that might decide. Two provisions of the same rank that hold with opposite
 * effects are a conflict: it is reported and the outcome is undetermined, never silently resolved.
 *
 * @param <T> what the provisions are evaluated against
 */
public final class Precedence<T> {
  private final List<Rank<T>> ranks;
  private final Provision<T> fallback;

  private Precedence(List<Rank<T>> ranks, Provision<T> fallback) {
    this.ranks = List.copyOf(ranks);
    this.fallback = fallback;
  }

  /** A new precedence, ranks added highest first. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** The ranks, highest first. */
  public List<Rank<T>> ranks() {
    return ranks;
  }

  /** The provision that decides when nothing else holds. */
  public Provision<T> fallback() {
    return fallback;
  }

  /** The rules of every rank, highest first, then the fallback's. */
  public List<Rule<T>> rules() {
    List<Rule<T>> rules = new ArrayList<>();
    for (Rank<T> rank : ranks) {
      rank.provisions().forEach(p -> rules.add(p.rule()));
    }
    rules.add(fallback.rule());
    return rules;
  }

  /**
   * The outcome alone, without grounds or trace: the same as {@code resolve(context, regime).outcome()},
   * faster.
   */
  public Outcome outcome(Context<T> context) {
    return outcome(context, null);
  }

  /**
   * The outcome alone, reporting to {@code decisive} (if not null) the id of each provision that
   * held in the deciding rank, or of the fallback if it decided and holds.
   */
  public Outcome outcome(Context<T> context, Consumer<String> decisive) {
    boolean mayRequire = false;
    boolean mayDispense = false;
    for (int r = 0; r < ranks.size(); r++) {
      List<Provision<T>> provisions = ranks.get(r).provisions();
      boolean requires = false;
      boolean dispenses = false;
      for (int i = 0; i < provisions.size(); i++) {
        Provision<T> p = provisions.get(i);
        Truth t = p.rule().truth(context);
        if (t == Truth.TRUE) {
          if (p.effect() == Effect.REQUIRES) {
            requires = true;
          } else {
            dispenses = true;
          }
          if (decisive != null) {
            decisive.accept(p.rule().id());
          }
        } else if (t == Truth.UNKNOWN) {
          if (p.effect() == Effect.REQUIRES) {
            mayRequire = true;
          } else {
            mayDispense = true;
          }
        }
      }
      if (requires || dispenses) {
        if (requires && dispenses) {
          return Outcome.UNDETERMINED;
        }
        return requires ? (mayDispense ? Outcome.UNDETERMINED : Outcome.REQUIRED)
            : (mayRequire ? Outcome.UNDETERMINED : Outcome.NOT_REQUIRED);
      }
    }
    if (decisive != null && fallback.rule().truth(context) == Truth.TRUE) {
      decisive.accept(fallback.rule().id());
    }
    boolean required = fallback.effect() == Effect.REQUIRES;
    return required ? (mayDispense ? Outcome.UNDETERMINED : Outcome.REQUIRED)
        : (mayRequire ? Outcome.UNDETERMINED : Outcome.NOT_REQUIRED);
  }

  /**
   * Resolves the outcome in the context, for the given regime. The provisions are weighed by their
   * truth alone; a trace is made for those that become grounds, and the trace of every rank is
   * built when first read.
   */
  public Resolution resolve(Context<T> context, Regime regime) {
    Set<Effect> possible = EnumSet.noneOf(Effect.class);
    List<Ground> decisive = new ArrayList<>(2);
    // the provisions that might hold: grounds only if the outcome stays open
    List<Provision<T>> uncertain = new ArrayList<>();
    List<Text> conflicts = new ArrayList<>(0);
    List<Rule<T>> evaluated = new ArrayList<>();
    int ranksRead = ranks.size();

    for (int r = 0; r < ranks.size(); r++) {
      List<Provision<T>> provisions = ranks.get(r).provisions();
      Set<Effect> held = EnumSet.noneOf(Effect.class);
      List<Text> heldTitles = new ArrayList<>(2);
      for (int i = 0; i < provisions.size(); i++) {
        Provision<T> p = provisions.get(i);
        evaluated.add(p.rule());
        Truth t = p.rule().truth(context);
        if (t == Truth.TRUE) {
          held.add(p.effect());
          heldTitles.add(p.rule().text());
          decisive.add(ground(p, p.rule().evaluate(context), regime));
        } else if (t == Truth.UNKNOWN) {
          possible.add(p.effect());
          uncertain.add(p);
        }
      }
      if (!held.isEmpty()) {
        possible.addAll(held);
        if (held.size() > 1) {
          conflicts.add(conflict(heldTitles));
        }
        ranksRead = r + 1;
        break;
      }
    }
    boolean fellBack = ranksRead == ranks.size() && decisive.isEmpty();
    if (fellBack) {
      evaluated.add(fallback.rule());
      possible.add(fallback.effect());
      decisive.add(ground(fallback, fallback.rule().evaluate(context), regime));
    }

    Outcome outcome =
        !conflicts.isEmpty() || possible.size() != 1 ? Outcome.UNDETERMINED : possible.iterator().next().outcome();
    List<Ground> grounds = new ArrayList<>(decisive);
    if (outcome == Outcome.UNDETERMINED) {
      for (Provision<T> p : uncertain) {
        grounds.add(ground(p, p.rule().evaluate(context), regime));
      }
    }
    int read = ranksRead;
    Trace trace = Trace.combination(Trace.Kind.ALL, "precedence under " + regime.name(), outcome.asTruth(),
        () -> rankTraces(context, read, fellBack));
    return new Resolution(outcome, grounds, conflicts, trace, evaluated);
  }

  /** The trace of each rank read, highest first, and of the fallback if it decided. */
  private List<Trace> rankTraces(Context<T> context, int ranksRead, boolean fellBack) {
    List<Trace> rankTraces = new ArrayList<>(ranksRead + 1);
    for (int r = 0; r < ranksRead; r++) {
      Rank<T> rank = ranks.get(r);
      List<Trace> traces = new ArrayList<>(rank.provisions().size());
      Truth rankTruth = Truth.FALSE;
      for (Provision<T> p : rank.provisions()) {
        Trace t = p.rule().evaluate(context);
        traces.add(t);
        rankTruth = rankTruth.or(t.truth());
      }
      rankTraces.add(Trace.combination(Trace.Kind.ANY, rank.label, rankTruth, traces));
    }
    if (fellBack) {
      Trace t = fallback.rule().evaluate(context);
      rankTraces.add(Trace.combination(Trace.Kind.ANY, "otherwise", t.truth(), List.of(t)));
    }
    return rankTraces;
  }

  /**
   * A conflict in words, in English and French: the provisions of one rank that hold with opposite
   * effects, named by their titles (the rank's name is the rulebook's own label, in English only).
   */
  private static Text conflict(List<Text> titles) {
    return Text.of(
        "Provisions of equal rank both require and dispense with a DPIA: " + titles(titles, "en", "; "),
        "Des dispositions de même rang imposent une AIPD et en dispensent à la fois : " + titles(titles, "fr", " ; "));
  }

  private static String titles(List<Text> titles, String language, String separator) {
    return String.join(separator, titles.stream().map(t -> t.in(language).orElse(t.english())).toList());
  }

  private static <T> Ground ground(Provision<T> p, Trace trace, Regime regime) {
    return Ground.builder()
        .kind(p.kind())
        .effect(p.effect())
        .ruleId(p.rule().id())
        .title(p.rule().text())
        .regime(regime)
        .truth(trace.truth())
        .citations(trace.citations())
        .trace(trace)
        .remark(p.remark())
        .build();
  }

  /**
   * A rank of provisions of equal force, with the legal reason for its place in the order.
   *
   * @param <T> what the provisions are evaluated against
   */
  public static final class Rank<T> {
    private final String name;
    private final String reason;
    private final List<Provision<T>> provisions;
    private final String label;

    private Rank(String name, String reason, List<Provision<T>> provisions) {
      this.name = Objects.requireNonNull(name);
      this.reason = Objects.requireNonNull(reason);
      this.provisions = List.copyOf(provisions);
      this.label = "rank: " + name + " — " + reason;
    }

    /** Its name. */
    public String name() {
      return name;
    }

    /** Why it stands where it does, with its legal reason. */
    public String reason() {
      return reason;
    }

    /** Its provisions. */
    public List<Provision<T>> provisions() {
      return provisions;
    }
  }

  /**
   * Builds a {@link Precedence}.
   *
   * @param <T> what the provisions are evaluated against
   */
  public static final class Builder<T> {
    private final List<Rank<T>> ranks = new ArrayList<>();

    private Builder() {}

    /** Adds the next rank, below those already added. */
    @SafeVarargs
    public final Builder<T> rank(String name, String reason, Provision<T>... provisions) {
      return rank(name, reason, List.of(provisions));
    }

    /** Adds the next rank, below those already added. */
    public Builder<T> rank(String name, String reason, List<Provision<T>> provisions) {
      if (provisions.isEmpty()) {
        throw new IllegalArgumentException("rank '" + name + "' has no provision");
      }
      ranks.add(new Rank<>(name, reason, provisions));
      return this;
    }

    /** Completes the precedence with the provision that decides when nothing else holds. */
    public Precedence<T> otherwise(Provision<T> fallback) {
      return new Precedence<>(ranks, Objects.requireNonNull(fallback, "fallback"));
    }
  }
}
