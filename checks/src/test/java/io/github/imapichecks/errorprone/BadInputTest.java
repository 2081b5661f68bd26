package io.github.imapichecks.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.bugpatterns.BugChecker;
import com.sun.tools.javac.main.Main.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input gets a clear message or silence, never a stack trace: code that does not compile,
 * {@code @ImapiHResult} in odd places, and malformed flags, for every registered check.
 */
final class BadInputTest {
  private static final String BINDINGS =
      """
      package imapi;
      public interface IDiscMaster {
        int Open();
        int RecordDisc(boolean simulate, boolean eject);
      }
      """;

  /**
   * Clients that do not compile, each around a comparison or a call the checks look at. (Error
   * Prone 2.42 runs no check once javac has reported an error, so these pin silence: they fail if
   * that changes and a check then meets an erroneous tree it cannot take.)
   */
  static Stream<Arguments> brokenCode() {
    return Stream.of(
        Arguments.of("unknown method", "int hr = master.Frobnicate(); if (hr == 0x8004021C) {}"),
        Arguments.of(
            "unknown type", "IDiscMasterX m = null; int hr = m.RecordDisc(false, true); f(hr);"),
        Arguments.of(
            "wrong type", "String hr = master.RecordDisc(false, true); if (hr == 0x8004021C) {}"),
        Arguments.of("wrong arity", "if (master.RecordDisc(false) == 0x8004021C) {}"),
        Arguments.of("self-initialized", "int hr = hr; if (hr == 0x8004021C || hr != 0) {}"),
        Arguments.of("forward reference", "int a = b; int b = a; if (a == 0x80040299) {}"),
        Arguments.of(
            "final reassigned",
            "final int hr = master.Open(); hr = 5; hr++; if (hr == 0x8004021C) {}"),
        Arguments.of(
            "duplicate labels",
            "switch (master.Open()) { case 0x8004021C: break; case 0x8004021C: break; }"),
        Arguments.of(
            "unreachable", "int hr = master.Open(); return; if (hr == 0x8004021C) { hr++; }"),
        Arguments.of(
            "lambda on nothing",
            "java.util.function.IntSupplier s = () -> master.Nothing(); f(0);"),
        Arguments.of(
            "unknown annotation", "@NoSuchQualifier int hr = master.Open(); if (hr == 1) {}"),
        Arguments.of("syntax error", "int hr = master.Open( if (hr == 0x8004021C) {}"),
        Arguments.of("missing brace", "if (master.Open() == 0x8004021C) {"),
        Arguments.of(
            "erroneous switch expression",
            "int x = switch (master.Open()) { case 0x8004021C -> 1; }; f(x);"),
        Arguments.of(
            "arithmetic on nothing", "int hr = master.Open(); hr += undefined; f(hr - missing);"),
        Arguments.of(
            "reference to nothing",
            "Runnable r = master::Nothing; java.util.function.IntSupplier"
                + " s = master::Open; if (s.getAsInt() == 0x8004021C) {}"),
        Arguments.of(
            "self-referencing task",
            "java.util.function.IntSupplier s = () -> s.getAsInt(); if (s.getAsInt() == 1) {}"),
        Arguments.of(
            "future of nothing",
            "java.util.concurrent.CompletableFuture.supplyAsync(() -> master.Open())"
                + ".thenAccept(hr -> { if (hr == undefined) {} });"),
        Arguments.of(
            "array of nothing",
            "int[] box = new int[1]; box[0] = master.Nothing(); if (box[missing] == 0x8004021C) {}"));
  }

