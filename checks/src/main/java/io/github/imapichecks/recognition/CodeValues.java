package io.github.imapichecks.recognition;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.tools.javac.code.Symbol;
import org.jspecify.annotations.Nullable;

/** The HRESULT value an expression names, where it is a constant. */
public final class CodeValues {
  private CodeValues() {}

  /**
   * The value of {@code tree} when it is an {@code int} or {@code long} constant, JNA's {@code
   * S_OK} object, or {@code new HRESULT(constant)}; null otherwise.
   */
  public static @Nullable Long valueOf(ExpressionTree tree) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(tree);
    if (isJnaSOkObject(stripped)) {
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

  /** Whether {@code operand} is JNA's {@code S_OK} object or {@code new HRESULT(0)}. */
  public static boolean isJnaSOkObject(ExpressionTree operand) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(operand);
    if (stripped instanceof NewClassTree newClass) {
      return ImapiBindings.isJnaHResult(ASTHelpers.getType(newClass))
          && newClass.getArguments().size() == 1
          && ASTHelpers.constValue(newClass.getArguments().get(0)) instanceof Integer value
          && value == 0;
    }
    if (!(stripped instanceof IdentifierTree) && !(stripped instanceof MemberSelectTree)) {
      return false;
    }
    Symbol symbol = ASTHelpers.getSymbol(stripped);
    // JNA's WinError.S_OK (inherited by W32Errors): a static final HRESULT object of value 0.
    return symbol != null
        && symbol.getSimpleName().contentEquals("S_OK")
        && ASTHelpers.isStatic(symbol)
        && ImapiBindings.isJnaHResult(symbol.type);
  }
}
