package io.github.imapichecks.recognition;

import com.google.common.collect.ImmutableSet;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.TargetType;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The binding style of code that says what it holds: a method whose return type, or a field,
 * parameter or local whose type, carries {@code @ImapiHResult}, in source or in a class file.
 */
public final class AnnotatedHResults implements BindingStyle {
  /** The qualifier users write on their own HRESULT-holding types. */
  public static final String IMAPI_HRESULT_ANNOTATION =
      "io.github.imapichecks.annotations.ImapiHResult";

  static final AnnotatedHResults INSTANCE = new AnnotatedHResults();

  private static final ImmutableSet<TargetType> VARIABLE_POSITIONS =
      ImmutableSet.of(
          TargetType.FIELD,
          TargetType.LOCAL_VARIABLE,
          TargetType.RESOURCE_VARIABLE,
          TargetType.METHOD_FORMAL_PARAMETER);

  private AnnotatedHResults() {}

  @Override
  public Optional<ImapiResult> resultOf(
      MethodSymbol method, @Nullable Type receiverType, Types types) {
    return isAnnotated(method) ? Optional.of(ImapiResult.UNKNOWN_METHOD) : Optional.empty();
  }

  @Override
  public boolean mayYield(MethodSymbol method) {
    return isAnnotated(method);
  }

  /**
   * Whether {@code symbol}'s own type carries {@code @ImapiHResult}: a method's return type, or the
   * type of a field, local variable or parameter. An annotation inside the type ({@code
   * List<@ImapiHResult Integer>}, {@code @ImapiHResult int[]}) does not count.
   *
   * <p>Reads the symbol's raw type attributes rather than its type: on JDK 17, the type of a symbol
   * read from a class file does not carry its type-use annotations (JDK-8225377).
   */
  public static boolean isAnnotated(Symbol symbol) {
    boolean method = symbol instanceof MethodSymbol;
    for (Attribute.TypeCompound attribute : symbol.getRawTypeAttributes()) {
      if (isImapiHResult(attribute)
          && attribute.position.location.isEmpty()
          && (method
              ? attribute.position.type == TargetType.METHOD_RETURN
              : VARIABLE_POSITIONS.contains(attribute.position.type))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code symbol}'s declaration carries {@code @ImapiHResult} anywhere in its types: its
   * own type, a parameter's, a type argument's. A cheap superset of {@link #isAnnotated} and {@link
   * #isParameterAnnotated}.
   */
  static boolean isAnnotatedAnywhere(Symbol symbol) {
    return symbol.getRawTypeAttributes().stream().anyMatch(AnnotatedHResults::isImapiHResult);
  }

  private static boolean isImapiHResult(Attribute.TypeCompound attribute) {
    return attribute.type.tsym.getQualifiedName().contentEquals(IMAPI_HRESULT_ANNOTATION);
  }

  /**
   * Whether parameter {@code index} of {@code method} is declared {@code @ImapiHResult}, in source
   * or in a class file (where the annotation sits in the method's raw type attributes).
   */
  public static boolean isParameterAnnotated(MethodSymbol method, int index) {
    if (index < method.getParameters().size() && isAnnotated(method.getParameters().get(index))) {
      return true;
    }
    for (Attribute.TypeCompound attribute : method.getRawTypeAttributes()) {
      if (isImapiHResult(attribute)
          && attribute.position.type == TargetType.METHOD_FORMAL_PARAMETER
          && attribute.position.parameter_index == index
          && attribute.position.location.isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
