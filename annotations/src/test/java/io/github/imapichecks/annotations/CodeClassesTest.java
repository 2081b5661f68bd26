package io.github.imapichecks.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link ImapiError}, {@link Imapi2Error} and {@link Imapi2FsError} promise together: a file
 * may import all three statically and name every code by its simple name, and each constant's
 * javadoc says what its {@code describe} says.
 */
final class CodeClassesTest {
  private static final List<Class<?>> CODE_CLASSES =
      List.of(ImapiError.class, Imapi2Error.class, Imapi2FsError.class);

  @TempDir Path out;

  @Test
  void noTwoClassesShareAConstantName() {
    Set<String> seen = new HashSet<>();
    for (Class<?> codes : CODE_CLASSES) {
      for (String name : HeaderTables.publicConstants(codes).keySet()) {
        assertTrue(seen.add(name), () -> name + " is declared by two code classes");
      }
    }
    assertEquals(50 + 90 + 62, seen.size());
  }

  /**
   * The only public names the classes share are {@code nameOf} and {@code describe}, which are
   * called qualified ({@code Imapi2Error.nameOf(hr)}): each answers for its own class's codes.
   */
  @Test
  void onlyNameOfAndDescribeAreSharedMethodNames() {
    Set<String> imapi1 = publicStaticMethodNames(ImapiError.class);
    assertEquals(Set.of("succeeded", "failed", "isSuccessWithInfo", "nameOf", "describe"), imapi1);
    assertEquals(Set.of("nameOf", "describe"), publicStaticMethodNames(Imapi2Error.class));
    assertEquals(Set.of("nameOf", "describe"), publicStaticMethodNames(Imapi2FsError.class));
  }

  private static Set<String> publicStaticMethodNames(Class<?> codes) {
    return Arrays.stream(codes.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
        .map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void aFileImportingAllThreeStaticallyNamesEveryCodeBySimpleName() throws Exception {
    StringBuilder codes = new StringBuilder();
    for (Class<?> codeClass : CODE_CLASSES) {
      for (String name : HeaderTables.publicConstants(codeClass).keySet()) {
        codes.append("    ").append(name).append(",\n");
      }
    }
    String client =
        """
        package client;

        import static io.github.imapichecks.annotations.ImapiError.*;
        import static io.github.imapichecks.annotations.Imapi2Error.*;
        import static io.github.imapichecks.annotations.Imapi2FsError.*;

        class EveryCode {
          static final int[] CODES = {
        %s  };

          static boolean burned(int hr) {
            return succeeded(hr) && !failed(hr) && !isSuccessWithInfo(hr)
                || hr == E_IMAPI_REQUEST_CANCELLED
                || hr == IMAPI_E_MEDIUM_NOTPRESENT
                || hr == IMAPI_E_IMAGE_SIZE_LIMIT;
          }
        }
        """
            .formatted(codes);

    List<Diagnostic<? extends JavaFileObject>> errors = compile(source("client/EveryCode", client));

    assertEquals(List.of(), errors);
    assertTrue(Files.isRegularFile(out.resolve("client/EveryCode.class")));
  }

  /** The test above would see a clash: two static imports of one name do not compile. */
  @Test
  void aClashOfStaticImportsIsACompileError() throws Exception {
    String clash =
        """
        package other;

        public final class Clash {
          public static final int S_OK = 0;
        }
        """;
    String client =
        """
        package client;

        import static io.github.imapichecks.annotations.ImapiError.*;
        import static other.Clash.*;

        class UsesSOk {
          static final int CODE = S_OK;
        }
        """;

    List<Diagnostic<? extends JavaFileObject>> errors =
        compile(source("other/Clash", clash), source("client/UsesSOk", client));

    assertEquals(
        List.of("compiler.err.ref.ambiguous"),
        errors.stream().map(Diagnostic::getCode).collect(Collectors.toList()));
  }

  private List<Diagnostic<? extends JavaFileObject>> compile(JavaFileObject... sources)
      throws URISyntaxException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path annotations =
        Path.of(ImapiError.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> options =
        List.of("-classpath", annotations.toString(), "-d", out.toString(), "-proc:none");
    javac.getTask(null, null, diagnostics, options, null, Arrays.asList(sources)).call();
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .collect(Collectors.toList());
  }

  private static JavaFileObject source(String binaryName, String text) {
    return new SimpleJavaFileObject(
        URI.create("string:///" + binaryName + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  /**
   * The first sentence of each constant's javadoc is its kind, its value and what {@code describe}
   * says of it: the two copies of each meaning stay one.
   */
  @Test
  void eachConstantsJavadocSaysWhatDescribeSays() throws Exception {
    assertJavadocMatchesDescribe(ImapiError.class, ImapiError::describe);
    assertJavadocMatchesDescribe(Imapi2Error.class, Imapi2Error::describe);
    assertJavadocMatchesDescribe(Imapi2FsError.class, Imapi2FsError::describe);
  }

  private static final Pattern CONSTANT =
      Pattern.compile(
          // A javadoc, then the constant; long ones are wrapped after "int" or "=".
          "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*"
              + "public static final @ImapiHResult int\\s+(\\w+) =\\s+(0x[0-9A-F]{8});",
          Pattern.DOTALL);
  private static final Pattern FIRST_SENTENCE =
      Pattern.compile("(Error|Success) (0x[0-9A-F]{8}): (.*)\\.");

  private static void assertJavadocMatchesDescribe(Class<?> codes, IntFunction<String> describe)
      throws IOException, URISyntaxException {
    // target/test-classes, two levels below the module's directory, in Maven and in IDEs alike.
    Path module =
        Path.of(CodeClassesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .getParent()
            .getParent();
    Path source =
        module.resolve("src/main/java").resolve(codes.getName().replace('.', '/') + ".java");
    String text = Files.readString(source, StandardCharsets.UTF_8);
    Matcher constant = CONSTANT.matcher(text);
    List<String> checked = new ArrayList<>();
    while (constant.find()) {
      String name = constant.group(2);
      String javadoc =
          constant.group(1).replaceAll("\\s*\\n\\s*\\*", " ").replaceAll("\\s+", " ").trim();
      String firstParagraph = javadoc.split(" <p>", 2)[0];
      Matcher sentence = FIRST_SENTENCE.matcher(firstParagraph);
      assertTrue(sentence.matches(), () -> name + ": " + firstParagraph);
      assertEquals(constant.group(3), sentence.group(2), name);
      int value = Integer.parseUnsignedInt(constant.group(3).substring(2), 16);
      assertEquals(sentence.group(1).equals("Error"), ImapiError.failed(value), name);
      assertEquals(describe.apply(value), sentence.group(3), name);
      checked.add(name);
    }
    assertEquals(HeaderTables.publicConstants(codes).size(), checked.size(), codes.getName());
    assertFalse(checked.isEmpty());
  }
}
