package io.github.imapichecks.model;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.util.FindIdentifiers;
import com.sun.source.tree.ImportTree;
import com.sun.tools.javac.code.Symbol;

/** Writes references to {@code ImapiError}'s constants into fixes, in the file's own style. */
public final class CodeReferences {
  /** The class users' code reads IMAPI codes from. */
  public static final String IMAPI_ERROR = "io.github.imapichecks.annotations.ImapiError";

  private CodeReferences() {}

  /**
   * The source text naming {@code code}'s constant at {@code state}'s position, adding the import
   * it needs to {@code fix}: the bare name where the file already imports statically from {@code
   * ImapiError} and nothing else of that name is in scope, {@code ImapiError.NAME} otherwise.
   */
  public static String reference(ImapiCode code, SuggestedFix.Builder fix, VisitorState state) {
    String name = code.name();
    if (importsStaticallyFromImapiError(state)) {
      Symbol visible = FindIdentifiers.findIdent(name, state);
      if (visible == null) {
        fix.addStaticImport(IMAPI_ERROR + "." + name);
        return name;
      }
      if (visible.owner != null && visible.owner.getQualifiedName().contentEquals(IMAPI_ERROR)) {
        return name;
      }
    }
    return SuggestedFixes.qualifyType(state, fix, IMAPI_ERROR) + "." + name;
  }

  private static boolean importsStaticallyFromImapiError(VisitorState state) {
    for (ImportTree importTree : state.getPath().getCompilationUnit().getImports()) {
      if (importTree.isStatic()
          && importTree.getQualifiedIdentifier().toString().startsWith(IMAPI_ERROR + ".")) {
        return true;
      }
    }
    return false;
  }
}
