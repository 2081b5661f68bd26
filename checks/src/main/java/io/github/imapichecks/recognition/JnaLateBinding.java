package io.github.imapichecks.recognition;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCClassDecl;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * JNA's late-bound calls of IMAPI v2: a class that extends {@code COMLateBindingObject} names the
 * member in a string, {@code invokeNoReply("Write", stream)}, {@code
 * getIntProperty("FreeSectorsOnMedia")}, {@code setProperty("ForceMediaToBeClosed", true)}. The
 * object is one of an IMAPI2 class when the class's constructors that pass {@code super} a ProgID
 * all pass that class's ({@code super("IMAPI2.MsftDiscFormat2Data", false)}), or else when the
 * class is named like its interface or class ({@code IDiscFormat2Data}, {@code
 * MsftDiscFormat2Data}, {@code DiscFormat2Data}). A call on another object, such as {@code
 * invokeNoReply("Write", dispatch)} which calls {@code dispatch}, or with a member name that is not
 * a constant, names no IMAPI call. A failure throws {@code COMException} ({@code
 * COMInvokeException} for {@code IDispatch}). Uses javac's API only, for the sound mode.
 */
final class JnaLateBinding {
  /** The class JNA's late-bound wrappers extend. */
  static final String LATE_BINDING_OBJECT = "com.sun.jna.platform.win32.COM.COMLateBindingObject";

  private JnaLateBinding() {}

  /** Whether {@code method} is one of {@code COMLateBindingObject}'s own. */
  static boolean isLateBindingMethod(MethodSymbol method) {
    return method.owner.getQualifiedName().contentEquals(LATE_BINDING_OBJECT);
  }

  /**
   * The IMAPI method the late-bound {@code call} of {@code method}, one of {@code
   * COMLateBindingObject}'s own, names, where {@code enclosing} is the class whose code makes the
   * call (null if unknown); empty for any other call.
   */
  static Optional<CalledMethod> lateBound(
      MethodInvocationTree call, MethodSymbol method, @Nullable ClassTree enclosing) {
    String prefix = prefix(method);
    // Every helper that names a member takes the name first.
    String interfaceName =
        prefix == null ? null : receiverInterface(call.getMethodSelect(), enclosing);
    return interfaceName == null
        ? Optional.empty()
        : LateBoundMembers.member(
            interfaceName, prefix, LateBoundMembers.constant(call.getArguments().get(0)));
  }

  /**
   * What a call of {@code method} names: {@code ""} for a method, {@code get_} or {@code put_} for
   * a property; null for a helper that is no member call, or that calls another object (its second
   * parameter).
   */
  private static @Nullable String prefix(MethodSymbol method) {
    List<Symbol.VarSymbol> parameters = method.getParameters();
    boolean callsOther = parameters.size() >= 2 && isDispatch(parameters.get(1).type);
    return switch (method.getSimpleName().toString()) {
      case "invoke" -> "";
      case "invokeNoReply" -> callsOther ? null : "";
      case "getAutomationProperty",
          "getBooleanProperty",
          "getDateProperty",
          "getIntProperty",
          "getShortProperty",
          "getStringProperty" ->
          "get_";
      case "setProperty" -> callsOther && parameters.size() == 3 ? null : "put_";
      default -> null;
    };
  }

  /** Whether {@code type} is a COM object another call is made on: {@code IDispatch}, a wrapper. */
  private static boolean isDispatch(Type type) {
    String name = type.tsym.getQualifiedName().toString();
    return name.equals(LATE_BINDING_OBJECT) || name.endsWith(".IDispatch");
  }

  /**
   * The interface of the object {@code select} calls its member on: an implicit {@code this}, or
   * the expression {@code select} selects from.
   */
  private static @Nullable String receiverInterface(
      ExpressionTree select, @Nullable ClassTree enclosing) {
    JCClassDecl enclosingClass = (JCClassDecl) enclosing;
    Symbol receiver;
    if (select instanceof MemberSelectTree member) {
      Type type = ((JCTree) member.getExpression()).type;
      receiver = type == null ? null : type.tsym;
    } else {
      receiver = enclosingClass == null ? null : enclosingClass.sym;
    }
    if (receiver == null || !isLateBindingClass(receiver.type)) {
      // An implicit receiver in a nested class that does not extend COMLateBindingObject is an
      // outer object: left alone.
      return null;
    }
    String byProgId =
        enclosingClass != null && receiver.equals(enclosingClass.sym)
            ? progIdInterface(enclosingClass)
            : null;
    return byProgId != null
        ? byProgId
        : LateBoundMembers.interfaceNamed(receiver.getSimpleName().toString());
  }

  private static boolean isLateBindingClass(Type type) {
    for (Type t = type;
        t.getKind() == TypeKind.DECLARED;
        t = ((ClassSymbol) t.tsym).getSuperclass()) {
      if (t.tsym.getQualifiedName().contentEquals(LATE_BINDING_OBJECT)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The interface of the IMAPI2 class whose ProgID every constructor of {@code classTree} that
   * passes {@code super} a string passes; null where they pass none, another, or several.
   */
  private static @Nullable String progIdInterface(ClassTree classTree) {
    Set<Object> progIds = new HashSet<>();
    for (Tree member : classTree.getMembers()) {
      MethodInvocationTree superCall =
          member instanceof MethodTree constructor
                  && constructor.getName().contentEquals("<init>")
                  && constructor.getBody() != null
              ? superCall(constructor.getBody())
              : null;
      ExpressionTree first =
          superCall == null || superCall.getArguments().isEmpty()
              ? null
              : superCall.getArguments().get(0);
      if (first != null && isString(first)) {
        Object progId = LateBoundMembers.constant(first);
        progIds.add(progId == null ? superCall : progId);
      }
    }
    return progIds.size() == 1
        ? LateBoundMembers.interfaceOfProgId(progIds.iterator().next())
        : null;
  }

  /**
   * The {@code super(...)} call among a constructor's statements; null where it calls {@code
   * this(...)} instead. (Since JDK 22 statements may come before it.)
   */
  private static @Nullable MethodInvocationTree superCall(BlockTree body) {
    for (StatementTree statement : body.getStatements()) {
      if (statement instanceof ExpressionStatementTree expression
          && expression.getExpression() instanceof MethodInvocationTree call
          && call.getMethodSelect() instanceof IdentifierTree name
          && name.getName().contentEquals("super")) {
        return call;
      }
    }
    return null;
  }

  private static boolean isString(ExpressionTree argument) {
    Type type = ((JCTree) argument).type;
    return type != null && type.tsym.getQualifiedName().contentEquals("java.lang.String");
  }
}
