package io.github.imapichecks.recognition;

import com.google.common.collect.ImmutableList;
import com.sun.source.util.TreePath;

/**
 * Where an IMAPI call's result is read in the code around the call.
 *
 * @param reads the reads of local variables that may hold the result, in source order
 * @param captured whether a nested lambda or class reads a variable that holds the result
 * @param sameReads the other calls of the same code whose results reach exactly these reads, and no
 *     other, in source order (the call itself excluded); empty where the result is never read
 */
public record ResultReads(
    ImmutableList<TreePath> reads, boolean captured, ImmutableList<TreePath> sameReads) {
  static final ResultReads NONE = new ResultReads(ImmutableList.of(), false, ImmutableList.of());

  /** Whether the result is never read: not by the code around the call, not by nested code. */
  public boolean none() {
    return reads.isEmpty() && !captured;
  }
}
