/**
 * What a rulebook answers: the {@link org.dpia.core.decision.Decision} for an operation on a date,
 * its {@link org.dpia.core.decision.Outcome}, {@link org.dpia.core.decision.Regime regimes},
 * {@link org.dpia.core.decision.Ground grounds} and {@link org.dpia.core.decision.MissingFact missing
 * facts}; the {@link org.dpia.core.decision.Precedence} that resolves rules of different rank; and
 * the {@link org.dpia.core.decision.Rulebook} interface a jurisdiction implements.
 */
@ValueStyle
package org.dpia.core.decision;

import org.dpia.core.ValueStyle;
