/**
 * AssertJ assertions on decisions and audits, for the tests of applications that use dpia:
 * {@code assertThat(decision).isRequired().onGround(rule)}, with failure messages that explain the
 * decision made.
 */
module org.dpia.assertj {
  requires transitive org.dpia.core;
  requires transitive org.assertj.core;

  exports org.dpia.assertj;
}
