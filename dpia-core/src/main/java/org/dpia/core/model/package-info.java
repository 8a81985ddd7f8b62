/**
 * The facts of a processing of personal data: the {@link org.dpia.core.model.ProcessingOperation}
 * and its parts. Closed legal vocabularies are enums ({@link org.dpia.core.model.DataCategory},
 * {@link org.dpia.core.model.DataSubjectCategory}); open ones are interfaces with core enums
 * ({@link org.dpia.core.model.Purpose}, {@link org.dpia.core.model.Technology},
 * {@link org.dpia.core.model.ControllerKind}, {@link org.dpia.core.model.Place},
 * {@link org.dpia.core.model.LegalFramework}). Any fact may be unknown.
 */
@ValueStyle
package org.dpia.core.model;

import org.dpia.core.ValueStyle;
