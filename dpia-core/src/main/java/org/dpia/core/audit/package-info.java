/**
 * Audits over time: the {@link org.dpia.core.audit.Audit} of a processing's history, its
 * {@link org.dpia.core.audit.Segment segments} and their {@link org.dpia.core.audit.Compliance
 * compliance}, built by the {@link org.dpia.core.audit.Auditor}.
 */
@ValueStyle
package org.dpia.core.audit;

import org.dpia.core.ValueStyle;
