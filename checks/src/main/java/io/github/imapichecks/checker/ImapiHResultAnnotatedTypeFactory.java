package io.github.imapichecks.checker;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.processing.JavacProcessingEnvironment;
import io.github.imapichecks.annotations.ImapiHResult;
import io.github.imapichecks.annotations.ImapiHResultBottom;
import io.github.imapichecks.annotations.UnknownImapiHResult;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.recognition.CaughtFailures;
import io.github.imapichecks.recognition.OwnCodeScanner;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import org.checkerframework.common.basetype.BaseAnnotatedTypeFactory;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.framework.qual.TypeUseLocation;
import org.checkerframework.framework.type.AnnotatedTypeMirror;
import org.checkerframework.framework.type.AnnotatedTypeMirror.AnnotatedExecutableType;
import org.checkerframework.framework.type.NoElementQualifierHierarchy;
import org.checkerframework.framework.type.QualifierHierarchy;
import org.checkerframework.framework.type.treeannotator.ListTreeAnnotator;
import org.checkerframework.framework.type.treeannotator.TreeAnnotator;
import org.checkerframework.framework.util.DefaultQualifierKindHierarchy;
import org.checkerframework.framework.util.QualifierKindHierarchy;
import org.checkerframework.framework.util.defaults.QualifierDefaults;
import org.checkerframework.javacutil.AnnotationBuilder;
import org.checkerframework.javacutil.TreePathUtil;
import org.checkerframework.javacutil.TreeUtils;
import org.jspecify.annotations.Nullable;

/**
 * The types of the IMAPI result checker: the qualifier hierarchy, its defaults, and the IMAPI
 * binding methods whose results are {@code @ImapiHResult} without any annotation.
 *
 * <p>The hierarchy is defined here, not by meta-annotations on the qualifiers, so that the
 * annotations artifact stays free of any dependency, the Checker Framework's included.
 */
public final class ImapiHResultAnnotatedTypeFactory extends BaseAnnotatedTypeFactory {
  /** {@code @UnknownImapiHResult}: any number, the default. */
  final AnnotationMirror unknown;

  /** {@code @ImapiHResult}: an IMAPI result. */
  final AnnotationMirror result;

  /** {@code @ImapiHResultBottom}: the type of {@code null}. */
  final AnnotationMirror bottom;

  private final Types javacTypes;

  /** Creates the factory for {@code checker}. */
  @SuppressWarnings("this-escape") // postInit() is meant to be called from the constructor.
  public ImapiHResultAnnotatedTypeFactory(BaseTypeChecker checker) {
    super(checker);
    unknown = AnnotationBuilder.fromClass(elements, UnknownImapiHResult.class);
    result = AnnotationBuilder.fromClass(elements, ImapiHResult.class);
    bottom = AnnotationBuilder.fromClass(elements, ImapiHResultBottom.class);
    javacTypes =
        Types.instance(
            ((JavacProcessingEnvironment) checker.getProcessingEnvironment()).getContext());
    postInit();
  }

  @Override
  protected Set<Class<? extends Annotation>> createSupportedTypeQualifiers() {
    return new LinkedHashSet<>(
        Set.of(UnknownImapiHResult.class, ImapiHResult.class, ImapiHResultBottom.class));
  }

  @Override
  protected QualifierHierarchy createQualifierHierarchy() {
    return new NoElementQualifierHierarchy(getSupportedTypeQualifiers(), elements, this) {
      @Override
      protected QualifierKindHierarchy createQualifierKindHierarchy(
          Collection<Class<? extends Annotation>> qualifierClasses) {
        return new ChainHierarchy(qualifierClasses);
      }
    };
  }

  /**
   * {@code @UnknownImapiHResult} above {@code @ImapiHResult} above {@code @ImapiHResultBottom},
   * stated here instead of in {@code @SubtypeOf} meta-annotations.
   */
  private static final class ChainHierarchy extends DefaultQualifierKindHierarchy {
    ChainHierarchy(Collection<Class<? extends Annotation>> qualifierClasses) {
      super(qualifierClasses);
    }

    @Override
    protected Map<DefaultQualifierKind, Set<DefaultQualifierKind>> createDirectSuperMap() {
      DefaultQualifierKind top = kind(UnknownImapiHResult.class);
      DefaultQualifierKind middle = kind(ImapiHResult.class);
      DefaultQualifierKind least = kind(ImapiHResultBottom.class);
      Map<DefaultQualifierKind, Set<DefaultQualifierKind>> supers = new TreeMap<>();
      supers.put(top, new TreeSet<>());
      supers.put(middle, new TreeSet<>(Set.of(top)));
      supers.put(least, new TreeSet<>(Set.of(middle)));
      return supers;
    }

    private DefaultQualifierKind kind(Class<? extends Annotation> qualifier) {
      return nameToQualifierKind.get(QualifierKindHierarchy.annotationClassName(qualifier));
    }
  }

  @Override
  protected void addCheckedCodeDefaults(QualifierDefaults defaults) {
    defaults.addCheckedCodeDefault(unknown, TypeUseLocation.OTHERWISE);
    defaults.addCheckedCodeDefault(bottom, TypeUseLocation.LOWER_BOUND);
  }

  @Override
  protected TreeAnnotator createTreeAnnotator() {
    // First, so that the propagation annotator does not give arithmetic its operands' qualifier.
    return new ListTreeAnnotator(new ResultTreeAnnotator(), super.createTreeAnnotator());
  }

  /** Binding methods' declared return types, even in class files without annotations. */
  @Override
  public void addComputedTypeAnnotations(Element element, AnnotatedTypeMirror type) {
    super.addComputedTypeAnnotations(element, type);
    if (element.getKind() == ElementKind.METHOD
        && returnsResult((ExecutableElement) element, null)) {
      ((AnnotatedExecutableType) type).getReturnType().replaceAnnotation(result);
    }
  }

