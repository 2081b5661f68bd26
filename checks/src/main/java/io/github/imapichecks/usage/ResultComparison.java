package io.github.imapichecks.usage;

import com.sun.source.tree.ExpressionTree;
import io.github.imapichecks.recognition.ImapiResult;
import java.util.OptionalInt;

/**
 * An IMAPI result compared by value with a compile-time constant: {@code hr == X}, {@code X != hr},
 * {@code case X}, {@code hr.equals(X)}, {@code Objects.equals(hr, X)}, {@code hr.equals(new
 * HRESULT(X))}.
 *
 * @param result what the checks know about the compared result
 * @param resultExpression the expression that holds the result: the operand, or the switch's
 *     selector
 * @param resultIsLong whether the result is a {@code long}, so that a constant in {@code [2^31,
 *     2^32)} may be an HRESULT written as an unsigned number
 * @param resultIsWidenedInt whether the result, a {@code long}, is known to hold an {@code int}
 *     widened to {@code long} ({@code long hr = master.RecordDisc(..)}), which lies in {@code
 *     int}'s range: widening sign-extends, so the unsigned form never equals it. Computed only
 *     where the constant lies beyond {@code int}'s range; false otherwise.
 * @param constant the constant's expression: the number or name a fix replaces
 * @param value the constant's value
 * @param constantIsLong whether the constant is a {@code long}
 * @param caseLabel whether the constant is a {@code case} label rather than an operand
 */
public record ResultComparison(
    ImapiResult result,
    ExpressionTree resultExpression,
    boolean resultIsLong,
    boolean resultIsWidenedInt,
    ExpressionTree constant,
    long value,
    boolean constantIsLong,
    boolean caseLabel) {

  /** Whether the constant is written as a number, not a name: literals, signs, casts, operators. */
  public boolean writtenAsNumber() {
    return Literals.isNumber(constant);
  }

  /**
   * The 32-bit HRESULT the comparison can match, if any: the constant's value when it fits an
   * {@code int}; for a {@code long} result also a value in {@code [2^31, 2^32)}, read as the
   * unsigned form of a negative HRESULT, unless the result is a widened {@code int}. Empty when no
   * IMAPI result can ever equal the constant.
   */
  public OptionalInt hresult() {
    if (value == (int) value) {
      return OptionalInt.of((int) value);
    }
    if (resultIsLong && !resultIsWidenedInt && value >= 0 && value <= 0xFFFF_FFFFL) {
      return OptionalInt.of((int) value);
    }
    return OptionalInt.empty();
  }

  /**
   * Whether replacing the constant with an {@code int} constant of the same HRESULT keeps the
   * comparison's meaning: false only for a {@code long} result compared with an unsigned form,
   * where the binding's sign convention is not known.
   */
  public boolean replaceableByIntConstant() {
    return value == (int) value;
  }
}
