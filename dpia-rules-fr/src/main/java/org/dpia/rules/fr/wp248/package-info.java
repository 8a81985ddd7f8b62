/**
 * The Article 29 Working Party's guidelines endorsed by the EDPB: the nine criteria of WP248 rev.01
 * on DPIAs ({@link org.dpia.rules.fr.wp248.Wp248}) and the large-scale factors of WP243 rev.01 on
 * data protection officers ({@link org.dpia.rules.fr.wp248.Wp243}).
 */
package org.dpia.rules.fr.wp248;
