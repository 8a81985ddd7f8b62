/**
 * For rulebook authors: the engine that runs a jurisdiction's declared law
 * ({@link org.dpia.core.decision.spi.Jurisdiction}, {@link org.dpia.core.decision.spi.DeclaredRulebook}),
 * the {@link org.dpia.core.decision.spi.Precedence} of its provisions, the
 * {@link org.dpia.core.decision.spi.Implication implications} between facts and its
 * {@link org.dpia.core.decision.spi.AdviceRule advice}. Callers of a rulebook need none of it.
 */
package org.dpia.core.decision.spi;