  /** {@code @ImapiHResult} wherever Java lets a type annotation stand, and where it does not. */
  static Stream<Arguments> oddPlaces() {
    return Stream.of(
        Arguments.of("type argument", "java.util.List<@ImapiHResult Integer> codes = null;"),
        Arguments.of(
            "wildcard bound", "java.util.List<? extends @ImapiHResult Integer> codes = null;"),
        Arguments.of("array element", "@ImapiHResult int[] codes = {master.Open()}; f(codes[0]);"),
        Arguments.of("array itself", "int @ImapiHResult [] codes = {0}; f(codes.length);"),
        Arguments.of("cast", "int hr = (@ImapiHResult int) 0x8004021C; f(hr);"),
        Arguments.of(
            "cast of a call", "long hr = (@ImapiHResult long) master.Open(); f((int) hr);"),
        Arguments.of(
            "instanceof", "Object o = master.Open(); if (o instanceof @ImapiHResult Integer) {}"),
        Arguments.of("new", "Object o = new @ImapiHResult Object(); f(o.hashCode());"),
        Arguments.of(
            "lambda parameter",
            "java.util.function.IntPredicate p = (@ImapiHResult int hr) -> hr == 0x8004021C;"),
        Arguments.of("on var", "@ImapiHResult var hr = master.Open(); if (hr == 0x8004021C) {}"),
        Arguments.of("on a String", "@ImapiHResult String hr = \"0x8004021C\"; f(hr.length());"),
        Arguments.of(
            "method reference",
            "java.util.function.IntSupplier s = master::Open; f(s.getAsInt() + 1);"),
        Arguments.of(
            "local class",
            "class L { @ImapiHResult int[] @ImapiHResult [] grid; "
                + "<T extends @ImapiHResult Integer> T id(T t) { return t; } } f(new L().id(1));"),
        Arguments.of(
            "catch parameter", "try { f(1); } catch (@ImapiHResult RuntimeException e) { f(2); }"),
        Arguments.of("varargs", "class V { void take(@ImapiHResult int... codes) {} } "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"brokenCode", "oddPlaces"})
  void noCheckThrows(String name, String body, @TempDir Path work) throws IOException {
    Path imapi = write(work.resolve("src/imapi/IDiscMaster.java"), BINDINGS);
    Path client =
        write(
            work.resolve("src/client/Client.java"),
            String.join(
                "\n",
                "package client;",
                "import imapi.IDiscMaster;",
                "import io.github.imapichecks.annotations.ImapiHResult;",
                "import static io.github.imapichecks.annotations.ImapiError.S_OK;",
                "class Client {",
                "  IDiscMaster master;",
                "  void f(int value) {}",
                "  void run() {",
                "    " + body,
                "  }",
                "}"));

    ImapiCompilation.Outcome outcome =
        ImapiCompilation.compile(
            List.of(imapi, client),
            System.getProperty("java.class.path"),
            Files.createDirectories(work.resolve("classes")),
            ImapiCompilation.registered(),
            List.of());

    assertFalse(outcome.crashed(), outcome::describe);
  }

  static Stream<Arguments> checksAndBadFlags() {
    List<Arguments> cases = new ArrayList<>();
    for (Class<? extends BugChecker> check : ImapiCompilation.registered()) {
      for (String value : List.of("com..Drive", "", ",,", "1abc", "com.acme.A;com.acme.B", "a b")) {
        cases.add(Arguments.of(check.getSimpleName(), value, check));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} with BindingTypes={1}")
  @MethodSource("checksAndBadFlags")
  void aMalformedFlagIsAnErrorNamingItNeverACrash(
      String name, String value, Class<? extends BugChecker> check, @TempDir Path work)
      throws IOException {
    String flag = "-XepOpt:Imapi:BindingTypes=" + value;
    // The helper fails the test on "An exception has occurred in the compiler".
    CompilationTestHelper.newInstance(check, getClass())
        .setArgs(flag)
        .addSourceLines("A.java", "class A { int run(A a) { return a.hashCode(); } }")
        .expectResult(Result.ERROR)
        .doTest();

    ImapiCompilation.Outcome outcome =
        ImapiCompilation.compile(
            List.of(write(work.resolve("A.java"), "class A {}")),
            System.getProperty("java.class.path"),
            Files.createDirectories(work.resolve("classes")),
            List.of(check),
            List.of(flag));
    assertFalse(outcome.crashed(), outcome::describe);
    assertEquals(1, outcome.errors().size(), outcome::describe);
    String message = outcome.errors().get(0).getMessage(Locale.ROOT);
    assertTrue(
        message.startsWith(flag + ": ") && message.contains("is not a fully qualified type name"),
        message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checks")
  void aBindingTypeThatNamesNoTypeIsOneWarningNeverACrash(
      String name, Class<? extends BugChecker> check, @TempDir Path work) throws IOException {
    String flag = "-XepOpt:Imapi:BindingTypes=com.acme.Missing";

    ImapiCompilation.Outcome outcome =
        ImapiCompilation.compile(
            List.of(
                write(work.resolve("A.java"), "class A {}"),
                write(work.resolve("B.java"), "class B { int b() { return 0; } }")),
            System.getProperty("java.class.path"),
            Files.createDirectories(work.resolve("classes")),
            List.of(check),
            List.of(flag));

    assertFalse(outcome.crashed(), outcome::describe);
    assertEquals(List.of(), outcome.errors(), outcome::describe);
    List<Diagnostic<? extends JavaFileObject>> warnings = outcome.findings(flag + ": ");
    assertEquals(1, warnings.size(), outcome::describe);
    assertEquals(Diagnostic.Kind.WARNING, warnings.get(0).getKind());
    assertTrue(
        warnings
            .get(0)
            .getMessage(Locale.ROOT)
            .contains("'com.acme.Missing' names no type on this compilation's classpath"),
        outcome::describe);
  }

  static Stream<Arguments> checks() {
    return ImapiCompilation.registered().stream()
        .map(check -> Arguments.of(check.getSimpleName(), check));
  }

  @ParameterizedTest(name = "Required={0}")
  @MethodSource
  void aMalformedRequiredEntryIsAnErrorNamingItNeverACrash(
      String value, String problem, @TempDir Path work) throws IOException {
    String flag = "-XepOpt:ImapiMissingResultCode:Required=" + value;

    ImapiCompilation.Outcome outcome =
        ImapiCompilation.compile(
            List.of(write(work.resolve("A.java"), "class A {}")),
            System.getProperty("java.class.path"),
            Files.createDirectories(work.resolve("classes")),
            List.of(ImapiMissingResultCode.class),
            List.of(flag));

    assertFalse(outcome.crashed(), outcome::describe);
    assertEquals(1, outcome.errors().size(), outcome::describe);
    String message = outcome.errors().get(0).getMessage(Locale.ROOT);
    assertTrue(message.startsWith(flag + ": ") && message.contains(problem), message);
  }

  static Stream<Arguments> aMalformedRequiredEntryIsAnErrorNamingItNeverACrash() {
    return Stream.of(
        Arguments.of("IDiscMaster.RecordDisc", "is not of the form Interface.Method=CODE|CODE"),
        Arguments.of("=IMAPI_E_DISCFULL", "is not of the form Interface.Method=CODE|CODE"),
        Arguments.of("IDiscMaster.Burn=IMAPI_E_DISCFULL", "names no method of an IMAPI interface"),
        Arguments.of(
            "IDiscMaster.recordDisc=IMAPI_E_DISCFULL", "names no method of an IMAPI interface"),
        Arguments.of("IDiscMaster.RecordDisc=IMAPI_E_NOSUCHCODE", "names IMAPI_E_NOSUCHCODE"),
        Arguments.of("IDiscMaster.RecordDisc=0x80040212", "names 0x80040212"));
  }

  private static Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