  /** Whether {@code type}'s qualifier is exactly {@code @ImapiHResult}. */
  boolean isResult(AnnotatedTypeMirror type) {
    return areSameByClass(qualifier(type), ImapiHResult.class);
  }

  /** Whether {@code type}'s qualifier is {@code @UnknownImapiHResult}: it may be any number. */
  boolean isUnknown(AnnotatedTypeMirror type) {
    return areSameByClass(qualifier(type), UnknownImapiHResult.class);
  }

  /** {@code type}'s qualifier, a type variable's or wildcard's that of its upper bound. */
  private AnnotationMirror qualifier(AnnotatedTypeMirror type) {
    AnnotationMirror qualifier = type.getAnnotationInHierarchy(unknown);
    return qualifier == null ? unknown : qualifier;
  }

  /**
   * Whether a call to {@code method} through {@code receiverType} yields an IMAPI result by the
   * binding rules every imapi-check shares.
   */
  private boolean returnsResult(ExecutableElement method, @Nullable Type receiverType) {
    // Limitation: -XepOpt:Imapi:BindingTypes is an Error Prone flag, so no user binding types here.
    return BindingStyles.DEFAULT
        .resultOfCall((MethodSymbol) method, receiverType, javacTypes)
        .isPresent();
  }

  /** Gives binding calls and their declarations {@code @ImapiHResult}, and arithmetic the top. */
  private final class ResultTreeAnnotator extends TreeAnnotator {
    ResultTreeAnnotator() {
      super(ImapiHResultAnnotatedTypeFactory.this);
    }

    @Override
    public Void visitMethod(MethodTree tree, AnnotatedTypeMirror type) {
      // An implementation of a binding method returns IMAPI results, as the method it overrides.
      if (returnsResult(TreeUtils.elementFromDeclaration(tree), null)) {
        ((AnnotatedExecutableType) type).getReturnType().replaceAnnotation(result);
      }
      return null;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, AnnotatedTypeMirror type) {
      ExecutableElement method = TreeUtils.elementFromUse(tree);
      ExpressionTree receiver = TreeUtils.getReceiverTree(tree);
      // The receiver's type matters for a method inherited from a type that is no IMAPI binding.
      Type receiverType = receiver == null ? null : (Type) TreeUtils.typeOf(receiver);
      Symbol symbol = (Symbol) method;
      if (returnsResult(method, receiverType)
          || readsCaughtFailure(tree, symbol)
          || (receiver != null
              && BindingStyles.passesReceiver(symbol)
              && isResult(getAnnotatedType(receiver)))
          || (tree.getArguments().size() == 1
              && BindingStyles.passesArgument(symbol)
              && isResult(getAnnotatedType(tree.getArguments().get(0))))) {
        type.replaceAnnotation(result);
      }
      return null;
    }

    /**
     * Whether {@code tree} reads the HRESULT of an IMAPI failure that an exception-style binding
     * threw and a {@code catch} caught: {@code e.getHRESULT()}, where {@code e} is the parameter of
     * a {@code catch} whose {@code try} block calls IMAPI through com4j (or JNA's COM proxies, or
     * JACOB's generated classes).
     */
    private boolean readsCaughtFailure(MethodInvocationTree tree, Symbol method) {
      ExpressionTree receiver = TreeUtils.getReceiverTree(tree);
      if (!CaughtFailures.readsHResult(method) || receiver == null) {
        return false;
      }
      Element exception = TreeUtils.elementFromTree(TreeUtils.withoutParensOrCasts(receiver));
      TreePath path = getPath(tree);
      for (TreePath p = path; p != null && exception != null; p = p.getParentPath()) {
        if (p.getLeaf() instanceof CatchTree catchTree
            && exception.equals(TreeUtils.elementFromDeclaration(catchTree.getParameter()))
            && p.getParentPath().getLeaf() instanceof TryTree tryTree) {
          return triesImapiCalls(
              tryTree,
              (MethodSymbol) method,
              new CaughtFailures.Site(
                  TreePathUtil.enclosingClass(p), TreePathUtil.enclosingMethodOrLambda(p)));
        }
      }
      return false;
    }

    /**
     * Whether {@code tryTree}'s block, at {@code site}, calls IMAPI through the binding {@code
     * accessor} reads.
     */
    private boolean triesImapiCalls(
        TryTree tryTree, MethodSymbol accessor, CaughtFailures.Site site) {
      boolean[] found = {false};
      new OwnCodeScanner<Void, Void>() {
        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
          ExpressionTree receiver = TreeUtils.getReceiverTree(call);
          found[0] |=
              TreeUtils.elementFromUse(call) instanceof MethodSymbol called
                  && CaughtFailures.throwsReadBy(
                      accessor,
                      call,
                      called,
                      receiver == null ? null : (Type) TreeUtils.typeOf(receiver),
                      site,
                      javacTypes);
          return super.visitMethodInvocation(call, null);
        }
      }.scan(tryTree.getBlock(), null);
      return found[0];
    }

    // No arithmetic yields an IMAPI result, not even -hr or hr | 0: it makes a new number.
    @Override
    public Void visitBinary(BinaryTree tree, AnnotatedTypeMirror type) {
      type.replaceAnnotation(unknown);
      return null;
    }

    @Override
    public Void visitUnary(UnaryTree tree, AnnotatedTypeMirror type) {
      type.replaceAnnotation(unknown);
      return null;
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree tree, AnnotatedTypeMirror type) {
      type.replaceAnnotation(unknown);
      return null;
    }
  }
}
