package com.example.burner.com4j.imapi2common;

import com4j.Com4jObject;
import com4j.IID;
import com4j.VTID;

/**
 * COM's {@code IStream}, which both IMAPI v2 type libraries use: tlbimp puts the types they share
 * in a package of their own.
 */
@IID("{0000000C-0000-0000-C000-000000000046}")
public interface IStream extends Com4jObject {
  // Methods:
  /**
   * Commits the changes made to a transacted stream.
   *
   * @param grfCommitFlags Mandatory int parameter.
   */
  @VTID(8)
  void commit(int grfCommitFlags);

  /** Discards the changes made to a transacted stream. */
  @VTID(9)
  void revert();
}
