package io.github.imapichecks.recognition;

import com.google.common.collect.ImmutableMap;
import com.sun.source.tree.ExpressionTree;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree.JCExpression;
import com.sun.tools.javac.tree.TreeInfo;
import io.github.imapichecks.tables.ImapiApi;
import io.github.imapichecks.tables.ImapiMethods;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What late binding (JACOB, JNA's {@code COMLateBindingObject}) names in strings: the IMAPI2 and
 * IMAPI2FS classes by ProgID, and the members of their interfaces by name. Uses no Error Prone API,
 * for the sound mode.
 */
final class LateBoundMembers {
  /** The IMAPI v2 and IMAPI2FS classes' ProgIDs, and the interface each object is used through. */
  private static final ImmutableMap<String, String> PROG_IDS =
      ImmutableMap.<String, String>builder()
          .put("IMAPI2.MsftDiscMaster2", "IDiscMaster2")
          .put("IMAPI2.MsftDiscRecorder2", "IDiscRecorder2")
          .put("IMAPI2.MsftDiscFormat2Data", "IDiscFormat2Data")
          .put("IMAPI2.MsftDiscFormat2Erase", "IDiscFormat2Erase")
          .put("IMAPI2.MsftDiscFormat2TrackAtOnce", "IDiscFormat2TrackAtOnce")
          .put("IMAPI2.MsftDiscFormat2RawCD", "IDiscFormat2RawCD")
          .put("IMAPI2.MsftWriteEngine2", "IWriteEngine2")
          .put("IMAPI2FS.MsftFileSystemImage", "IFileSystemImage")
          .buildOrThrow();

  private LateBoundMembers() {}

  /** The compile-time constant {@code expression} is, or null. */
  static @Nullable Object constant(ExpressionTree expression) {
    Type type = TreeInfo.skipParens((JCExpression) expression).type;
    return type == null ? null : type.constValue();
  }

  /** The interface an object created from {@code progId} is used through; null if not IMAPI2's. */
  static @Nullable String interfaceOfProgId(@Nullable Object progId) {
    return progId instanceof String name ? PROG_IDS.get(name) : null;
  }

  /**
   * The interface a wrapper class named {@code className} stands for: one named like an IMAPI v2 or
   * IMAPI2FS interface ({@code IDiscFormat2Data}) or class ({@code MsftDiscFormat2Data}, or {@code
   * DiscFormat2Data} without the prefix); null for any other name.
   */
  static @Nullable String interfaceNamed(String className) {
    if (ImapiApi.V2.interfaces().contains(className)
        || ImapiApi.V2_FS.interfaces().contains(className)) {
      return className;
    }
    for (var entry : PROG_IDS.entrySet()) {
      String coclass = entry.getKey().substring(entry.getKey().indexOf('.') + 1);
      if (coclass.equals(className) || coclass.equals("Msft" + className)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /**
   * The member of {@code interfaceName} a late-bound call names: {@code name} with {@code prefix}
   * ({@code ""} for a method, {@code get_} or {@code put_} for a property), spelled exactly as the
   * interface spells it; empty if the interface has no such member.
   */
  static Optional<CalledMethod> member(String interfaceName, String prefix, @Nullable Object name) {
    if (!(name instanceof String member) || member.isEmpty()) {
      return Optional.empty();
    }
    String called = prefix + member;
    return ImapiMethods.lookup(interfaceName, called)
        .filter(imapi -> imapi.name().equals(called))
        .map(imapi -> new CalledMethod(imapi, interfaceName, called));
  }
}
