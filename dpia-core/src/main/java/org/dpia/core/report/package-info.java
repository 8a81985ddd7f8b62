/**
 * Rendering of decisions and audits as reports, in English or French, as plain text or Markdown.
 * Rendering is separate from deciding: a {@link org.dpia.core.report.Report} only reads values.
 */
package org.dpia.core.report;
