package io.github.imapichecks.recognition;

import com.sun.source.tree.ExpressionTree;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One way Java code reaches IMAPI, as far as the checks must know it: which calls produce results,
 * which values hold them, which calls pass one on, how a code is written, and how a result is
 * tested. Each answer has a default of "not in this style"; {@link BindingStyles} composes the
 * styles and is what every site asks. A new binding style is one implementation and one line in
 * {@link BindingStyles#of}.
 */
interface BindingStyle {
  /** Which operand of a call carries the same HRESULT on as the call's value. */
  enum PassThrough {
    /** None: the call makes something else of its operands. */
    NONE,
    /** Its receiver, as {@code hr.intValue()} does. */
    RECEIVER,
    /** Its one argument, as {@code Integer.valueOf(hr)} does. */
    ARGUMENT
  }

  /**
   * The IMAPI result a call of {@code method}, through a receiver of {@code receiverType} if known,
   * yields in this style; empty where this style does not make the call a result. Only asked of
   * methods whose return type some style {@linkplain #holds holds}.
   */
  default Optional<ImapiResult> resultOf(
      MethodSymbol method, @Nullable Type receiverType, Types types) {
    return Optional.empty();
  }

  /**
   * Whether a call of {@code method} may yield a result, judged from its name and declaration
   * alone: the cheap pre-scan's question, asked before any type is compared.
   */
  default boolean mayYield(MethodSymbol method) {
    return false;
  }

  /** Whether this style holds HRESULTs in values of {@code type}. */
  default boolean holds(Type type) {
    return false;
  }

  /** Which operand of a call of {@code method} this style passes on unchanged. */
  default PassThrough passThrough(MethodSymbol method) {
    return PassThrough.NONE;
  }

  /**
   * The integral constant inside {@code expr} where this style writes a code around one ({@code new
   * HRESULT(X)}: {@code X}); null otherwise.
   */
  default @Nullable ExpressionTree constantInside(ExpressionTree expr) {
    return null;
  }

  /** The code {@code expr} names without a constant inside it ({@code W32Errors.S_OK}: 0). */
  default @Nullable Long namedCode(ExpressionTree expr) {
    return null;
  }

  /** How code holds and tests a result of {@code type} in this style; null if not this style's. */
  default @Nullable ResultForm form(Type type) {
    return null;
  }
}
