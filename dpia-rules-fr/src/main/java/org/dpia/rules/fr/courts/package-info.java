/**
 * Judgments the French rulebook follows: the Conseil d'État on a commune as a competent authority
 * ({@link org.dpia.rules.fr.courts.Beaucaire2024}).
 */
package org.dpia.rules.fr.courts;
