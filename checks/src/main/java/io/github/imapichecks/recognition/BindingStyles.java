package io.github.imapichecks.recognition;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import io.github.imapichecks.recognition.BindingStyle.PassThrough;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * The binding styles the checks know, composed once: named IMAPI interfaces, the user's own types
 * named with {@code -XepOpt:Imapi:BindingTypes}, {@code @ImapiHResult} declarations, plain numbers
 * and JNA's {@code HRESULT}. Every site that asks whether a call yields a result, whether a value
 * can hold one, whether a call passes one on, which code an expression writes, or how a result is
 * tested, asks here.
 *
 * <p>Only which calls yield results depends on the flags; the other questions are answered by the
 * styles every compilation has, through the static methods.
 */
public final class BindingStyles {
  /** The styles of a compilation that names no binding types of its own. */
  public static final BindingStyles DEFAULT = of(ImmutableSet.of());

  private final ImmutableList<BindingStyle> styles;

  private BindingStyles(ImmutableList<BindingStyle> styles) {
    this.styles = styles;
  }

  /** The styles, with the user's own binding types {@code bindingTypes} (qualified names). */
  public static BindingStyles of(Set<String> bindingTypes) {
    ImmutableList.Builder<BindingStyle> styles = ImmutableList.builder();
    // In this order: a call through a named interface is that interface's, before any other rule.
    styles.add(NamedInterfaces.INSTANCE);
    if (!bindingTypes.isEmpty()) {
      styles.add(new FlagBindingTypes(ImmutableSet.copyOf(bindingTypes)));
    }
    styles.add(AnnotatedHResults.INSTANCE, NumberValues.INSTANCE, JnaHResults.INSTANCE);
    return new BindingStyles(styles.build());
  }

  /**
   * The IMAPI result a call of {@code method}, through a receiver of {@code receiverType} if known,
   * yields: its return type can hold an HRESULT, and some style makes the call a result.
   */
  public Optional<ImapiResult> resultOfCall(
      MethodSymbol method, @Nullable Type receiverType, Types types) {
    if (!canHoldHResult(method.getReturnType())) {
      return Optional.empty();
    }
    for (BindingStyle style : styles) {
      Optional<ImapiResult> result = style.resultOf(method, receiverType, types);
      if (result.isPresent()) {
        return result;
      }
    }
    return Optional.empty();
  }

  /**
   * The IMAPI result a call through the method reference {@code reference} yields, as {@link
   * #resultOfCall} decides for a call on the reference's qualifier; empty for a constructor
   * reference.
   */
  public Optional<ImapiResult> resultOfReference(MemberReferenceTree reference, Types types) {
    MethodSymbol method = ResultUses.referencedMethod(reference);
    return method == null || reference.getMode() != MemberReferenceTree.ReferenceMode.INVOKE
        ? Optional.empty()
        : resultOfCall(method, ASTHelpers.getType(reference.getQualifierExpression()), types);
  }

  /** Whether a call of {@code method} may yield a result, by its name and declaration alone. */
  public static boolean mayYield(MethodSymbol method) {
    return DEFAULT.styles.stream().anyMatch(style -> style.mayYield(method));
  }

  /**
   * Whether a value of {@code type} can hold an HRESULT: {@code int}, {@code Integer}, {@code
   * long}, {@code Long} or JNA's {@code HRESULT}.
   */
  public static boolean canHoldHResult(@Nullable Type type) {
    return type != null && DEFAULT.styles.stream().anyMatch(style -> style.holds(type));
  }

  /** Which operand of a call of {@code method} carries the same HRESULT on as the call's value. */
  public static PassThrough passThrough(MethodSymbol method) {
    for (BindingStyle style : DEFAULT.styles) {
      PassThrough passThrough = style.passThrough(method);
      if (passThrough != PassThrough.NONE) {
        return passThrough;
      }
    }
    return PassThrough.NONE;
  }

  /**
   * Whether a call of {@code method} passes its receiver's HRESULT on: {@code hr.intValue()}. False
   * for anything but a method, such as the missing symbol of code that does not compile.
   */
  public static boolean passesReceiver(@Nullable Symbol method) {
    return method instanceof MethodSymbol m && passThrough(m) == PassThrough.RECEIVER;
  }

  /** Whether a call of {@code method} passes its argument's HRESULT on: {@code Integer.valueOf}. */
  public static boolean passesArgument(@Nullable Symbol method) {
    return method instanceof MethodSymbol m && passThrough(m) == PassThrough.ARGUMENT;
  }

  /**
   * The integral constant {@code operand} writes a code with: the operand itself, or the constant
   * inside a style's wrapper ({@code new HRESULT(X)}, {@code Integer.valueOf(X)}); null if none.
   */
  public static @Nullable ExpressionTree constantOf(ExpressionTree operand) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(operand);
    for (BindingStyle style : DEFAULT.styles) {
      ExpressionTree inside = style.constantInside(stripped);
      if (inside != null) {
        stripped = ASTHelpers.stripParentheses(inside);
        break;
      }
    }
    Object value = ASTHelpers.constValue(stripped);
    return value instanceof Integer || value instanceof Long ? stripped : null;
  }

  /**
   * The code {@code operand} writes, as a number: the value of {@link #constantOf}, or a code a
   * style names without a constant ({@code W32Errors.S_OK}); null if none.
   */
  public static @Nullable Long codeValue(ExpressionTree operand) {
    ExpressionTree constant = constantOf(operand);
    if (constant != null) {
      return ((Number) ASTHelpers.constValue(constant)).longValue();
    }
    ExpressionTree stripped = ASTHelpers.stripParentheses(operand);
    for (BindingStyle style : DEFAULT.styles) {
      Long code = style.namedCode(stripped);
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  /**
   * Whether a result of {@code type} is a {@code long} or a {@code Long}, which may hold the
   * unsigned form of an HRESULT.
   */
  public static boolean isLong(@Nullable Type type) {
    return type != null
        && (type.getKind() == TypeKind.LONG
            || type.tsym.getQualifiedName().contentEquals("java.lang.Long"));
  }

  /**
   * How code holds and tests a result of {@code type}: JNA's {@code HRESULT} with {@code COMUtils},
   * numbers with {@code ImapiError}; an {@code int}'s where {@code type} is unknown.
   */
  public static ResultForm formOf(@Nullable Type type) {
    if (type != null) {
      for (BindingStyle style : DEFAULT.styles) {
        ResultForm form = style.form(type);
        if (form != null) {
          return form;
        }
      }
    }
    return NumberValues.INT_FORM;
  }
}
