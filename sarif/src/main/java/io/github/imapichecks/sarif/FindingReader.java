package io.github.imapichecks.sarif;

import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.apply.ImportOrganizer;
import com.google.errorprone.apply.ImportStatements;
import com.google.errorprone.fixes.Fix;
import com.google.errorprone.fixes.Replacement;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.tree.EndPosTable;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Reads an Error Prone {@link Description} as a {@link Finding}: its range, and its fixes as text
 * replacements, the imports they add or remove included.
 *
 * <p>Error Prone changed two signatures between 2.42 and 2.52 that this needs: a description's
 * {@code position} became an {@code ErrorPronePosition} (it was javac's {@code
 * DiagnosticPosition}), and {@code Fix.getReplacements} and the position's {@code getEndPosition}
 * take an {@code ErrorProneEndPosTable} (they took javac's {@code EndPosTable}). Those three are
 * looked up by name once, and the end-position table is made the way the running Error Prone wants
 * it; everything else is called directly.
 */
final class FindingReader {
  private final Field position;
  private final Method startPosition;
  private final Method endPosition;
  private final Method replacements;
  private final Class<?> endPosTable;

  private FindingReader(
      Field position,
      Method startPosition,
      Method endPosition,
      Method replacements,
      Class<?> endPosTable) {
    this.position = position;
    this.startPosition = startPosition;
    this.endPosition = endPosition;
    this.replacements = replacements;
    this.endPosTable = endPosTable;
  }

  /**
   * Looks up what differs between Error Prone releases.
   *
   * @throws ReflectiveOperationException when the running Error Prone has none of the known shapes
   */
  static FindingReader forRunningErrorProne() throws ReflectiveOperationException {
    Field position = Description.class.getField("position");
    Class<?> positionType = position.getType();
    Method endPosition = null;
    for (Method method : positionType.getMethods()) {
      if (method.getName().equals("getEndPosition") && method.getParameterCount() == 1) {
        endPosition = method;
      }
    }
    if (endPosition == null) {
      throw new NoSuchMethodException(positionType.getName() + ".getEndPosition(<end positions>)");
    }
    Class<?> table = endPosition.getParameterTypes()[0];
    return new FindingReader(
        position,
        positionType.getMethod("getStartPosition"),
        endPosition,
        Fix.class.getMethod("getReplacements", table),
        table);
  }

  /** The finding that {@code description} reports in {@code unit}, whose text is {@code source}. */
  Finding read(Description description, JCCompilationUnit unit, SourceText source) {
    Object table = endPositions(unit);
    Object where = get(position, description);
    int start = (Integer) invoke(startPosition, where);
    // A position without an end (a point) reports an end before its start.
    int end = Math.max(start, (Integer) invoke(endPosition, where, table));
    List<Finding.SuggestedFix> fixes = new ArrayList<>();
    for (Fix fix : description.fixes) {
      List<Finding.Edit> edits = new ArrayList<>();
      for (Object replacement : (Collection<?>) invoke(replacements, fix, table)) {
        Replacement r = (Replacement) replacement;
        edits.add(
            new Finding.Edit(source.region(r.startPosition(), r.endPosition()), r.replaceWith()));
      }
      if (!fix.getImportsToAdd().isEmpty() || !fix.getImportsToRemove().isEmpty()) {
        // As Error Prone's patching applies imports: the import block rewritten as a whole.
        ImportStatements imports =
            ImportStatements.create(unit, ImportOrganizer.STATIC_FIRST_ORGANIZER);
        imports.addAll(fix.getImportsToAdd());
        imports.removeAll(fix.getImportsToRemove());
        if (imports.importsHaveChanged()) {
          edits.add(
              new Finding.Edit(
                  source.region(imports.getStartPos(), imports.getEndPos()), imports.toString()));
        }
      }
      edits.sort(Comparator.comparingInt(edit -> edit.deleted().charOffset()));
      fixes.add(new Finding.SuggestedFix(fix.getShortDescription(), List.copyOf(edits)));
    }
    return new Finding(
        description.checkName,
        level(description.severity()),
        description.getRawMessage(),
        description.getLink(),
        unit.getSourceFile().toUri(),
        source.region(start, end),
        List.copyOf(fixes));
  }

  /** SARIF's level for an Error Prone severity. */
  static String level(SeverityLevel severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case SUGGESTION -> "note";
    };
  }

  /** The end positions of {@code unit}, as the running Error Prone takes them. */
  private Object endPositions(JCCompilationUnit unit) {
    if (endPosTable.isAssignableFrom(EndPosTable.class)) {
      return unit.endPositions;
    }
    try {
      return invoke(endPosTable.getMethod("create", CompilationUnitTree.class), null, unit);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(endPosTable.getName() + " has no create(CompilationUnit)", e);
    }
  }

  private static Object get(Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke(Method method, Object target, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
