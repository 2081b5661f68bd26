package io.github.imapichecks.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.VariableTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.tables.HResults;
import io.github.imapichecks.tables.ImapiCode;
import io.github.imapichecks.tables.ImapiCodes;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * A constant the user declares under an IMAPI code's name (or a known misspelling of one) whose
 * value is not the header's (an {@code int}, {@code long}, {@code Integer}, JNA {@code HRESULT} or
 * enum constant), such as {@code IMAPI_S_PROPERTIESIGNORED = 0x80040200} from a widely copied
 * interop table, or a {@code long} that holds the unsigned form no {@code int} result equals.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Give constants named after IMAPI codes the values their SDK headers define",
    severity = ERROR,
    linkType = CUSTOM,
    link = ImapiBugChecker.DOCS + "ImapiMisdefinedConstant.md",
    altNames = ImapiBugChecker.SUPPRESS_ALL)
public final class ImapiMisdefinedConstant extends ImapiBugChecker implements VariableTreeMatcher {

  public ImapiMisdefinedConstant() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  ImapiMisdefinedConstant(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchVariable(VariableTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    String name = tree.getName().toString();
    Optional<ImapiCode> code = ImapiCodes.bySpelling(name);
    VarSymbol symbol = ASTHelpers.getSymbol(tree);
    if (code.isEmpty() || symbol == null) {
      return Description.NO_MATCH;
    }
    ExpressionTree valueTree = valueTree(tree, symbol);
    if (valueTree == null
        || !(ASTHelpers.constValue(valueTree) instanceof Number number)
        || !(number instanceof Integer || number instanceof Long)) {
      return Description.NO_MATCH;
    }
    long value = number.longValue();
    int header = code.get().value();
    if (value == header || !looksLikeAnHResult(value)) {
      return Description.NO_MATCH;
    }
    String declared = state.getSourceForNode(valueTree);
    String message;
    if ((int) value == header) {
      message =
          String.format(
              "%s is the unsigned form of %s (%s): an int IMAPI result is never equal to this"
                  + " long",
              declared, code.get().name(), code.get().hex());
    } else {
      Optional<ImapiCode> actual = ImapiCodes.byValue((int) value);
      message =
          String.format(
              "%s is %s in %s, not %s%s",
              name.equals(code.get().name())
                  ? name
                  : name + " (spelled " + code.get().name() + " in the header)",
              code.get().hex(),
              code.get().family().header(),
              declared,
              actual.map(other -> ", which is " + other.name()).orElse(""));
    }
    // Error Prone's "Did you mean" line shows the fix: the header's constant in place of the value.
    SuggestedFix.Builder fix = SuggestedFix.builder();
    fix.replace(valueTree, CodeReferences.reference(code.get(), fix, state));
    return buildDescription(valueTree).setMessage(message).addFix(fix.build()).build();
  }

  /**
   * The expression that gives the constant its value: the integral constant a {@code static final}
   * field is initialized with, also inside a binding's wrapper ({@code new HRESULT(X)}, see {@link
   * BindingStyles#constantOf}); or the single integral argument of an enum constant.
   */
  private static @Nullable ExpressionTree valueTree(VariableTree tree, VarSymbol symbol) {
    ExpressionTree initializer = tree.getInitializer();
    if (initializer == null) {
      return null;
    }
    if (symbol.getKind() == ElementKind.ENUM_CONSTANT) {
      return initializer instanceof NewClassTree newClass ? singleIntegral(newClass) : null;
    }
    boolean staticFinal =
        symbol.getKind() == ElementKind.FIELD
            && symbol.getModifiers().contains(Modifier.STATIC)
            && symbol.getModifiers().contains(Modifier.FINAL);
    if (!staticFinal) {
      return null;
    }
    return BindingStyles.constantOf(initializer);
  }

  private static @Nullable ExpressionTree singleIntegral(NewClassTree newClass) {
    List<? extends ExpressionTree> integral =
        newClass.getArguments().stream()
            .filter(
                argument ->
                    ASTHelpers.constValue(argument) instanceof Integer
                        || ASTHelpers.constValue(argument) instanceof Long)
            .toList();
    return integral.size() == 1 ? integral.get(0) : null;
  }

  /**
   * Whether {@code value} has the shape of an IMAPI HRESULT, so that a constant of a code's name
   * holding it means that code: an int or unsigned 32-bit value in {@code FACILITY_ITF} or IMAPI
   * v2's facility. A small number under a code's name may be an index, and is left alone.
   */
  private static boolean looksLikeAnHResult(long value) {
    if (value != (int) value && (value < 0 || value > 0xFFFF_FFFFL)) {
      return false;
    }
    int facility = HResults.facility((int) value);
    return facility == HResults.FACILITY_ITF || facility == HResults.FACILITY_IMAPI2;
  }
}
