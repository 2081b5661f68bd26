package io.github.imapichecks.recognition;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.TargetType;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import io.github.imapichecks.tables.ImapiMethod;
import io.github.imapichecks.tables.ImapiMethods;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * Which methods and variables yield IMAPI results, decided from symbols and types alone, so that
 * both the Error Prone checks and the Checker Framework checker recognise the same ones.
 */
public final class ImapiBindings {
  /** The qualifier users write on their own HRESULT-holding types. */
  public static final String IMAPI_HRESULT_ANNOTATION =
      "io.github.imapichecks.annotations.ImapiHResult";

  /** JNA's HRESULT, the type JNA-style bindings return. */
  public static final String JNA_HRESULT = "com.sun.jna.platform.win32.WinNT.HRESULT";

  private static final ImmutableSet<TargetType> VARIABLE_POSITIONS =
      ImmutableSet.of(
          TargetType.FIELD,
          TargetType.LOCAL_VARIABLE,
          TargetType.RESOURCE_VARIABLE,
          TargetType.METHOD_FORMAL_PARAMETER);

  private ImapiBindings() {}

  /**
   * Whether a value of {@code type} can hold an HRESULT: {@code int}, {@code Integer}, {@code long}
   * or JNA's {@code HRESULT}.
   */
  public static boolean canHoldHResult(@Nullable Type type) {
    if (type == null) {
      return false;
    }
    return switch (type.getKind()) {
      case INT, LONG -> true;
      case DECLARED ->
          type.tsym.getQualifiedName().contentEquals("java.lang.Integer") || isJnaHResult(type);
      default -> false;
    };
  }

  /** Whether {@code type} is JNA's {@code HRESULT}. */
  public static boolean isJnaHResult(@Nullable Type type) {
    return type != null
        && type.getKind() == TypeKind.DECLARED
        && type.tsym.getQualifiedName().contentEquals(JNA_HRESULT);
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
      if (attribute.type.tsym.getQualifiedName().contentEquals(IMAPI_HRESULT_ANNOTATION)
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
   * Whether parameter {@code index} of {@code method} is declared {@code @ImapiHResult}, in source
   * or in a class file (where the annotation sits in the method's raw type attributes).
   */
  public static boolean isParameterAnnotated(MethodSymbol method, int index) {
    if (index < method.getParameters().size() && isAnnotated(method.getParameters().get(index))) {
      return true;
    }
    for (Attribute.TypeCompound attribute : method.getRawTypeAttributes()) {
      if (attribute.type.tsym.getQualifiedName().contentEquals(IMAPI_HRESULT_ANNOTATION)
          && attribute.position.type == TargetType.METHOD_FORMAL_PARAMETER
          && attribute.position.parameter_index == index
          && attribute.position.location.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The IMAPI result a call to {@code method} yields, if it yields one: the method returns a type
   * that can hold an HRESULT and either carries {@code @ImapiHResult}, or is named like an IMAPI
   * method (COM or Java casing) and declared on, or called through, a type that is named like an
   * IMAPI interface, extends one, or is one of {@code bindingTypes}.
   *
   * @param receiverType the static type the method is called through, if known
   * @param bindingTypes fully qualified names of the user's own binding types
   */
  public static Optional<ImapiResult> resultOfCall(
      MethodSymbol method, @Nullable Type receiverType, Types types, Set<String> bindingTypes) {
    if (!canHoldHResult(method.getReturnType())) {
      return Optional.empty();
    }
    String name = method.getSimpleName().toString();
    if (ImapiMethods.isMethodName(name)) {
      Optional<ImapiResult> binding =
          bindingResult(name, method, receiverType, types, bindingTypes);
      if (binding.isPresent()) {
        return binding;
      }
    }
    return isAnnotated(method) ? Optional.of(ImapiResult.UNKNOWN_METHOD) : Optional.empty();
  }

  private static Optional<ImapiResult> bindingResult(
      String name,
      MethodSymbol method,
      @Nullable Type receiverType,
      Types types,
      Set<String> bindingTypes) {
    ImmutableList<Type> candidates = candidateTypes(method, receiverType, types);
    for (Type type : candidates) {
      String simpleName = type.tsym.getSimpleName().toString();
      if (ImapiMethods.INTERFACES.contains(simpleName)) {
        Optional<ImapiMethod> imapiMethod = ImapiMethods.lookup(simpleName, name);
        if (imapiMethod.isPresent()) {
          return Optional.of(ImapiResult.of(called(imapiMethod.get(), method, type)));
        }
      }
    }
    if (!bindingTypes.isEmpty()) {
      for (Type type : candidates) {
        if (bindingTypes.contains(type.tsym.getQualifiedName().toString())) {
          ImmutableList<ImapiMethod> named = ImapiMethods.named(name);
          // Limitation: a flag-named binding's Close() may be IDiscMaster's or IDiscRecorder's.
          return Optional.of(
              named.size() == 1
                  ? ImapiResult.of(called(named.get(0), method, type))
                  : ImapiResult.UNKNOWN_METHOD);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code imapi} as the user's code names it: the simple name of the type that declares {@code
   * method}, or of the binding type it was matched through where that type has no name (an
   * anonymous class), and {@code method}'s own name.
   */
  private static CalledMethod called(ImapiMethod imapi, MethodSymbol method, Type matched) {
    String owner = method.owner.getSimpleName().toString();
    return new CalledMethod(
        imapi,
        owner.isEmpty() ? matched.tsym.getSimpleName().toString() : owner,
        method.getSimpleName().toString());
  }

  /** The method's owner and the receiver's type, with all their supertypes. */
  private static ImmutableList<Type> candidateTypes(
      MethodSymbol method, @Nullable Type receiverType, Types types) {
    ImmutableList.Builder<Type> candidates = ImmutableList.builder();
    addClosure(method.owner.type, types, candidates);
    addClosure(receiverType, types, candidates);
    return candidates.build();
  }

  private static void addClosure(
      @Nullable Type type, Types types, ImmutableList.Builder<Type> candidates) {
    if (type == null) {
      return;
    }
    // Erasure turns a type variable (<T extends IDiscMaster>) into its bound.
    Type erased = types.erasure(type);
    if (erased.getKind() == TypeKind.DECLARED) {
      candidates.addAll(types.closure(erased));
    }
  }
}
