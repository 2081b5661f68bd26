package com.example.burner.v2.imapi2fs;

import com.sun.jna.Pointer;
import io.github.imapichecks.annotations.ImapiHResult;

/** IMAPI2FS's {@code IFileSystemImageResult}: a finished image. */
public interface IFileSystemImageResult {
  /** Sets {@code value[0]} to the image as an {@code IStream}, for {@code IDiscFormat2Data}. */
  @ImapiHResult
  int get_ImageStream(Pointer[] value);

  /** Sets {@code value[0]} to the image's size in 2048-byte blocks. */
  @ImapiHResult
  int get_TotalBlocks(int[] value);
}
