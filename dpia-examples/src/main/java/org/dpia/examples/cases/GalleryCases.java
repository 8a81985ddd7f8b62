package org.dpia.examples.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * The gallery beyond Lille, family by family: one case per item of each CNIL list, per GDPR
 * art. 35(3) point and art. 35(10), per example of the WP248 table, per regime, per date boundary,
 * and undetermined cases.
 */
final class GalleryCases {
  private GalleryCases() {}

  static List<Case> all() {
    List<Case> all = new ArrayList<>();
    all.addAll(MandatoryListCases.all());
    all.addAll(ExemptListCases.all());
    all.addAll(Article35Cases.all());
    all.addAll(CriteriaCases.all());
    all.addAll(RegimeCases.all());
    all.addAll(TimeCases.all());
    all.addAll(UndeterminedCases.all());
    return List.copyOf(all);
  }
}
