package org.dpia.examples.cases;

import java.util.List;

/** The gallery beyond Lille: one case per list item, Art. 35(3) point, threshold and regime. */
final class GalleryCases {
  private GalleryCases() {}

  static List<Case> all() {
    return List.of();
  }
}
