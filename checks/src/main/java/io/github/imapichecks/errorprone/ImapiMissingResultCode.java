package io.github.imapichecks.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CatchTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.imapichecks.recognition.BindingStyles;
import io.github.imapichecks.recognition.CalledMethod;
import io.github.imapichecks.recognition.CaughtFailure;
import io.github.imapichecks.recognition.ImapiResult;
import io.github.imapichecks.recognition.ImapiResultRecognizer;
import io.github.imapichecks.recognition.ResultReads;
import io.github.imapichecks.recognition.ResultUses;
import io.github.imapichecks.tables.ReadBacks;
import io.github.imapichecks.tables.RequiredCode;
import io.github.imapichecks.tables.RequiredCodeTable;
import io.github.imapichecks.tables.SenseBuffers;
import io.github.imapichecks.usage.CatchHandlers;
import io.github.imapichecks.usage.ResultInspection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * The result of an IMAPI call that has codes its caller must tell apart ({@code RecordDisc}: {@code
 * IMAPI_E_USERABORT}, {@code IMAPI_E_MEDIUM_NOTPRESENT}, ...), inspected without telling one of
 * them apart, or tested for specific codes with no catch-all for other failures. A code counts as
 * told apart, or handed on to code that may tell it apart, only on the paths it can take: failures
 * where failures may arrive, success-with-information codes where those may. It is reported beside
 * ImapiSuccessInfoAsFailure's finding on the same decision: fixing one does not fix the other.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary =
        "Tell apart the codes an IMAPI call's caller must handle, and catch every other failure",
    severity = WARNING,
    linkType = CUSTOM,
    link = ImapiBugChecker.DOCS + "ImapiMissingResultCode.md",
    altNames = ImapiBugChecker.SUPPRESS_ALL)
