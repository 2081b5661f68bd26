package io.github.imapichecks.errorprone;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes random IMAPI client programs that compile: IMAPI v1, v2 and IMAPI2FS calls, binding styles
 * (int-returning, JNA {@code HRESULT}, an {@code @ImapiHResult} wrapper, generic receivers)
 * combined with the expression and statement forms of Java 17 (ternaries, lambdas, method
 * references, switch expressions and statements, {@code instanceof} patterns, records, nested,
 * local and anonymous classes, generics, {@code var}, try/finally, loops, dead branches, guard
 * clauses and if-else chains, results only logged, results thrown on one path only, com4j calls and
 * their handlers), so that the checks meet shapes no hand-written test has. The same seed gives the
 * same program.
 */
final class ClientProgramGenerator {
  /** The bindings every program calls, in the package {@code imapi}. */
  static final List<String[]> BINDINGS =
      List.of(
          new String[] {
            "imapi/IDiscMaster.java",
            """
            package imapi;
            public interface IDiscMaster {
              int Open();
              int RecordDisc(boolean simulate, boolean eject);
              int SetActiveDiscRecorder(IDiscRecorder recorder);
              int Close();
            }
            """
          },
          new String[] {
            "imapi/IDiscRecorder.java",
            """
            package imapi;
            public interface IDiscRecorder {
              int Eject();
              Integer openExclusive();
              long QueryMediaType();
              int SetRecorderProperties(Object properties);
            }
            """
          },
          new String[] {
            "imapi/IJolietDiscMaster.java",
            """
            package imapi;
            import com.sun.jna.platform.win32.WinNT.HRESULT;
            public interface IJolietDiscMaster {
              HRESULT AddData(Object storage, int overwrite);
              HRESULT SetJolietProperties(Object properties);
            }
            """
          },
          new String[] {
            "imapi2/IDiscFormat2Data.java",
            """
            package imapi2;
            public interface IDiscFormat2Data {
              int Write(Object stream);
              int SetWriteSpeed(int sectorsPerSecond, boolean pureCav);
              int getFreeSectorsOnMedia(int[] sectors);
              int CancelWrite();
            }
            """
          },
          new String[] {
            "imapi2/IFileSystemImage.java",
            """
            package imapi2;
            public interface IFileSystemImage {
              int put_FileSystemsToCreate(int fileSystems);
            }
            """
          },
          new String[] {
            "c4j/IDiscFormat2Data.java",
            """
            package c4j;
            public interface IDiscFormat2Data extends com4j.Com4jObject {
              void write(Object data);
              void setWriteSpeed(int sectorsPerSecond, boolean pureCav);
              int getCurrentWriteSpeed();
            }
            """
          },
          new String[] {
            "imapi/Burner.java",
            """
            package imapi;
            import io.github.imapichecks.annotations.ImapiHResult;
            public class Burner implements IDiscMaster {
              public int Open() { return 0; }
              public int RecordDisc(boolean simulate, boolean eject) { return 0; }
              public int SetActiveDiscRecorder(IDiscRecorder recorder) { return 0; }
              public int Close() { return 0; }
              public @ImapiHResult int burn(boolean simulate) { return RecordDisc(simulate, true); }
            }
            """
          });

  /** Constants that results are compared with: named codes, copied numbers, and nonsense. */
  private static final String[] CONSTANTS = {
    "ImapiError.S_OK",
    "ImapiError.S_FALSE",
    "ImapiError.IMAPI_E_DISCFULL",
    "ImapiError.IMAPI_E_USERABORT",
    "ImapiError.IMAPI_S_PROPERTIESIGNORED",
    "IMAPI_E_STASHINUSE",
    "0",
    "1",
    "-1",
    "0x8004021C",
    "0x80040200",
    "0x00040200",
    "0x80040299",
    "0xC0AA0002",
    "(int) 0x8004021CL",
    "(0x80040000 | 0x21C)",
    "-2147220964",
    "Imapi2Error.E_IMAPI_REQUEST_CANCELLED",
    "Imapi2Error.S_IMAPI_SPEEDADJUSTED",
    "Imapi2FsError.IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED",
    "0x80AA0002",
    "0xC0AA0202",
  };

