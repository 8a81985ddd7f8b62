/**
 * Statutes that set a DPIA duty of their own: loi n° 2023-380 on the 2024 Olympic and Paralympic
 * Games, art. 10, and its implementing texts ({@link org.dpia.rules.fr.statutes.Loi2023380}).
 */
package org.dpia.rules.fr.statutes;
