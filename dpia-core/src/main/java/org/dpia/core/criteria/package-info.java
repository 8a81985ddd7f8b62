/**
 * The nine risk criteria of the WP29/EDPB guidelines (WP248 rev.01) as domain concepts, and the
 * finding of whether each is met.
 */
package org.dpia.core.criteria;
