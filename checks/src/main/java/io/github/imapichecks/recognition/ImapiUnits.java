package io.github.imapichecks.recognition;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.PackageSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Name;
import com.sun.tools.javac.util.Names;
import io.github.imapichecks.tables.ImapiCodes;
import io.github.imapichecks.tables.ImapiMethods;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Whether a compilation unit can hold an IMAPI result at all, decided by one pass over its tree the
 * first time a check asks, so that in code that never touches IMAPI every check answers at once. A
 * unit can when it:
 *
 * <ul>
 *   <li>names {@code @ImapiHResult}, a code class ({@code ImapiError}), or an IMAPI interface;
 *   <li>calls, or refers to, a method named like an IMAPI method or property through a type that a
 *       binding style could recognise: one named like an IMAPI interface or class, a type of the
 *       {@code BindingTypes} flag, or a root of an exception-style binding ({@code Com4jObject},
 *       JNA's {@code @ComInterface} types, {@code COM.Unknown}, {@code COMLateBindingObject},
 *       JACOB's {@code Dispatch}), or their subtypes;
 *   <li>calls a late-binding library (JACOB's, JNA's {@code COMLateBindingObject});
 *   <li>uses a method or variable whose declaration, in source or in a class file, carries
 *       {@code @ImapiHResult};
 *   <li>declares a variable named like an IMAPI code (ImapiMisdefinedConstant's).
 * </ul>
 *
 * Every result the recognizer finds starts at one of these, so a unit with none holds no result and
 * no check has anything to say in it.
 */
public final class ImapiUnits {
  private static final Context.Key<ImapiUnits> KEY = new Context.Key<>();

  /** Names that mark a unit on sight: the annotation, the code classes, the interfaces. */
  private final Set<Name> markers;

  /** The names under which code calls IMAPI methods and properties. */
  private final Set<Name> callNames;

  /** JACOB's packages, whose late-bound calls name IMAPI members in strings. */
  private final Set<Name> jacobPackages;

  /** JNA's {@code COMLateBindingObject}, whose methods do too. */
  private final Name lateBindingObject;

  private final Types types;
  private @Nullable CompilationUnitTree unit;
  private boolean mayHoldResults;

  private ImapiUnits(Context context) {
    Names table = Names.instance(context);
    this.markers =
        names(
            table,
            ImmutableSet.<String>builder()
                .addAll(ImapiMethods.INTERFACES)
                .add("ImapiHResult", "ImapiError", "Imapi2Error", "Imapi2FsError")
                .build());
    this.callNames = names(table, ImapiMethods.allNames());
    this.jacobPackages = names(table, ImmutableSet.of("com.jacob.com", "com.jacob.activeX"));
    this.lateBindingObject = table.fromString(JnaLateBinding.LATE_BINDING_OBJECT);
    this.types = Types.instance(context);
  }

  private static Set<Name> names(Names table, Set<String> names) {
    return names.stream().map(table::fromString).collect(Collectors.toSet());
  }

  /**
   * Whether {@code unit} may hold an IMAPI result, where {@code bindingTypes} are the types the
   * {@code BindingTypes} flag names; decided once per unit.
   */
  public static boolean mayHoldResults(
      CompilationUnitTree unit, ImmutableSet<String> bindingTypes, Context context) {
    ImapiUnits units = context.get(KEY);
    if (units == null) {
      units = new ImapiUnits(context);
      context.put(KEY, units);
    }
    if (units.unit != unit) {
      units.unit = unit;
      units.mayHoldResults = units.scan(unit, bindingTypes);
    }
    return units.mayHoldResults;
  }

  private boolean scan(CompilationUnitTree compilationUnit, ImmutableSet<String> bindingTypes) {
    boolean[] found = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(@Nullable Tree tree, Void unused) {
        return found[0] ? null : super.scan(tree, null);
      }

      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        found[0] |= marks((Name) tree.getName(), tree);
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        found[0] |= marks((Name) tree.getIdentifier(), tree);
        return super.visitMemberSelect(tree, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        ExpressionTree select = tree.getMethodSelect();
        Symbol method = TreeInfo.symbol((JCTree) select);
        found[0] |=
            method instanceof MethodSymbol called
                && (lateBound(called) || callsBinding(called, receiverType(select), bindingTypes));
        return super.visitMethodInvocation(tree, null);
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
        found[0] |=
            ((JCTree.JCMemberReference) tree).sym instanceof MethodSymbol method
                && callsBinding(
                    method, ((JCTree) tree.getQualifierExpression()).type, bindingTypes);
        return super.visitMemberReference(tree, null);
      }

      @Override
      public Void visitNewClass(NewClassTree tree, Void unused) {
        found[0] |= annotated(((JCTree.JCNewClass) tree).constructor);
        return super.visitNewClass(tree, null);
      }

      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        found[0] |= ImapiCodes.bySpelling(tree.getName().toString()).isPresent();
        return super.visitVariable(tree, null);
      }
    }.scan(compilationUnit, null);
    return found[0];
  }

  /**
   * Whether {@code method} is a late-binding library's, which names members in strings: compared by
   * javac's names, which costs no string per call.
   */
  private boolean lateBound(MethodSymbol method) {
    Symbol owner = method.owner;
    while (owner != null && !(owner instanceof PackageSymbol)) {
      // Error Prone's ASTHelpers.enclosingPackage is gone from Error Prone 2.52.0.
      owner = owner.owner;
    }
    return method.owner.getQualifiedName() == lateBindingObject
        || (owner != null && jacobPackages.contains(owner.getQualifiedName()));
  }

  /** Whether a name, of an identifier or a member select {@code tree}, marks the unit. */
  private boolean marks(Name name, Tree tree) {
    return markers.contains(name) || annotated(TreeInfo.symbol((JCTree) tree));
  }

  /**
   * Whether a call of {@code method}, through a receiver of {@code receiverType} if known, may be a
   * binding's IMAPI call: it is named like one, through a type a binding style could recognise.
   */
  private boolean callsBinding(
      MethodSymbol method, @Nullable Type receiverType, ImmutableSet<String> bindingTypes) {
    if (!callNames.contains(method.getSimpleName())) {
      return false;
    }
    ImmutableList<Type> candidates = NamedInterfaces.candidateTypes(method, receiverType, types);
    if (ExceptionBindings.isExceptionStyle(candidates)
        || ExceptionBindings.isJnaVtableClass(candidates)) {
      return true;
    }
    for (Type type : candidates) {
      String simpleName = type.tsym.getSimpleName().toString();
      if (ImapiMethods.INTERFACES.contains(simpleName)
          || LateBoundMembers.interfaceNamed(simpleName) != null
          || bindingTypes.contains(type.tsym.getQualifiedName().toString())) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Type receiverType(ExpressionTree select) {
    return select instanceof MemberSelectTree member
        ? ((JCTree) member.getExpression()).type
        : null;
  }

  private static boolean annotated(@Nullable Symbol symbol) {
    return symbol != null && AnnotatedHResults.isAnnotatedAnywhere(symbol);
  }
}
