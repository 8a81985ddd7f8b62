/**
 * Descriptions as data. {@link org.dpia.json.Descriptions} reads a processing operation (with the
 * answers given for its facts) or a processing history from JSON or YAML and writes it back
 * exactly; a file that cannot be read gives a {@link org.dpia.json.Result} listing every
 * {@link org.dpia.json.Problem}, each with its JSON path, line and column. {@link
 * org.dpia.json.Receipts} writes decisions and audits as versioned JSON. The schemas are resources
 * of this package: {@code description.schema.json} and {@code decision.schema.json}.
 */
package org.dpia.json;
