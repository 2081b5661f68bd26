package io.github.imapichecks.recognition;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * Results held as JNA's {@code WinNT.HRESULT} objects: a code is written {@code new HRESULT(X)} or
 * read from {@code W32Errors.S_OK} (JNA's {@code WinError} constants), and {@code COMUtils} tests
 * it. {@code ==} on two of them compares identity, not codes.
 */
public final class JnaHResults implements BindingStyle {
  /** JNA's HRESULT, the type JNA-style bindings return. */
  public static final String JNA_HRESULT = "com.sun.jna.platform.win32.WinNT.HRESULT";

  static final JnaHResults INSTANCE = new JnaHResults();

  private static final ResultForm FORM =
      new ResultForm(
          "HRESULT",
          "COMUtils",
          "com.sun.jna.platform.win32.COM.COMUtils",
          "SUCCEEDED",
          "FAILED",
          "",
          ".intValue()",
          true);

  private JnaHResults() {}

  /** Whether {@code type} is JNA's {@code HRESULT}. */
  public static boolean isHResult(@Nullable Type type) {
    return type != null
        && type.getKind() == TypeKind.DECLARED
        && type.tsym.getQualifiedName().contentEquals(JNA_HRESULT);
  }

  /** Whether {@code operand} is JNA's {@code S_OK} object or {@code new HRESULT(0)}. */
  public static boolean isSOkObject(ExpressionTree operand) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(operand);
    if (stripped instanceof NewClassTree newClass) {
      return isHResult(ASTHelpers.getType(newClass))
          && newClass.getArguments().size() == 1
          && ASTHelpers.constValue(newClass.getArguments().get(0)) instanceof Integer value
          && value == 0;
    }
    return INSTANCE.namedCode(stripped) != null;
  }

  @Override
  public boolean holds(Type type) {
    return isHResult(type);
  }

  @Override
  public @Nullable ExpressionTree constantInside(ExpressionTree expr) {
    return expr instanceof NewClassTree newClass
            && newClass.getArguments().size() == 1
            && isHResult(ASTHelpers.getType(newClass))
        ? newClass.getArguments().get(0)
        : null;
  }

  @Override
  public @Nullable Long namedCode(ExpressionTree expr) {
    if (!(expr instanceof IdentifierTree) && !(expr instanceof MemberSelectTree)) {
      return null;
    }
    Symbol symbol = ASTHelpers.getSymbol(expr);
    // JNA's WinError.S_OK (inherited by W32Errors): a static final HRESULT object of value 0.
    return symbol != null
            && symbol.getSimpleName().contentEquals("S_OK")
            && ASTHelpers.isStatic(symbol)
            && isHResult(symbol.type)
        ? 0L
        : null;
  }

  @Override
  public @Nullable ResultForm form(Type type) {
    return isHResult(type) ? FORM : null;
  }
}
