package org.dpia.core.decision.spi;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reduced ordered binary decision diagrams over numbered variables, with the few operations the
 * exact search for missing facts needs: and, or, not, and one diagram with several values (the
 * outcome of every world). A diagram is an {@code int}: a value or a node; equal functions are the
 * same {@code int}, so a diagram tests a variable only where its value depends on it. Variables
 * are ordered by number, lowest at the top. One instance serves one question (it is not
 * thread-safe) and is dropped afterwards.
 */
final class Bdd {
  static final int FALSE = 0;
  static final int TRUE = 1;
  /** The values of a diagram of outcomes ({@link #outcomes}): an impossible world, then the three outcomes. */
  static final int IMPOSSIBLE = 2;
  static final int REQUIRED = 3;
  static final int NOT_REQUIRED = 4;
  static final int OPEN = 5;
  private static final int TERMINAL = Integer.MAX_VALUE;
  private static final int AND = 0;
  private static final int OR = 1;
  private static final int NOT = 2;

  private int[] var = new int[256];
  private int[] low = new int[256];
  private int[] high = new int[256];
  private int size = 6;
  private int[] table = new int[512];
  private int[] cacheKey = new int[65536 * 4];
  private int[] cacheValue = new int[65536];
  private int variables;

  Bdd() {
    for (int t = FALSE; t <= OPEN; t++) {
      var[t] = TERMINAL;
    }
    Arrays.fill(table, -1);
    Arrays.fill(cacheKey, -1);
  }

  /** A new variable, ordered below every variable made before it. */
  int newVariable() {
    return variables++;
  }

  /** How many nodes there are. */
  int size() {
    return size;
  }

  /** The function that is the variable. */
  int variable(int v) {
    return node(v, FALSE, TRUE);
  }

  int and(int a, int b) {
    if (a == FALSE || b == FALSE) {
      return FALSE;
    }
    if (a == TRUE || a == b) {
      return b;
    }
    if (b == TRUE) {
      return a;
    }
    return apply(AND, Math.min(a, b), Math.max(a, b));
  }

  int or(int a, int b) {
    if (a == TRUE || b == TRUE) {
      return TRUE;
    }
    if (a == FALSE || a == b) {
      return b;
    }
    if (b == FALSE) {
      return a;
    }
    return apply(OR, Math.min(a, b), Math.max(a, b));
  }

  int not(int a) {
    if (a <= TRUE) {
      return 1 - a;
    }
    int cached = cached(NOT, a, 0);
    if (cached >= 0) {
      return cached;
    }
    int r = node(var[a], not(low[a]), not(high[a]));
    remember(NOT, a, 0, r);
    return r;
  }

  /**
   * One diagram of every world's outcome, from the worlds that are possible and those in which a
   * DPIA is required and not required (exclusive): its values are {@link #IMPOSSIBLE},
   * {@link #REQUIRED}, {@link #NOT_REQUIRED} and {@link #OPEN}. Being reduced, it tests a variable
   * only where the value depends on it.
   */
  int outcomes(int possible, int required, int dispensed) {
    return outcomes(possible, required, dispensed, new HashMap<>());
  }

  private int outcomes(int p, int r, int d, Map<Long, Integer> memo) {
    if (p == FALSE) {
      return IMPOSSIBLE;
    }
    if (p == TRUE && r <= TRUE && d <= TRUE) {
      return r == TRUE ? REQUIRED : d == TRUE ? NOT_REQUIRED : OPEN;
    }
    long key = p | ((long) r << 21) | ((long) d << 42);
    Integer done = memo.get(key);
    if (done != null) {
      return done;
    }
    int v = Math.min(var[p], Math.min(var[r], var[d]));
    int result = node(v, outcomes(cofactor(p, v, false), cofactor(r, v, false), cofactor(d, v, false), memo),
        outcomes(cofactor(p, v, true), cofactor(r, v, true), cofactor(d, v, true), memo));
    memo.put(key, result);
    return result;
  }

  private int cofactor(int a, int v, boolean value) {
    return var[a] != v ? a : value ? high[a] : low[a];
  }

  /** Whether the node is a value (a terminal), not a test. */
  boolean isValue(int a) {
    return var[a] == TERMINAL;
  }

  /** The variable a node tests. */
  int variableOf(int a) {
    return var[a];
  }

  /** Where a node goes when its variable is false. */
  int low(int a) {
    return low[a];
  }

  /** Where a node goes when its variable is true. */
  int high(int a) {
    return high[a];
  }

  private int apply(int op, int a, int b) {
    int cached = cached(op, a, b);
    if (cached >= 0) {
      return cached;
    }
    int v = Math.min(var[a], var[b]);
    int aLow = var[a] == v ? low[a] : a;
    int aHigh = var[a] == v ? high[a] : a;
    int bLow = var[b] == v ? low[b] : b;
    int bHigh = var[b] == v ? high[b] : b;
    int r;
    switch (op) {
      case AND -> r = node(v, and(aLow, bLow), and(aHigh, bHigh));
      default -> r = node(v, or(aLow, bLow), or(aHigh, bHigh));
    }
    remember(op, a, b, r);
    return r;
  }

  // ---- the unique table: one node per (variable, low, high) ---------------------------------------

  private int node(int v, int lo, int hi) {
    if (lo == hi) {
      return lo;
    }
    int mask = table.length - 1;
    int slot = hash(v, lo, hi) & mask;
    while (table[slot] >= 0) {
      int n = table[slot];
      if (var[n] == v && low[n] == lo && high[n] == hi) {
        return n;
      }
      slot = (slot + 1) & mask;
    }
    if (size == var.length) {
      var = Arrays.copyOf(var, size * 2);
      low = Arrays.copyOf(low, size * 2);
      high = Arrays.copyOf(high, size * 2);
    }
    int n = size++;
    var[n] = v;
    low[n] = lo;
    high[n] = hi;
    table[slot] = n;
    if (size * 2 > table.length) {
      rehash();
    }
    return n;
  }

  private void rehash() {
    table = new int[table.length * 2];
    Arrays.fill(table, -1);
    int mask = table.length - 1;
    for (int n = OPEN + 1; n < size; n++) {
      int slot = hash(var[n], low[n], high[n]) & mask;
      while (table[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = n;
    }
  }

  private static int hash(int a, int b, int c) {
    int h = a * 0x9E3779B1 + b * 0x85EBCA77 + c * 0xC2B2AE3D;
    return h ^ (h >>> 15);
  }

  // ---- the operation cache: lossy, one entry per slot ---------------------------------------------

  private int cached(int op, int a, int b) {
    int slot = (hash(op, a, b) & (cacheValue.length - 1));
    int k = slot * 4;
    return cacheKey[k] == op && cacheKey[k + 1] == a && cacheKey[k + 2] == b ? cacheValue[slot] : -1;
  }

  private void remember(int op, int a, int b, int r) {
    int slot = (hash(op, a, b) & (cacheValue.length - 1));
    int k = slot * 4;
    cacheKey[k] = op;
    cacheKey[k + 1] = a;
    cacheKey[k + 2] = b;
    cacheValue[slot] = r;
  }
}
