package com.example.burner.v2.imapi2fs;

import io.github.imapichecks.annotations.ImapiHResult;

/** IMAPI2FS's {@code IFsiDirectoryItem}: a directory of the image. */
public interface IFsiDirectoryItem {
  /**
   * Adds the files and folders under {@code sourceDirectory}, inside a folder of its name if {@code
   * includeBaseDirectory}; on failure the image is as it was before.
   */
  @ImapiHResult
  int AddTree(String sourceDirectory, boolean includeBaseDirectory);

  /** Sets {@code value[0]} to the number of items directly in this directory. */
  @ImapiHResult
  int get_Count(int[] value);
}