public final class ImapiMissingResultCode extends ImapiBugChecker
    implements MethodInvocationTreeMatcher, CatchTreeMatcher {
  /** The flag that replaces or extends the required-code table per method. */
  static final String REQUIRED_FLAG = "ImapiMissingResultCode:Required";

  private final RequiredCodeTable required;

  public ImapiMissingResultCode() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  ImapiMissingResultCode(ErrorProneFlags flags) {
    super(flags);
    this.required = RequiredCodeTable.parse(REQUIRED_FLAG, flags.get(REQUIRED_FLAG));
  }

  @Override
  List<String> ownFlagProblems() {
    return required.problems();
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    TreePath outermost = ResultUses.outermost(state.getPath());
    Tree consumer = outermost.getParentPath().getLeaf();
    Optional<CalledMethod> thrown = recognizer().recognizeThrowingCall(tree, state);
    if (thrown.isPresent()) {
      return describeDroppedSuccesses(tree, thrown.get(), state);
    }
    if (consumer instanceof ExpressionStatementTree) {
      // A dropped result is ImapiResultIgnored's.
      return Description.NO_MATCH;
    }
    Optional<CalledMethod> method =
        recognizer().recognizeCall(tree, state).flatMap(ImapiResult::method);
    List<RequiredCode> codes =
        method.map(called -> required.requiredFor(called.imapi())).orElse(List.of());
    if (codes.isEmpty()) {
      return Description.NO_MATCH;
    }
    ResultInspection inspection = new ResultInspection();
    VarSymbol local = ResultUses.storedInLocal(state.getPath());
    int alsoReported = 0;
    if (local != null) {
      ResultReads reads = recognizer().readsOf(tree, state);
      if (reads.captured()) {
        return Description.NO_MATCH;
      }
      List<TreePath> alike = alike(tree, reads, method.get(), local, state);
      if (!alike.isEmpty()
          && ASTHelpers.getStartPosition(alike.get(0).getLeaf())
              < ASTHelpers.getStartPosition(tree)) {
        // The first of the calls whose results reach the same reads reports them all.
        return Description.NO_MATCH;
      }
      alsoReported = alike.size();
      reads.reads().forEach(read -> inspection.use(read, state));
    } else {
      inspection.use(state.getPath(), state);
    }
    if (!inspection.judgeable()) {
      return Description.NO_MATCH;
    }
    ImmutableList<RequiredCode> missing =
        codes.stream()
            .filter(code -> !inspection.handles(code.code().value()))
            .collect(ImmutableList.toImmutableList());
    boolean noCatchAll = inspection.testsSpecificCodes() && !inspection.catchesOtherFailures();
    if (missing.isEmpty() && !noCatchAll) {
      return Description.NO_MATCH;
    }
    String name = method.get().qualifiedName();
    Type type = local != null ? local.type : ASTHelpers.getType(tree);
    String hr = local != null ? local.getSimpleName().toString() : "hr";
    String missingPart =
        missing.isEmpty()
            ? ""
            : String.format(
                "%s can return %s, which this code does not tell apart: %s%s",
                name,
                describe(missing),
                advice(missing, inspection, local != null, type, hr),
                passedOnElsewhere(inspection, hr));
    String catchAllPart =
        noCatchAll
            ? String.format(
                "%s tests specific codes of %s with no catch-all for other failures (no default,"
                    + " no final else, no %s), so they pass as success",
                missing.isEmpty() ? "this code" : "it also",
                name,
                BindingStyles.formOf(type).failedTest(hr))
            : "";
    return buildDescription(tree)
        .setMessage(
            (missingPart.isEmpty() || catchAllPart.isEmpty()
                    ? missingPart + catchAllPart
                    : missingPart + "; " + catchAllPart)
                + alsoReported(alsoReported, name, hr))
        .build();
  }

  /**
   * The other calls whose findings would be this call's: calls of the same method, stored in the
   * same local, whose results reach exactly the reads {@code call}'s reaches, in source order. Only
   * the first of them is reported. Where this call is not the first, the list stops at the first.
   */
  private List<TreePath> alike(
      MethodInvocationTree call,
      ResultReads reads,
      CalledMethod method,
      VarSymbol local,
      VisitorState state) {
    int position = ASTHelpers.getStartPosition(call);
    List<TreePath> alike = new ArrayList<>();
    for (TreePath other : reads.sameReads()) {
      if (other.getLeaf() instanceof MethodInvocationTree otherCall
          && ResultUses.storedInLocal(other) == local
          && recognizer()
              .recognizeCall(otherCall, state)
              .flatMap(ImapiResult::method)
              .filter(method::equals)
              .isPresent()) {
        alike.add(other);
        if (ASTHelpers.getStartPosition(otherCall) < position) {
          break;
        }
      }
    }
    return alike;
  }

  /** "; 399 other calls of IDiscMaster.RecordDisc reach the same tests of hr: reported here". */
  private static String alsoReported(int others, String name, String hr) {
    return others == 0
        ? ""
        : String.format(
            "; %d other call%s of %s reach%s the same tests of %s, reported here only",
            others, others == 1 ? "" : "s", name, others == 1 ? "es" : "", hr);
  }

  /**
   * A call through an exception-style binding (com4j, JNA COM, JACOB) of a method whose required
   * codes include successes that report it did not do all it was asked ({@code SetWriteSpeed}'s
   * {@code S_IMAPI_SPEEDADJUSTED}): the binding drops every success, so the code can never learn of
   * them, unless it reads back the property that tells what the call did, anywhere in the same
   * method.
   */
  private Description describeDroppedSuccesses(
      MethodInvocationTree tree, CalledMethod called, VisitorState state) {
    List<RequiredCode> senseData =
        required.requiredFor(called.imapi()).stream()
            .filter(code -> code.code().reportsFailure())
            .collect(Collectors.toList());
    if (!senseData.isEmpty()) {
      return describeDroppedSenseData(tree, called, senseData, state);
    }
    List<RequiredCode> successes =
        required.requiredFor(called.imapi()).stream()
            .filter(code -> code.code().isSuccess() && !code.code().reportsFailure())
            .collect(Collectors.toList());
    Optional<ReadBacks.ReadBack> readBack = ReadBacks.of(called.imapi());
    if (successes.isEmpty()
        || readBack.isEmpty()
        || forwards(called, state)
        || readsBack(readBack.get(), state)) {
      return Description.NO_MATCH;
    }
    String property = readBack.get().accessor().substring("get_".length());
    return buildDescription(tree)
        .setMessage(
            String.format(
                "%s never reports %s through this binding, which drops every success: read back"
                    + " %s (%s, get%s()) to learn %s",
                called.qualifiedName(),
                Messages.list(
                    successes.stream()
                        .map(code -> code.code().name())
                        .collect(Collectors.toList())),
                property,
                readBack.get().accessor(),
                property,
                readBack.get().tells()))
        .build();
  }

  /**
   * A call through an exception-style binding of a command whose required success says the device
   * failed it ({@code SendCommandNoData}'s {@code S_IMAPI_COMMAND_HAS_SENSE_DATA}): the binding
   * returns normally, and only the sense buffer tells. Reported where that buffer is made in the
   * call ({@code new byte[18]}) or is a local variable read nowhere else; any other buffer (a
   * field, a parameter, which others may read), or a binding whose parameters are not the header's,
   * is left alone.
   */
  private Description describeDroppedSenseData(
      MethodInvocationTree tree,
      CalledMethod called,
      List<RequiredCode> senseData,
      VisitorState state) {
    OptionalInt position = SenseBuffers.position(called.imapi(), tree.getArguments().size());
    if (position.isEmpty()) {
      return Description.NO_MATCH;
    }
    ExpressionTree buffer =
        ASTHelpers.stripParentheses(tree.getArguments().get(position.getAsInt()));
    String advice;
    if (buffer instanceof NewArrayTree) {
      advice = "keep the sense buffer in a variable and read its sense key after the call";
    } else if (buffer instanceof IdentifierTree variable
        && ASTHelpers.getSymbol(variable) instanceof VarSymbol local
        && local.getKind() == ElementKind.LOCAL_VARIABLE
        && !readElsewhere(variable, local, state)) {
      advice =
          String.format(
              "read %s after the call: its sense key says whether the device failed the command",
              variable.getName());
    } else {
      return Description.NO_MATCH;
    }
    return buildDescription(tree)
        .setMessage(
            String.format(
                "%s never reports %s through this binding, which returns normally when the device"
                    + " fails the command and leaves the sense data in the buffer: %s",
                called.qualifiedName(),
                Messages.list(
                    senseData.stream()
                        .map(code -> code.code().name())
                        .collect(Collectors.toList())),
                advice))
        .build();
  }

  /**
   * Whether the local {@code symbol}, which {@code variable} names, is read anywhere else in the
   * method or lambda around {@code state}'s path: after the call, or before it in a loop.
   */
  private static boolean readElsewhere(
      IdentifierTree variable, VarSymbol symbol, VisitorState state) {
    TreePath code = ImapiResultRecognizer.enclosingCode(state.getPath());
    if (code == null) {
      return true;
    }
    boolean[] read = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        read[0] |= identifier != variable && symbol.equals(ASTHelpers.getSymbol(identifier));
        return null;
      }
    }.scan(code.getLeaf(), null);
    return read[0];
  }

  /**
   * Whether the method around {@code state}'s path is a wrapper's method that stands for the same
   * IMAPI method as {@code called}, which it forwards to: its callers are judged instead.
   */
  private boolean forwards(CalledMethod called, VisitorState state) {
    MethodTree method = state.findEnclosing(MethodTree.class);
    MethodSymbol symbol = method == null ? null : ASTHelpers.getSymbol(method);
    return symbol != null
        && recognizer()
            .recognizeThrowingMethod(symbol, state)
            .filter(wrapped -> wrapped.imapi().equals(called.imapi()))
            .isPresent();
  }

  /** Whether the method around {@code state}'s path calls the read-back property's getter. */
  private boolean readsBack(ReadBacks.ReadBack readBack, VisitorState state) {
    TreePath code = ImapiResultRecognizer.enclosingCode(state.getPath());
    if (code == null) {
      return true;
    }
    boolean[] found = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        found[0] |=
            recognizer()
                .recognizeThrowingCall(call, state.withPath(getCurrentPath()))
                .filter(method -> method.imapi().name().equals(readBack.accessor()))
                .isPresent();
        return super.visitMethodInvocation(call, null);
      }
    }.scan(code, null);
    return found[0];
  }

  /**
   * A {@code catch} clause that catches the failures of IMAPI calls an exception-style binding
   * throws (com4j, JNA COM, JACOB), where those calls have failure codes their caller must tell
   * apart, and that neither tells them apart through the exception's HRESULT nor lets the exception
   * go.
   */
  @Override
  public Description matchCatch(CatchTree tree, VisitorState state) {
    if (skips(state)) {
      return Description.NO_MATCH;
    }
    if (tree.getBlock().getStatements().isEmpty()) {
      // An empty catch drops the failure: ImapiResultIgnored's, as a dropped result is.
      return Description.NO_MATCH;
    }
    Map<String, CaughtFailure> calls = new LinkedHashMap<>();
    Map<Integer, RequiredCode> codes = new LinkedHashMap<>();
    for (CaughtFailure failure : recognizer().failuresCaughtBy(state.getPath(), state)) {
      for (RequiredCode code : required.requiredFor(failure.method().imapi())) {
        // A binding that throws drops every success: only failure codes reach the handler.
        if (!code.code().isSuccess()) {
          codes.putIfAbsent(code.code().value(), code);
          calls.putIfAbsent(failure.method().qualifiedName(), failure);
        }
      }
    }
    if (codes.isEmpty()) {
      return Description.NO_MATCH;
    }
    CatchHandlers handler = CatchHandlers.inspect(state.getPath(), recognizer(), state);
    if (handler.escapes()) {
      return Description.NO_MATCH;
    }
    List<RequiredCode> missing =
        codes.values().stream()
            .filter(code -> !handler.toldApart(code.code().value()))
            .collect(Collectors.toList());
    if (missing.isEmpty()) {
      return Description.NO_MATCH;
    }
    CaughtFailure first = calls.values().iterator().next();
    String exception = tree.getParameter().getName().toString();
    String code =
        missing.get(0).code().constantsClassSimpleName() + "." + missing.get(0).code().name();
    String example =
        first.accessor().startsWith("matchesErrorCode")
            ? String.format("%s.matchesErrorCode(%s)", exception, code)
            : String.format("%s.%s == %s", exception, first.accessor(), code);
    return buildDescription(tree.getParameter())
        .setMessage(
            String.format(
                "this catch takes every failure of %s alike, but %s can fail with %s: catch %s"
                    + " and tell %s apart, as in if (%s) ..., or let the exception go",
                Messages.list(List.copyOf(calls.keySet())),
                calls.size() == 1 ? "it" : "they",
                describe(missing),
                first.exceptionType(),
                missing.size() == 1 ? "it" : "them",
                example))
        .build();
  }

  /**
   * What to write: a case ({@code case ImapiError.IMAPI_E_USERABORT -> ...}) where only switches
   * tell codes apart and the first missing code reaches one; otherwise a test before the catch-all
   * ({@code if (hr == ImapiError.IMAPI_E_USERABORT) ...}), declaring {@code hr} first where the
   * result is not kept in a local.
   */
  private static String advice(
      List<RequiredCode> missing,
      ResultInspection inspection,
      boolean stored,
      @Nullable Type type,
      String hr) {
    String them = missing.size() == 1 ? "it" : "them";
    String code =
        missing.get(0).code().constantsClassSimpleName() + "." + missing.get(0).code().name();
    CaseTree.CaseKind switchCases = inspection.onlySwitchCasesFor(missing.get(0).code().value());
    if (switchCases != null) {
      return String.format(
          "add a case for %s, as in case %s%s",
          them, code, switchCases == CaseTree.CaseKind.RULE ? " -> ..." : ": ...");
    }
    return String.format(
        "test for %s before the catch-all, as in %s%s",
        them,
        stored ? "" : BindingStyles.formOf(type).declaredType() + " hr = ...; ",
        example(missing.get(0), type, hr));
  }

  /**
   * Why passing the result on does not excuse the missing codes, where it is passed on only on
   * paths they never take: " (hr is passed on only where no failure arrives)". (A result passed on
   * where both failures and success-with-information codes arrive is not judged at all.)
   */
  private static String passedOnElsewhere(ResultInspection inspection, String hr) {
    if (inspection.escapesFailures()) {
      return String.format(
          " (%s is passed on only where no success-with-information code arrives)", hr);
    }
    if (inspection.escapesSuccessInfo()) {
      return String.format(" (%s is passed on only where no failure arrives)", hr);
    }
    return "";
  }

  /**
   * {@code if (hr == ImapiError.IMAPI_E_USERABORT) ...} ({@code Imapi2Error.X} for an IMAPI v2
   * code), in the form a result of {@code type} needs.
   */
  private static String example(RequiredCode code, @Nullable Type type, String hr) {
    return String.format(
        "if (%s == %s.%s) ...",
        BindingStyles.formOf(type).intValue(hr),
        code.code().constantsClassSimpleName(),
        code.code().name());
  }

  /** "A (why) and B (why)", or "A (why), B (why), C (why) and 2 others". */
  private static String describe(List<RequiredCode> codes) {
    return Messages.list(
        codes.stream()
            .map(code -> code.code().name() + " (" + code.reason() + ")")
            .collect(Collectors.toList()));
  }
}
