package com.example.burner.v2.imapi2fs;

import com.example.burner.v2.imapi2.IDiscRecorder2;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.IntByReference;
import io.github.imapichecks.annotations.ImapiHResult;

/** IMAPI2FS's {@code IFileSystemImage}: a file-system image being built, for a data disc. */
public interface IFileSystemImage {
  /** {@code FsiFileSystemISO9660}. */
  int FILE_SYSTEM_ISO9660 = 1;

  /** {@code FsiFileSystemJoliet}. */
  int FILE_SYSTEM_JOLIET = 2;

  /** {@code FsiFileSystemUDF}. */
  int FILE_SYSTEM_UDF = 4;

  /** Sizes the image, and picks its file systems, for the disc in {@code discRecorder}. */
  @ImapiHResult
  HRESULT ChooseImageDefaults(IDiscRecorder2 discRecorder);

  /** The {@code FILE_SYSTEM_*} bits of the file systems the image is to have. */
  @ImapiHResult
  HRESULT put_FileSystemsToCreate(int value);

  @ImapiHResult
  HRESULT get_FileSystemsToCreate(IntByReference value);

  @ImapiHResult
  HRESULT put_VolumeName(String value);

  /** Sets {@code value[0]} to the image's root directory. */
  @ImapiHResult
  HRESULT get_Root(IFsiDirectoryItem[] value);

  /** Sets {@code value[0]} to the finished image, ready to be written. */
  @ImapiHResult
  HRESULT CreateResultImage(IFileSystemImageResult[] value);
}
