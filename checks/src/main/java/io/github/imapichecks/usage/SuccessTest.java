package io.github.imapichecks.usage;

import com.sun.source.tree.ExpressionTree;
import io.github.imapichecks.recognition.ImapiResult;

/**
 * A decision about success or failure of an IMAPI result that takes successes for failures: {@code
 * hr == S_OK}, {@code hr != 0}, {@code hr.equals(W32Errors.S_OK)}, {@code hr > 0}, {@code hr <= 0}.
 *
 * @param test the whole test expression, which a fix replaces
 * @param result the result operand
 * @param imapiResult what the checks know about the result
 * @param trueMeansSuccess whether the test is true on the path it treats as success ({@code ==
 *     S_OK}, {@code > 0}) rather than on the failure path ({@code != S_OK}, {@code <= 0})
 * @param misroutes which successes the test takes for failures
 */
public record SuccessTest(
    ExpressionTree test,
    ExpressionTree result,
    ImapiResult imapiResult,
    boolean trueMeansSuccess,
    Misroutes misroutes) {

  /** The successes a test takes for failures. */
  public enum Misroutes {
    /** Equality with {@code S_OK}: {@code S_FALSE} and the {@code IMAPI_S_*} codes. */
    SUCCESS_INFO,
    /** An ordering that puts zero on the failure side ({@code hr > 0}): {@code S_OK} itself. */
    S_OK
  }
}
