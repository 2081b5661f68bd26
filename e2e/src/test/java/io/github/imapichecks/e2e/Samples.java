package io.github.imapichecks.e2e;

/** The sample client's compilations that several tests compare against, compiled once. */
final class Samples {
  private static Result buggy;

  private Samples() {}

  /** The buggy part, compiled as testdata/pom.xml's compile-buggy-sample execution compiles it. */
  static synchronized Result buggy() {
    if (buggy == null) {
      buggy = buggyWith(TestdataPom.plugin(TestdataPom.BUGGY));
    }
    return buggy;
  }

  /** The buggy part compiled with Error Prone's arguments {@code plugin}. */
  static Result buggyWith(String plugin) {
    return UserBuild.compile(UserBuild.BUGGY_SOURCES, UserBuild.options(plugin));
  }
}
