package io.github.imapichecks.recognition;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** Which compilation units {@link ImapiUnits} lets the checks skip, and which it keeps. */
final class ImapiUnitsTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(UnitVerdictProbe.class, getClass())
          .addSourceLines(
              "imapi/IDiscMaster.java",
              "package imapi;",
              "// Declaring a binding holds no result: only calls of it do.",
              "// BUG: Diagnostic contains: unit verdict: false",
              "public interface IDiscMaster extends java.io.Closeable {",
              "  int Open();",
              "}")
          .addSourceLines(
              "holder/Holder.java",
              "package holder;",
              "// The interface's name marks this unit.",
              "// BUG: Diagnostic contains: unit verdict: true",
              "public final class Holder {",
              "  public static imapi.IDiscMaster master() { return null; }",
              "}");

  @Test
  void codeWithIMapiLikeNamesOnOtherTypesIsSkipped() {
    helper
        .addSourceLines(
            "Streams.java",
            "import java.io.IOException;",
            "import java.io.OutputStream;",
            "import java.lang.reflect.Method;",
            "// BUG: Diagnostic contains: unit verdict: false",
            "class Streams {",
            "  static final int IMAPI_COUNT = 3;",
            "  int open;",
            "  void write(OutputStream out, Method method) throws Exception {",
            "    out.write(1);",
            "    out.close();",
            "    method.invoke(null);",
            "    java.util.List<String> names = new java.util.ArrayList<>();",
            "    Runnable r = names::clear;",
            "    names.remove(\"x\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aCallThroughABindingTypeTheUnitNeverNamesKeepsIt() {
    helper
        .addSourceLines(
            "Indirect.java",
            "import holder.Holder;",
            "// BUG: Diagnostic contains: unit verdict: true",
            "class Indirect {",
            "  int open() { return Holder.master().Open(); }",
            "}")
        .addSourceLines(
            "Reference.java",
            "import holder.Holder;",
            "// BUG: Diagnostic contains: unit verdict: true",
            "class Reference {",
            "  java.util.function.IntSupplier open() { return Holder.master()::Open; }",
            "}")
        .doTest();
  }

  @Test
  void lateBindingAnnotatedClassFilesAndCodeNamedConstantsKeepIt() {
    helper
        .addSourceLines(
            "Jacob.java",
            "// BUG: Diagnostic contains: unit verdict: true",
            "class Jacob {",
            "  void run(com.jacob.com.Dispatch format) {",
            "    com.jacob.com.Dispatch.call(format, \"Write\");",
            "  }",
            "}")
        .addSourceLines(
            "Late.java",
            "// BUG: Diagnostic contains: unit verdict: true",
            "class Late extends com.sun.jna.platform.win32.COM.COMLateBindingObject {",
            "  Late() { super(\"IMAPI2.MsftDiscFormat2Data\", false); }",
            "  void run() { invokeNoReply(\"Write\"); }",
            "}")
        .addSourceLines(
            "FromJar.java",
            "import io.github.imapichecks.recognition.compiled.CompiledBindings;",
            "// BUG: Diagnostic contains: unit verdict: true",
            "class FromJar {",
            "  int last() { return CompiledBindings.lastResult; }",
            "}")
        .addSourceLines(
            "Unannotated.java",
            "import io.github.imapichecks.recognition.compiled.CompiledBindings;",
            "// BUG: Diagnostic contains: unit verdict: false",
            "class Unannotated {",
            "  int last() { return CompiledBindings.lastCount; }",
            "}")
        .addSourceLines(
            "Codes.java",
            "// BUG: Diagnostic contains: unit verdict: true",
            "class Codes {",
            "  static final int IMAPI_E_NOTOPENED = 0x8004020B;",
            "}")
        .doTest();
  }
}
