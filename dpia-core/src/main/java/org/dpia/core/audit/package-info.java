/**
 * Audits over time: the {@link org.dpia.core.audit.Audit} of a processing's history, its
 * {@link org.dpia.core.audit.Segment segments}, their {@link org.dpia.core.audit.Compliance
 * compliance} and {@link org.dpia.core.audit.Finding findings} (each point not met, or not known to
 * be, with the provisions that require it), built by the {@link org.dpia.core.audit.Auditor}
 * against the {@link org.dpia.core.audit.Requirement requirements} a rulebook declares.
 */
@ValueStyle
package org.dpia.core.audit;

import org.dpia.core.ValueStyle;
