package io.github.imapichecks.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.util.ASTHelpers;
import com.google.errorprone.util.FindIdentifiers;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import io.github.imapichecks.tables.ImapiCode;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes references to the constants of {@code ImapiError}, {@code Imapi2Error} and {@code
 * Imapi2FsError} into fixes, in the file's own style.
 */
public final class CodeReferences {
  private CodeReferences() {}

  /**
   * The source text naming {@code code}'s constant at {@code state}'s position, adding the import
   * it needs to {@code fix}: the bare name where the file already imports statically from the class
   * that holds it ({@code ImapiError}, {@code Imapi2Error}, {@code Imapi2FsError}) and nothing else
   * of that name is in scope, {@code ImapiError.NAME} (or its class's) otherwise.
   */
  public static String reference(ImapiCode code, SuggestedFix.Builder fix, VisitorState state) {
    String name = code.name();
    String holder = code.constantsClass();
    if (importsStaticallyFrom(holder, state)) {
      Symbol visible = FindIdentifiers.findIdent(name, state);
      if (visible == null) {
        fix.addStaticImport(holder + "." + name);
        return name;
      }
      if (visible.owner != null && visible.owner.getQualifiedName().contentEquals(holder)) {
        return name;
      }
    }
    return SuggestedFixes.qualifyType(state, fix, holder) + "." + name;
  }

  /**
   * Adds to {@code fix}, which replaces {@code replaced} by text that keeps only {@code kept} of
   * it, the removal of each single-name import that only {@code replaced} used outside {@code
   * kept}: {@code import static ...ImapiError.S_OK} after {@code hr == S_OK} became {@code
   * ImapiError.succeeded(hr)}. An import the file still uses elsewhere stays.
   */
  public static void removeImportsLeftUnused(
      Tree replaced, Tree kept, SuggestedFix.Builder fix, VisitorState state) {
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    Map<Symbol, ImportTree> imported = new HashMap<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        return tree == kept ? null : super.scan(tree, null);
      }

      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        Symbol symbol = ASTHelpers.getSymbol(tree);
        ImportTree single = symbol == null ? null : singleImport(symbol, unit);
        if (single != null) {
          imported.put(symbol, single);
        }
        return null;
      }
    }.scan(replaced, null);
    if (imported.isEmpty()) {
      // The common case: the test names nothing the file imports by name; no need to read it all.
      return;
    }
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        return tree == replaced ? null : super.scan(tree, null);
      }

      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        imported.remove(ASTHelpers.getSymbol(tree));
        return null;
      }
    }.scan(unit.getTypeDecls(), null);
    for (ImportTree importTree : imported.values()) {
      String name = importTree.getQualifiedIdentifier().toString();
      if (importTree.isStatic()) {
        fix.removeStaticImport(name);
      } else {
        fix.removeImport(name);
      }
    }
  }

  /** The import of {@code symbol} by its own name in {@code unit}, if there is one. */
  private static @Nullable ImportTree singleImport(Symbol symbol, CompilationUnitTree unit) {
    for (ImportTree importTree : unit.getImports()) {
      String imported = importTree.getQualifiedIdentifier().toString();
      boolean names =
          importTree.isStatic()
              ? imported.equals(staticName(symbol))
              : symbol instanceof ClassSymbol && symbol.getQualifiedName().contentEquals(imported);
      if (names) {
        return importTree;
      }
    }
    return null;
  }

  private static @Nullable String staticName(Symbol symbol) {
    return ASTHelpers.isStatic(symbol) && symbol.owner instanceof ClassSymbol owner
        ? owner.getQualifiedName() + "." + symbol.getSimpleName()
        : null;
  }

  private static boolean importsStaticallyFrom(String holder, VisitorState state) {
    for (ImportTree importTree : state.getPath().getCompilationUnit().getImports()) {
      if (importTree.isStatic()
          && importTree.getQualifiedIdentifier().toString().startsWith(holder + ".")) {
        return true;
      }
    }
    return false;
  }
}
