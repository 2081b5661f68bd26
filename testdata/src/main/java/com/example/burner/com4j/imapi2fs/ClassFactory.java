package com.example.burner.com4j.imapi2fs;

import com4j.COM4J;

/** Defines methods to create COM objects. */
public abstract class ClassFactory {
  private ClassFactory() {} // instantiation is not allowed

  /** File system image. */
  public static IFileSystemImage createMsftFileSystemImage() {
    return COM4J.createInstance(IFileSystemImage.class, "{2C941FC5-975B-59BE-A960-9A2A262853A5}");
  }
}
