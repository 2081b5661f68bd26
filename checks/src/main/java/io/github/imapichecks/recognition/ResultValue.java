package io.github.imapichecks.recognition;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
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
record ResultValue(@Nullable ImapiResult result, ImmutableSet<Tree> origins)
    implements AbstractValue<ResultValue> {
  static final ResultValue UNKNOWN_METHOD =
      new ResultValue(ImapiResult.UNKNOWN_METHOD, ImmutableSet.of());

  /** The result of {@code call}. */
  static ResultValue ofCall(ImapiResult result, Tree call) {
    return new ResultValue(result, ImmutableSet.of(call));
  }

  @Override
  public ResultValue leastUpperBound(ResultValue other) {
    return new ResultValue(
        result == null || other.result == null ? null : result.join(other.result),
        Sets.union(origins, other.origins).immutableCopy());
  }

  /** This value on some paths and something else on the others. */
  ResultValue onSomePaths() {
    return new ResultValue(null, origins);
  }
}
