/**
 * The small rule engine: {@link org.dpia.core.logic.Truth three-valued truth},
 * {@link org.dpia.core.logic.Fact facts} read from the input, {@link org.dpia.core.logic.Condition
 * conditions} and their {@link org.dpia.core.logic.Conditions combinators}, cited and dated
 * {@link org.dpia.core.logic.Rule rules}, and the {@link org.dpia.core.logic.Trace trace} that
 * explains every evaluation.
 *
 * <pre>{@code
 * Fact<Op> biometric = Fact.of("data.biometric", "the processing concerns biometric data",
 *     op -> op.dataCategories().contains(DataCategory.BIOMETRIC));
 * Rule<Op> rule = Rule.named("demo.biometric", "Biometric data")
 *     .citing(Citation.of(gdpr, "9"))
 *     .valid(DateRange.from(LocalDate.of(2018, 5, 25)))
 *     .when(biometric.holds());
 * Trace trace = rule.evaluate(Context.of(op, LocalDate.of(2024, 1, 1)));
 * trace.truth();          // TRUE, FALSE or UNKNOWN
 * trace.unknownFacts();   // the facts that were not given
 * }</pre>
 */
package org.dpia.core.logic;
