/**
 * AssertJ assertions on dpia's decisions and audits: depend on {@code org.dpia:dpia-assertj} with
 * test scope and {@code import static org.dpia.assertj.DpiaAssertions.assertThat}.
 */
package org.dpia.assertj;
