/** Texts for readers in several languages: {@link org.dpia.core.text.Text}. */
package org.dpia.core.text;
