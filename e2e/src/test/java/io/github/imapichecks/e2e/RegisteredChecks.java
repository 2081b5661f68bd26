package io.github.imapichecks.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The imapi-checks the jar registers, found as Error Prone's plugin loader finds them: {@code
 * ServiceLoader} over {@code BugChecker} on the processor path. Tests that go over every check take
 * them from here, so that a check added to the jar is tested without touching the tests.
 */
final class RegisteredChecks {
  static final String PACKAGE = "io.github.imapichecks.errorprone";

  /** One check and what its {@code @BugPattern} declares. */
  record Check(String name, String severity, String linkType, String link, List<String> altNames) {
    /** The diagnostic kind javac reports this check's findings with, by default. */
    javax.tools.Diagnostic.Kind kind() {
      return switch (severity) {
        case "ERROR" -> javax.tools.Diagnostic.Kind.ERROR;
        case "WARNING" -> javax.tools.Diagnostic.Kind.WARNING;
        default -> javax.tools.Diagnostic.Kind.NOTE;
      };
    }
  }

  private static final List<Check> ALL = discover();

  private RegisteredChecks() {}

  static List<Check> all() {
    return ALL;
  }

  static Set<String> names() {
    return ALL.stream().map(Check::name).collect(Collectors.toSet());
  }

  static Check named(String name) {
    return ALL.stream()
        .filter(check -> check.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name + " is not registered"));
  }

  private static List<Check> discover() {
    // The same parent as javac gives its processor class loader: javac's own classes and this
    // JVM's classpath (JUnit, Compile Testing), but neither Error Prone nor imapi-checks.
    try (URLClassLoader loader =
        new URLClassLoader(
            urls(UserBuild.processorPath()), RegisteredChecks.class.getClassLoader())) {
      Class<?> bugChecker =
          Class.forName("com.google.errorprone.bugpatterns.BugChecker", false, loader);
      Class<? extends Annotation> bugPattern =
          Class.forName("com.google.errorprone.BugPattern", false, loader)
              .asSubclass(Annotation.class);
      List<Check> checks = new ArrayList<>();
      for (ServiceLoader.Provider<?> provider :
          ServiceLoader.load(bugChecker, loader).stream().toList()) {
        Class<?> type = provider.type();
        if (!type.getPackageName().equals(PACKAGE)) {
          continue;
        }
        Annotation pattern = type.getAnnotation(bugPattern);
        String name = (String) attribute(pattern, "name");
        checks.add(
            new Check(
                name.isEmpty() ? type.getSimpleName() : name,
                attribute(pattern, "severity").toString(),
                attribute(pattern, "linkType").toString(),
                (String) attribute(pattern, "link"),
                List.of((String[]) attribute(pattern, "altNames"))));
      }
      checks.sort(Comparator.comparing(Check::name));
      if (checks.isEmpty()) {
        throw new IllegalStateException("the processor path registers no imapi-check");
      }
      return List.copyOf(checks);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object attribute(Annotation annotation, String name)
      throws ReflectiveOperationException {
    try {
      return annotation.annotationType().getMethod(name).invoke(annotation);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static URL[] urls(List<File> files) {
    return files.stream()
        .map(
            file -> {
              try {
                return file.toURI().toURL();
              } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
              }
            })
        .toArray(URL[]::new);
  }
}
