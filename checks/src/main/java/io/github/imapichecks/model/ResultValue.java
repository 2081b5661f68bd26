package io.github.imapichecks.model;

import org.checkerframework.errorprone.dataflow.analysis.AbstractValue;

/** {@link ImapiResult} as a dataflow value: the join of the results that reach a use. */
record ResultValue(ImapiResult result) implements AbstractValue<ResultValue> {
  static final ResultValue UNKNOWN_METHOD = new ResultValue(ImapiResult.UNKNOWN_METHOD);

  @Override
  public ResultValue leastUpperBound(ResultValue other) {
    return new ResultValue(result.join(other.result));
  }
}