  /** Distinct values for case labels: a switch may not repeat one. */
  private static final String[] CASE_LABELS = {
    "ImapiError.S_OK",
    "ImapiError.S_FALSE",
    "ImapiError.IMAPI_E_DISCFULL",
    "ImapiError.IMAPI_E_USERABORT",
    "0x80040299",
    "0x00040200",
    "42",
  };

  private final Random random;
  private final StringBuilder out = new StringBuilder();
  private int names;
  private int depth;

  /** The int, Integer and long locals in scope, and the HRESULT ones, innermost last. */
  private final List<Scope> scopes = new ArrayList<>();

  private record Scope(List<String> ints, List<String> hresults, Set<String> finals) {
    Scope() {
      this(new ArrayList<>(), new ArrayList<>(), new java.util.HashSet<>());
    }
  }

  private ClientProgramGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** The source of {@code fuzz/Program<n>.java}, a client class generated from {@code seed}. */
  static String program(long seed, int n) {
    return new ClientProgramGenerator(seed).write(n);
  }

  private String write(int n) {
    line("package fuzz;");
    line("import com.sun.jna.platform.win32.COM.COMUtils;");
    line("import com.sun.jna.platform.win32.W32Errors;");
    line("import com.sun.jna.platform.win32.WinNT.HRESULT;");
    line("import imapi.*;");
    line("import imapi2.*;");
    line("import io.github.imapichecks.annotations.Imapi2Error;");
    line("import io.github.imapichecks.annotations.Imapi2FsError;");
    line("import io.github.imapichecks.annotations.ImapiError;");
    line("import io.github.imapichecks.annotations.ImapiHResult;");
    line("import java.util.*;");
    line("import java.util.concurrent.*;");
    line("import java.util.function.*;");
    line("public class Program" + n + " {");
    line("  static final int IMAPI_E_STASHINUSE = " + pick("0x80040225", "0x80040212") + ";");
    line("  static final boolean DEBUG = false;");
    line(
        "  static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(\"fuzz\");");
    line("  static final class BurnFailure extends RuntimeException {");
    line("    BurnFailure(int hr) { super(Integer.toHexString(hr)); }");
    line("  }");
    line("  IDiscMaster master; IDiscRecorder recorder; IJolietDiscMaster joliet; Burner burner;");
    line("  IDiscFormat2Data data; IFileSystemImage image; c4j.IDiscFormat2Data c4;");
    line("  @ImapiHResult int lastResult;");
    line("  int counter;");
    line("  record Outcome(@ImapiHResult int hr, String text) {}");
    line("  record Box<T>(T value) {}");
    line(
        "  static <T extends IDiscMaster> int viaGeneric(T m) { return m.RecordDisc(false, true); }");
    line("  static @ImapiHResult int wrap(@ImapiHResult int hr) { return hr; }");
    line("  Object storage() { return null; }");
    int methods = 3 + random.nextInt(4);
    for (int m = 0; m < methods; m++) {
      method(m);
    }
    line("  class Inner {");
    line("    int run(IDiscMaster master, Object storage) {");
    scopes.add(new Scope());
    block(2);
    line("      return " + intExpression() + ";");
    scopes.remove(scopes.size() - 1);
    line("    }");
    line("  }");
    line("}");
    return out.toString();
  }

  private void method(int m) {
    boolean annotated = random.nextBoolean();
    line(
        "  "
            + (annotated ? "@ImapiHResult " : "")
            + "int method"
            + m
            + "(int param, @ImapiHResult int given, Object storage) {");
    scopes.add(new Scope());
    current().ints.addAll(List.of("param", "given"));
    block(3 + random.nextInt(5));
    line("    return " + (annotated ? resultExpression() : intExpression()) + ";");
    scopes.remove(scopes.size() - 1);
    line("  }");
  }

