package io.github.imapichecks.model;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.NewClassTree;
import org.jspecify.annotations.Nullable;

/** The HRESULT value an expression names, where it is a constant. */
final class CodeValues {
  private CodeValues() {}

  /**
   * The value of {@code tree} when it is an {@code int} or {@code long} constant, JNA's {@code
   * S_OK} object, or {@code new HRESULT(constant)}; null otherwise.
   */
  static @Nullable Long valueOf(ExpressionTree tree) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(tree);
    if (SuccessTests.isJnaSOkObject(stripped)) {
      return 0L;
    }
    if (stripped instanceof NewClassTree newClass
        && newClass.getArguments().size() == 1
        && ImapiBindings.isJnaHResult(ASTHelpers.getType(newClass))) {
      stripped = newClass.getArguments().get(0);
    }
    Object value = ASTHelpers.constValue(stripped);
    return value instanceof Integer || value instanceof Long ? ((Number) value).longValue() : null;
  }
}
