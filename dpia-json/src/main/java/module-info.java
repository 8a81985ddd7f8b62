/**
 * Descriptions as data: processings, histories and answers read from and written to JSON and
 * YAML, every problem located by its path, line and column; decisions and audits written as JSON
 * receipts; the JSON Schemas of both. Jackson is used here only: the library modules never depend
 * on it.
 */
module org.dpia.json {
  requires transitive org.dpia.core;
  requires transitive org.dpia.rules.fr;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;

  exports org.dpia.json;
}
