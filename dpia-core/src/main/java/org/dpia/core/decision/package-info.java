/**
 * What a rulebook answers, for its callers: the {@link org.dpia.core.decision.Rulebook} interface,
 * the {@link org.dpia.core.decision.Decision} for an operation on a date, its
 * {@link org.dpia.core.decision.Outcome}, {@link org.dpia.core.decision.Regime regimes},
 * {@link org.dpia.core.decision.Ground grounds}, {@link org.dpia.core.decision.MissingFact missing
 * facts}, {@link org.dpia.core.decision.Question questions} and
 * {@link org.dpia.core.decision.Advice advice}. Rulebook authors find the engine in
 * {@code org.dpia.core.decision.spi}.
 */
@ValueStyle
package org.dpia.core.decision;

import org.dpia.core.ValueStyle;