  private void block(int statements) {
    for (int i = 0; i < statements; i++) {
      statement();
    }
  }

  private void statement() {
    depth++;
    int choice = depth > 3 ? random.nextInt(8) : random.nextInt(29);
    switch (choice) {
      case 0 ->
          declareInt(pick("int", "var", "@ImapiHResult int", "final int"), resultExpression());
      case 1 -> declareInt("long", resultExpression());
      case 2 -> declareInt("Integer", resultExpression());
      case 3 -> declareHResult();
      case 4 ->
          line(
              pick(
                  "master.RecordDisc(false, true);",
                  "recorder.Eject();",
                  "joliet.AddData(null, 0);",
                  "burner.burn(true);",
                  "data.CancelWrite();"));
      case 5 -> line("if (" + condition() + ") { counter++; } else { counter--; }");
      case 6 -> arithmetic();
      case 7 -> reassign();
      case 8 -> nested("if (" + condition() + ") {", "} else {", "}");
      case 9 ->
          nested(
              "for (int i"
                  + (names++)
                  + " = 0; i"
                  + (names - 1)
                  + " < 3; i"
                  + (names - 1)
                  + "++) {",
              null,
              "}");
      case 10 -> nested("while (true) {", null, "  break;\n}");
      case 11 -> nested("try {", "} finally {", "}");
      case 12 -> nested("if (DEBUG) {", null, "}");
      case 13 -> lambda();
      case 14 -> anonymous();
      case 15 -> switchStatement();
      case 16 -> switchExpression();
      case 17 -> pattern();
      case 18 -> record();
      case 19 -> localClass();
      case 20 -> nested("do {", null, "} while (" + condition() + ");");
      case 21 -> line("if (" + condition() + ") throw new IllegalStateException();");
      case 22 ->
          line(
              "if ("
                  + condition()
                  + ") { counter++; } else if ("
                  + condition()
                  + ") { counter--; } else { counter = 0; }");
      case 23 -> logged();
      case 24 -> thrownOnFailure();
      case 25 -> caught();
      case 26 ->
          // A guard clause whose branch always leaves through a statement that holds the jump.
          line(
              "if ("
                  + condition()
                  + ") { try { counter++; throw new IllegalStateException(); } finally {"
                  + " counter--; } }");
      case 27 -> retriedInTheLoop();
      default -> line("lastResult = " + resultExpression() + ";");
    }
    depth--;
  }

  /**
   * A result declared inside a loop's body and tested there, skipping to the next attempt: what is
   * known about it starts at its declaration.
   */
  private void retriedInTheLoop() {
    String attempt = "i" + names++;
    String value = "v" + names++;
    line("for (int " + attempt + " = 0; " + attempt + " < 2; " + attempt + "++) {");
    scopes.add(new Scope());
    line("  int " + value + " = " + freshResult() + ";");
    line("  if (" + value + " == " + constant() + ") { continue; }");
    line("  if (ImapiError.failed(" + value + ")) { counter += " + value + "; break; }");
    line("  lastResult = " + value + ";");
    scopes.remove(scopes.size() - 1);
    line("}");
  }

  /** A result written to a log or a stream: a fresh local only logged, or a value in scope. */
  private void logged() {
    String value;
    if (random.nextBoolean()) {
      value = "v" + names++;
      line("int " + value + " = " + resultExpression() + ";");
    } else {
      value = pickLocalOr(resultExpression());
    }
    line(
        pick(
            "LOG.info(\"result: \" + " + value + ");",
            "System.out.println(" + value + ");",
            "LOG.info(String.format(\"%x\", " + value + "));",
            "LOG.log(java.util.logging.Level.INFO, \"{0}\", " + value + ");",
            "System.err.println(\"burn: \" + ImapiError.nameOf(" + value + ").toLowerCase());",
            "LOG.warning(DEBUG ? \"x\" + " + value + " : \"y\");"));
    String hresult = pickHResultOr(null);
    if (hresult != null && random.nextBoolean()) {
      line("System.out.println(\"staged: \" + " + hresult + ".toString());");
    }
  }

