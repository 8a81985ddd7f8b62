package org.dpia.core.decision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a rulebook's {@link Interview} groups its questions: the {@link Topic topics} asked as one
 * multiple-choice question each, and the facts asked only after others (a conclusion such as "a
 * risk criterion is met" after the plain facts it is derived from, which may settle it). A fact a
 * topic {@linkplain Topic#feeds(String) feeds} is asked alone only once the topic was asked.
 */
public final class InterviewPlan {
  private static final InterviewPlan EMPTY = new InterviewPlan(List.of(), Map.of());

  private final List<Topic> topics;
  private final Map<String, Set<String>> after;

  private InterviewPlan(List<Topic> topics, Map<String, Set<String>> after) {
    this.topics = List.copyOf(topics);
    this.after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
  }

  /** No topic: every question is a yes/no question about one fact. */
  public static InterviewPlan none() {
    return EMPTY;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The topics, in the order to prefer them when they weigh the same. */
  public List<Topic> topics() {
    return topics;
  }

  /** The ids of the facts or topics to ask before asking this fact alone; empty when none. */
  public Set<String> askedAfter(String factId) {
    return after.getOrDefault(factId, Set.of());
  }

  /** Builds an {@link InterviewPlan}. */
  public static final class Builder {
    private final List<Topic> topics = new ArrayList<>();
    private final Map<String, Set<String>> after = new LinkedHashMap<>();

    private Builder() {}

    /** A topic, asked as one question. */
    public Builder topic(Topic topic) {
      topics.add(Objects.requireNonNull(topic, "topic"));
      return this;
    }

    /** Asks the fact alone only after these facts or topics were asked. */
    public Builder askAfter(String factId, String... first) {
      after.put(Objects.requireNonNull(factId, "factId"), Set.of(first));
      return this;
    }

    /** The plan. */
    public InterviewPlan build() {
      return new InterviewPlan(topics, after);
    }
  }
}
