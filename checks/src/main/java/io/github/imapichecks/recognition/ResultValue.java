package io.github.imapichecks.recognition;

import com.sun.source.tree.Tree;
import org.checkerframework.errorprone.dataflow.analysis.AbstractValue;
import org.jspecify.annotations.Nullable;

/**
 * What reaches a use, as the dataflow analysis sees it.
 *
 * @param result the IMAPI result the value is on every path that reaches the use; null where some
 *     path brings something else, and the checks must not treat the value as a result
 * @param origins the IMAPI calls whose results the value may be on some path: what {@link
 *     ImapiResultRecognizer#readsOf} follows
 */
record ResultValue(@Nullable ImapiResult result, Origins origins)
    implements AbstractValue<ResultValue> {
  static final ResultValue UNKNOWN_METHOD =
      new ResultValue(ImapiResult.UNKNOWN_METHOD, Origins.NONE);

  /** The result of {@code call}, a call of the body {@code calls} numbers the calls of. */
  static ResultValue ofCall(ImapiResult result, Tree call, Origins.Numbering calls) {
    return new ResultValue(result, Origins.of(call, calls));
  }

  @Override
  public ResultValue leastUpperBound(ResultValue other) {
    return new ResultValue(
        result == null || other.result == null ? null : result.join(other.result),
        origins.union(other.origins));
  }

  /** This value on some paths and something else on the others. */
  ResultValue onSomePaths() {
    return new ResultValue(null, origins);
  }
}