  /**
   * A result handed on where it failed only, then sometimes told apart on the success path: what
   * ImapiMissingResultCode judges path by path.
   */
  private void thrownOnFailure() {
    String name = "v" + names++;
    line(
        "int "
            + name
            + " = "
            + pick(
                "recorder.SetRecorderProperties(null)",
                "master.RecordDisc(false, true)",
                "master.Open()",
                resultExpression())
            + ";");
    line(
        pick(
            "if (ImapiError.failed(" + name + ")) throw new BurnFailure(" + name + ");",
            "if (" + name + " < 0) { lastResult = " + name + "; return 0; }",
            "if (ImapiError.succeeded("
                + name
                + ")) { counter++; } else { throw new BurnFailure("
                + name
                + "); }",
            "if (" + name + " >= 0) return " + name + ";"));
    if (random.nextBoolean()) {
      line("if (" + name + " == " + constant() + ") { counter++; }");
    }
    current().ints.add(name);
  }

  private void declareInt(String type, String value) {
    String name = "v" + names++;
    line(type + " " + name + " = " + value + ";");
    if (type.equals("long")) {
      line(
          "if ("
              + name
              + " == "
              + pick("0x8004021CL", "0x8004021C", "0L", "ImapiError.S_OK")
              + ") { counter++; }");
      return;
    }
    current().ints.add(name);
    if (type.equals("final int")) {
      current().finals.add(name);
    }
  }

  private void declareHResult() {
    String name = "h" + names++;
    line("HRESULT " + name + " = " + hresultExpression() + ";");
    current().hresults.add(name);
  }

  private void arithmetic() {
    String local = anyLocalInt();
    if (local == null) {
      line("counter += 1;");
      return;
    }
    switch (random.nextInt(3)) {
      case 0 -> line("int v" + names++ + " = " + local + " + 1;");
      case 1 -> line("counter = -" + local + ";");
      default -> line("lastResult = wrap(" + pick("0x80040200", "42", local, "-1") + ");");
    }
  }

  private void reassign() {
    Scope scope = current();
    if (scope.ints.isEmpty()) {
      declareInt("int", resultExpression());
      return;
    }
    String name = scope.ints.get(random.nextInt(scope.ints.size()));
    if (!scope.finals.contains(name)) {
      // Locals that get reassigned are never captured: lambdas and classes see only their own.
      line(name + " = " + pick(resultExpression(), "0", name + " + 1", intExpression()) + ";");
      line(pick(name + "++;", name + " += 2;", "counter++;"));
    }
  }

  private void nested(String open, String middle, String close) {
    line(open);
    scopes.add(new Scope());
    block(1 + random.nextInt(3));
    scopes.remove(scopes.size() - 1);
    if (middle != null) {
      line(middle);
      scopes.add(new Scope());
      block(1 + random.nextInt(2));
      scopes.remove(scopes.size() - 1);
    }
    for (String closing : close.split("\n")) {
      line(closing);
    }
  }

