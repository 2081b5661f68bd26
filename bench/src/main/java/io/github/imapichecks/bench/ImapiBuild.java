package io.github.imapichecks.bench;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * One build of imapi-checks that the benchmark runs: the one of this tree, or the baseline's (see
 * {@code bench/run --baseline}).
 *
 * @param commit the commit it was built from, as {@code git rev-parse --short} names it, or null
 *     when the benchmark was not told
 * @param processorPath imapi-checks with its run-time dependencies, added after Error Prone's or
 *     the Checker Framework's
 * @param checks the names of the imapi-checks it registers, which the Error Prone configurations
 *     enable
 */
record ImapiBuild(String commit, List<Path> processorPath, List<String> checks) {

  /** The build on {@code processorPath}, whose checks are listed with Error Prone's. */
  static ImapiBuild of(String commit, List<Path> errorPronePath, List<Path> processorPath)
      throws IOException {
    List<Path> both = new ArrayList<>(errorPronePath);
    both.addAll(processorPath);
    return new ImapiBuild(commit, List.copyOf(processorPath), registeredChecks(both));
  }

  /**
   * The names of the imapi-checks on {@code path}: every registered {@code BugChecker} of the
   * checks' package, found as Error Prone finds them (ServiceLoader), so that checks added later
   * are benchmarked without a change here. The path must hold Error Prone too. It is read in a
   * class loader of its own, which sees the JDK but not the harness's classpath: the baseline's
   * checks are not the harness's.
   */
  static List<String> registeredChecks(List<Path> path) throws IOException {
    URL[] urls = new URL[path.size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = url(path.get(i));
    }
    try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      Class<?> bugChecker = loader.loadClass("com.google.errorprone.bugpatterns.BugChecker");
      Class<? extends Annotation> bugPattern =
          loader.loadClass("com.google.errorprone.BugPattern").asSubclass(Annotation.class);
      Method name = bugPattern.getMethod("name");
      List<String> checks = new ArrayList<>();
      for (ServiceLoader.Provider<?> provider :
          ServiceLoader.load(bugChecker, loader).stream().toList()) {
        Class<?> type = provider.type();
        if (type.getPackageName().equals("io.github.imapichecks.errorprone")) {
          Annotation pattern = type.getAnnotation(bugPattern);
          String declared = pattern == null ? "" : (String) name.invoke(pattern);
          checks.add(declared.isEmpty() ? type.getSimpleName() : declared);
        }
      }
      checks.sort(null);
      return List.copyOf(checks);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      throw new IllegalStateException("no Error Prone on " + path, e);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read a @BugPattern's name on " + path, e);
    }
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(path.toString(), e);
    }
  }
}
