package io.github.imapichecks.recognition;

import com.google.common.collect.ImmutableList;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import io.github.imapichecks.tables.ImapiMethod;
import io.github.imapichecks.tables.ImapiMethods;
import java.util.Optional;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * The binding style of hand-written and generated vtable bindings: a method named like an IMAPI
 * method (COM or Java casing) of a type named like an IMAPI interface, or of a type that extends or
 * implements one, or called through such a type.
 */
final class NamedInterfaces implements BindingStyle {
  static final NamedInterfaces INSTANCE = new NamedInterfaces();

  private NamedInterfaces() {}

  @Override
  public Optional<ImapiResult> resultOf(
      MethodSymbol method, @Nullable Type receiverType, Types types) {
    String name = method.getSimpleName().toString();
    if (!ImapiMethods.isMethodName(name)) {
      return Optional.empty();
    }
    ImmutableList<Type> candidates = candidateTypes(method, receiverType, types);
    if (ExceptionBindings.isExceptionStyle(candidates)) {
      // com4j and JNA's COM proxies return values and throw failures: no call returns an HRESULT.
      return Optional.empty();
    }
    for (Type type : candidates) {
      String simpleName = type.tsym.getSimpleName().toString();
      if (ImapiMethods.INTERFACES.contains(simpleName)) {
        Optional<ImapiMethod> imapiMethod = ImapiMethods.lookup(simpleName, name);
        if (imapiMethod.isPresent() && !returnsTheProperty(imapiMethod.get(), method)) {
          return Optional.of(ImapiResult.of(called(imapiMethod.get(), method, type)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code method} binds the property getter {@code imapi} as a getter of the property's
   * value, not of an HRESULT: without the out parameter a vtable binding passes ({@code
   * get_FreeSectorsOnMedia(IntByReference)}), the int a com4j {@code getFreeSectorsOnMedia()}
   * returns is the count of sectors, and failures are thrown.
   */
  private static boolean returnsTheProperty(ImapiMethod imapi, MethodSymbol method) {
    return imapi.name().startsWith("get_") && method.getParameters().isEmpty();
  }

  @Override
  public boolean mayYield(MethodSymbol method) {
    return ImapiMethods.isMethodName(method.getSimpleName().toString());
  }

  /**
   * {@code imapi} as the user's code names it: the simple name of the type that declares {@code
   * method}, or of the binding type it was matched through where that type has no name (an
   * anonymous class), and {@code method}'s own name.
   */
  static CalledMethod called(ImapiMethod imapi, MethodSymbol method, Type matched) {
    String owner = method.owner.getSimpleName().toString();
    return new CalledMethod(
        imapi,
        owner.isEmpty() ? matched.tsym.getSimpleName().toString() : owner,
        method.getSimpleName().toString());
  }

  /** The method's owner and the receiver's type, with all their supertypes. */
  static ImmutableList<Type> candidateTypes(
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