  private void lambda() {
    String name = "f" + names++;
    switch (random.nextInt(10)) {
      case 5 -> {
        String parameter = "p" + names++;
        line(
            "CompletableFuture.supplyAsync(() -> "
                + freshResult()
                + ").thenAccept("
                + parameter
                + " -> { if ("
                + parameter
                + " == "
                + constant()
                + ") counter++; });");
      }
      case 6 -> {
        String parameter = "p" + names++;
        line(
            "Optional.ofNullable("
                + resultExpression()
                + ").filter("
                + parameter
                + " -> "
                + parameter
                + " != "
                + constant()
                + ").ifPresent("
                + parameter
                + " -> counter++);");
      }
      case 7 -> {
        line("int[] " + name + " = new int[1];");
        line("Runnable r" + names++ + " = () -> " + name + "[0] = " + freshResult() + ";");
        line("if (" + name + "[0] == " + constant() + ") { counter++; }");
        declareInt("int", name + "[0]");
      }
      case 8 ->
          line(
              "Runnable "
                  + name
                  + " = "
                  + pick("master::Close", "() -> recorder.Eject()", "burner::Open")
                  + ";");
      case 9 -> {
        line("Supplier<Integer> " + name + " = () -> " + freshResult() + ";");
        String parameter = "p" + names++;
        declareInt(
            pick("int", "Integer"),
            pick(
                "CompletableFuture.supplyAsync(" + name + ").join()",
                "CompletableFuture.supplyAsync("
                    + name
                    + ").thenApply("
                    + parameter
                    + " -> "
                    + parameter
                    + ").join()",
                name + ".get()"));
      }
      case 4 -> {
        // A try whose finally runs after the return: nothing may follow it.
        line("IntSupplier " + name + " = () -> {");
        inFreshScope(
            () -> {
              line("try {");
              line("  return " + resultExpression() + ";");
              line("} finally {");
              line("  counter++;");
              line("}");
            });
        line("};");
        declareInt("var", name + ".getAsInt()");
      }
      case 0 -> {
        line("IntSupplier " + name + " = () -> {");
        inFreshScope(() -> line("return " + resultExpression() + ";"));
        line("};");
        declareInt("int", name + ".getAsInt()");
      }
      case 1 -> {
        line(
            "IntSupplier "
                + name
                + " = "
                + pick("master::Open", "recorder::Eject", "burner::Close")
                + ";");
        declareInt("int", name + ".getAsInt()");
      }
      case 2 -> {
        line("ToIntFunction<IDiscMaster> " + name + " = IDiscMaster::Close;");
        declareInt("int", name + ".applyAsInt(master)");
      }
      default -> {
        String parameter = "p" + names++;
        line("IntUnaryOperator " + name + " = " + parameter + " -> {");
        inFreshScope(
            () -> {
              current().ints.add(parameter);
              line("if (" + parameter + " == " + constant() + ") return " + parameter + ";");
              line("return " + resultExpression() + ";");
            });
        line("};");
        declareInt("int", name + ".applyAsInt(" + resultExpression() + ")");
      }
    }
  }

  /** A result expression that may stand in a lambda: it reads no local of the method. */
  private String freshResult() {
    String[] result = new String[1];
    inFreshScope(() -> result[0] = resultExpression());
    return result[0];
  }

  /** A call of a com4j binding, which throws its failures, and a handler for them. */
  private void caught() {
    String exception = "e" + names++;
    line("try {");
    // Only calls: a catch of an unchecked exception after a try that calls nothing is dead code,
    // which the dataflow analysis never visits.
    line("  " + pick("c4.write(storage());", "c4.setWriteSpeed(2352, false);", "storage();"));
    line(
        "} catch ("
            + pick("com4j.ComException", "RuntimeException", "Exception")
            + " "
            + exception
            + ") {");
    switch (random.nextInt(5)) {
      case 0 -> {}
      case 1 ->
          line(
              "  if ((("
                  + "com4j.ComException) "
                  + exception
                  + ").getHRESULT() == "
                  + constant()
                  + ") counter++;");
      case 2 -> line("  throw new IllegalStateException(" + exception + ");");
      case 3 -> line("  counter = c4.getCurrentWriteSpeed();");
      default -> line("  System.out.println(\"failed: \" + " + exception + ");");
    }
    line("}");
  }

  private void anonymous() {
    String name = "s" + names++;
    line("IntSupplier " + name + " = new IntSupplier() {");
    line("  @Override public int getAsInt() {");
    inFreshScope(() -> line("    return " + resultExpression() + ";"));
    line("  }");
    line("};");
    declareInt("int", name + ".getAsInt()");
  }

