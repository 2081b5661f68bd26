package io.github.imapichecks.recognition;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import io.github.imapichecks.tables.ImapiCodes;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * Results held as plain numbers: {@code int} and {@code long} (a {@code long} may hold the unsigned
 * form) and their boxes {@code Integer} and {@code Long}. Boxing ({@code Integer.valueOf(hr)},
 * {@code Long.valueOf(hr)}) and unboxing ({@code hr.intValue()}, {@code hr.longValue()}, which
 * JNA's {@code HRESULT} inherits from {@code Number}) keep the result; {@code ImapiError} tests it.
 */
final class NumberValues implements BindingStyle {
  static final NumberValues INSTANCE = new NumberValues();

  static final ResultForm INT_FORM =
      new ResultForm(
          "int", "ImapiError", ImapiCodes.IMAPI_ERROR, "succeeded", "failed", "", "", false);
  private static final ResultForm LONG_FORM =
      new ResultForm(
          "long", "ImapiError", ImapiCodes.IMAPI_ERROR, "succeeded", "failed", "(int) ", "", false);
  private static final ResultForm BOXED_LONG_FORM =
      new ResultForm(
          "Long",
          "ImapiError",
          ImapiCodes.IMAPI_ERROR,
          "succeeded",
          "failed",
          "",
          ".intValue()",
          false);

  private NumberValues() {}

  @Override
  public boolean holds(Type type) {
    return switch (type.getKind()) {
      case INT, LONG -> true;
      case DECLARED -> boxName(type) != null;
      default -> false;
    };
  }

  @Override
  public PassThrough passThrough(MethodSymbol method) {
    String name = method.getSimpleName().toString();
    if (method.getParameters().isEmpty()
        && !method.isStatic()
        && (name.equals("intValue") || name.equals("longValue"))) {
      return PassThrough.RECEIVER;
    }
    return isBoxing(method) ? PassThrough.ARGUMENT : PassThrough.NONE;
  }

  /**
   * The constant inside {@code Integer.valueOf(X)}. Not inside {@code Long.valueOf(X)}: {@code
   * Long.valueOf(X).equals(hr)} is never true of an {@code Integer}, so it compares no codes.
   */
  @Override
  public @Nullable ExpressionTree constantInside(ExpressionTree expr) {
    return expr instanceof MethodInvocationTree call
            && call.getArguments().size() == 1
            && ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method
            && isBoxing(method)
            && method.owner.getQualifiedName().contentEquals("java.lang.Integer")
        ? call.getArguments().get(0)
        : null;
  }

  @Override
  public @Nullable ResultForm form(Type type) {
    return switch (type.getKind()) {
      case INT -> INT_FORM;
      case LONG -> LONG_FORM;
      case DECLARED -> {
        String box = boxName(type);
        yield box == null ? null : box.equals("java.lang.Long") ? BOXED_LONG_FORM : INT_FORM;
      }
      default -> null;
    };
  }

  /**
   * {@code Integer.valueOf(int)} or {@code Long.valueOf(long)}, written out or inserted by javac.
   */
  private static boolean isBoxing(MethodSymbol method) {
    if (!method.getSimpleName().contentEquals("valueOf") || method.getParameters().size() != 1) {
      return false;
    }
    TypeKind parameter = method.getParameters().get(0).type.getKind();
    String owner = method.owner.getQualifiedName().toString();
    return (owner.equals("java.lang.Integer") && parameter == TypeKind.INT)
        || (owner.equals("java.lang.Long") && parameter == TypeKind.LONG);
  }

  /** The qualified name of {@code type} where it is {@code Integer} or {@code Long}. */
  private static @Nullable String boxName(Type type) {
    String name = type.tsym.getQualifiedName().toString();
    return name.equals("java.lang.Integer") || name.equals("java.lang.Long") ? name : null;
  }
}
