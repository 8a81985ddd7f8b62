package org.dpia.core.decision.spi;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reduced ordered binary decision diagrams over numbered variables, with the few operations the
 * exact search for missing facts needs. A diagram is an {@code int}: {@link #FALSE}, {@link #TRUE}
 * or a node; equal functions are the same {@code int}, so a function depends on a variable exactly
 * when the variable appears in its diagram. Variables are ordered by number, lowest at the top.
 * One instance serves one question (it is not thread-safe) and is dropped afterwards.
 */
final class Bdd {
  static final int FALSE = 0;
  static final int TRUE = 1;
  private static final int TERMINAL = Integer.MAX_VALUE;
  private static final int AND = 0;
  private static final int OR = 1;
  private static final int XOR = 2;
  private static final int NOT = 3;
  private static final int RESTRICT = 4;

  private int[] var = new int[256];
  private int[] low = new int[256];
  private int[] high = new int[256];
  private int size = 2;
  private int[] table = new int[512];
  private int[] cacheKey = new int[4096 * 4];
  private int[] cacheValue = new int[4096];
  private int variables;

  Bdd() {
    var[FALSE] = TERMINAL;
    var[TRUE] = TERMINAL;
    Arrays.fill(table, -1);
    Arrays.fill(cacheKey, -1);
  }

  /** A new variable, ordered below every variable made before it. */
  int newVariable() {
    return variables++;
  }

  /** How many variables have been made. */
  int variables() {
    return variables;
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

  int xor(int a, int b) {
    if (a == b) {
      return FALSE;
    }
    if (a == FALSE) {
      return b;
    }
    if (b == FALSE) {
      return a;
    }
    return apply(XOR, Math.min(a, b), Math.max(a, b));
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

  /** The function with variable {@code v} set to {@code value}. */
  int restrict(int a, int v, boolean value) {
    if (a <= TRUE || var[a] > v) {
      return a;
    }
    if (var[a] == v) {
      return value ? high[a] : low[a];
    }
    int key = v * 2 + (value ? 1 : 0);
    int cached = cached(RESTRICT, a, key);
    if (cached >= 0) {
      return cached;
    }
    int r = node(var[a], restrict(low[a], v, value), restrict(high[a], v, value));
    remember(RESTRICT, a, key, r);
    return r;
  }

  /** The variables the function depends on, as flags indexed by variable. */
  boolean[] support(int... functions) {
    boolean[] seen = new boolean[size];
    boolean[] support = new boolean[variables];
    for (int f : functions) {
      mark(f, seen, support);
    }
    return support;
  }

  private void mark(int a, boolean[] seen, boolean[] support) {
    if (a <= TRUE || seen[a]) {
      return;
    }
    seen[a] = true;
    support[var[a]] = true;
    mark(low[a], seen, support);
    mark(high[a], seen, support);
  }

  /**
   * One assignment under which the function holds, as the variables on one path to {@link #TRUE}
   * (the others may take any value); empty for {@link #FALSE}.
   */
  Map<Integer, Boolean> satisfying(int a) {
    Map<Integer, Boolean> path = new HashMap<>();
    if (a == FALSE) {
      return path;
    }
    while (a != TRUE) {
      if (low[a] != FALSE) {
        path.put(var[a], false);
        a = low[a];
      } else {
        path.put(var[a], true);
        a = high[a];
      }
    }
    return path;
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
      case OR -> r = node(v, or(aLow, bLow), or(aHigh, bHigh));
      default -> r = node(v, xor(aLow, bLow), xor(aHigh, bHigh));
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
    for (int n = 2; n < size; n++) {
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