  private void switchStatement() {
    String selector = anyLocalInt();
    if (selector == null || !selector.startsWith("v") && !selector.equals("param")) {
      selector = "master.Open()";
    }
    boolean arrows = random.nextBoolean();
    line("switch (" + selector + ") {");
    for (String label : labels()) {
      if (arrows) {
        line("  case " + label + " -> counter++;");
      } else {
        line("  case " + label + ":");
        line("    counter++;");
        line("    " + pick("break;", "// falls through"));
      }
    }
    if (arrows) {
      line("  default -> " + pick("throw new IllegalStateException();", "counter--;"));
    } else {
      // Not a throw: with every case falling through, the switch would never complete.
      line("  default:");
      line("    counter--;");
    }
    line("}");
  }

  private void switchExpression() {
    String selector = pick(resultExpression(), "counter", pickLocalOr("counter"));
    String name = "v" + names++;
    if (random.nextBoolean()) {
      line("int " + name + " = switch (" + selector + ") {");
      for (String label : labels()) {
        line("  case " + label + " -> " + pick(resultExpression(), "0", "-1") + ";");
      }
      line("  default -> " + pick(resultExpression(), "0") + ";");
      line("};");
      current().ints.add(name);
    } else {
      line("boolean " + name + " = switch (" + selector + ") {");
      for (String label : labels()) {
        line("  case " + label + ": yield " + pick("true;", "false;"));
      }
      line("  default: { counter++; yield false; }");
      line("};");
      line("counter += " + name + " ? 1 : 0;");
    }
  }

  private void pattern() {
    String object = "o" + names++;
    String binding = "b" + names++;
    line(
        "Object "
            + object
            + " = "
            + pick("(Object) " + resultExpression(), "storage", "joliet.AddData(storage, 1)")
            + ";");
    switch (random.nextInt(3)) {
      case 0 ->
          line(
              "if ("
                  + object
                  + " instanceof Integer "
                  + binding
                  + " && "
                  + binding
                  + " == "
                  + constant()
                  + ") { counter++; }");
      case 1 ->
          line(
              "if ("
                  + object
                  + " instanceof HRESULT "
                  + binding
                  + " && "
                  + binding
                  + ".intValue() == "
                  + constant()
                  + ") { counter++; }");
      default ->
          line(
              "if (!("
                  + object
                  + " instanceof Integer "
                  + binding
                  + ")) { return 0; } else if ("
                  + binding
                  + " != ImapiError.S_OK) { counter++; }");
    }
  }

  private void record() {
    String name = "r" + names++;
    line("Outcome " + name + " = new Outcome(" + resultExpression() + ", \"x\");");
    line("if (" + name + ".hr() == " + constant() + ") { counter++; }");
    String box = "x" + names++;
    line("Box<Integer> " + box + " = new Box<>(" + resultExpression() + ");");
    declareInt("int", box + ".value()");
  }

  private void localClass() {
    String name = "Local" + names++;
    line("class " + name + " {");
    line("  int run() {");
    inFreshScope(
        () -> {
          block(1 + random.nextInt(2));
          line("    return " + resultExpression() + ";");
        });
    line("  }");
    line("}");
    declareInt("int", "new " + name + "().run()");
  }

  private void inFreshScope(Runnable body) {
    List<Scope> saved = new ArrayList<>(scopes);
    scopes.clear();
    scopes.add(new Scope());
    body.run();
    scopes.clear();
    scopes.addAll(saved);
  }

  /** An int-valued expression that is an IMAPI result, or may be, or is a plain number. */
  private String resultExpression() {
    if (depth > 6) {
      return pick("master.Open()", "recorder.Eject()", "0");
    }
    depth++;
    try {
      return switch (random.nextInt(20)) {
        case 16 -> "data.Write(storage())";
        case 17 -> "data.SetWriteSpeed(2352, false)";
        case 18 -> "data.getFreeSectorsOnMedia(new int[1])";
        case 19 -> "image.put_FileSystemsToCreate(3)";
        case 0 -> "master.RecordDisc(false, true)";
        case 1 -> "master.Open()";
        case 2 -> "recorder.Eject()";
        case 3 -> "recorder.openExclusive()";
        case 4 -> "joliet.AddData(storage(), 0).intValue()";
        case 5 -> "burner.burn(true)";
        case 6 -> "(" + condition() + " ? " + resultExpression() + " : " + resultExpression() + ")";
        case 7 -> "viaGeneric(burner)";
        case 8 -> "(int) recorder.QueryMediaType()";
        case 9 -> "Integer.valueOf(" + resultExpression() + ")";
        case 10 -> "wrap(" + resultExpression() + ")";
        case 11 -> "lastResult";
        case 12 -> "((IntSupplier) master::Close).getAsInt()";
        case 13 -> "new Outcome(master.Open(), \"y\").hr()";
        default -> {
          String local = anyLocalInt();
          yield local != null ? local : "master.Close()";
        }
      };
    } finally {
      depth--;
    }
  }

  private String intExpression() {
    return pick(resultExpression(), "counter", "42", "counter + 1", "counter * 2");
  }

  private String hresultExpression() {
    return pick(
        "joliet.AddData(storage(), 0)",
        "joliet.SetJolietProperties(null)",
        "new HRESULT(" + constant() + ")",
        "W32Errors.S_OK",
        "(" + condition() + " ? joliet.AddData(null, 1) : W32Errors.S_FALSE)");
  }

  /** A boolean that tests a result in one of the idioms, right or wrong. */
  private String condition() {
    String value = random.nextInt(3) == 0 ? resultExpression() : pickLocalOr("master.Open()");
    String hresult = pickHResultOr("joliet.AddData(null, 0)");
    return switch (random.nextInt(17)) {
      case 0 -> value + " == " + constant();
      case 1 -> constant() + " != " + value;
      case 2 -> "ImapiError.failed(" + value + ")";
      case 3 -> "ImapiError.succeeded(" + value + ")";
      case 4 -> value + " >= 0";
      case 5 -> value + " > 0";
      case 6 -> hresult + ".equals(W32Errors.S_OK)";
      case 7 -> "COMUtils.FAILED(" + hresult + ")";
      case 8 -> "Objects.equals(" + value + ", " + constant() + ")";
      case 9 -> hresult + ".intValue() == " + constant();
      case 10 -> "(" + value + " == ImapiError.S_OK || " + value + " == ImapiError.S_FALSE)";
      case 11 -> "ImapiError.isSuccessWithInfo(" + value + ")";
      case 12 -> value + pick(" < 0", " <= 0");
      case 13 -> "!(" + condition() + ")";
      case 14 -> "COMUtils.SUCCEEDED(" + hresult + ") && !" + hresult + ".equals(W32Errors.S_OK)";
      case 15 -> "ImapiError.succeeded(" + value + ") && " + value + " != ImapiError.S_OK";
      default -> "counter > 0";
    };
  }

  private String constant() {
    return CONSTANTS[random.nextInt(CONSTANTS.length)];
  }

  private List<String> labels() {
    Set<String> labels = new LinkedHashSet<>();
    int count = 1 + random.nextInt(3);
    while (labels.size() < count) {
      labels.add(CASE_LABELS[random.nextInt(CASE_LABELS.length)]);
    }
    return new ArrayList<>(labels);
  }

  private Scope current() {
    return scopes.get(scopes.size() - 1);
  }

  private String anyLocalInt() {
    List<String> all = new ArrayList<>();
    for (Scope scope : scopes) {
      all.addAll(scope.ints);
    }
    return all.isEmpty() ? null : all.get(random.nextInt(all.size()));
  }

  private String pickLocalOr(String fallback) {
    String local = anyLocalInt();
    return local != null ? local : fallback;
  }

  private String pickHResultOr(String fallback) {
    List<String> all = new ArrayList<>();
    for (Scope scope : scopes) {
      all.addAll(scope.hresults);
    }
    return all.isEmpty() ? fallback : all.get(random.nextInt(all.size()));
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  private void line(String text) {
    out.append("    ".repeat(Math.min(depth, 6))).append(text).append('\n');
  }
}
