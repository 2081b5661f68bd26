package com.example.burner.v2;

import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_MEDIA_INCOMPATIBLE;
import static io.github.imapichecks.annotations.Imapi2FsError.IMAPI_E_IMAGE_SIZE_LIMIT;
import static io.github.imapichecks.annotations.Imapi2FsError.IMAPI_E_INVALID_VOLUME_NAME;
import static io.github.imapichecks.annotations.Imapi2FsError.IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED;

import com.example.burner.BurnException;
import com.example.burner.BurnListener;
import com.example.burner.v2.imapi2fs.IFileSystemImage;
import com.example.burner.v2.imapi2fs.IFileSystemImageResult;
import com.example.burner.v2.imapi2fs.IFsiDirectoryItem;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.IntByReference;
import io.github.imapichecks.annotations.ImapiError;
import java.util.List;

/**
 * Builds the IMAPI2FS image of a data disc: sized for the disc in the drive, with ISO 9660, Joliet
 * and UDF where the disc allows them, the user's label, and the chosen folders.
 */
final class ImageBuilder {
  private static final int FILE_SYSTEMS =
      IFileSystemImage.FILE_SYSTEM_ISO9660
          | IFileSystemImage.FILE_SYSTEM_JOLIET
          | IFileSystemImage.FILE_SYSTEM_UDF;

  private final IFileSystemImage image;
  private final BurnListener listener;

  ImageBuilder(IFileSystemImage image, BurnListener listener) {
    this.image = image;
    this.listener = listener;
  }

  /**
   * Sizes the image for the disc in {@code drive}. Returns false, having told the user, when that
   * disc cannot hold a file system.
   */
  boolean fitTo(Drive drive) throws BurnException {
    HRESULT hr = image.ChooseImageDefaults(drive.recorder());
    // An IMAPI2FS call whose page names an IMAPI v2 code: the drive's answer about its disc.
    if (hr.intValue() == E_IMAPI_RECORDER_MEDIA_INCOMPATIBLE) {
      listener.notice("The disc in " + drive.displayName() + " cannot take data.");
      return false;
    }
    if (COMUtils.FAILED(hr)) {
      throw new BurnException("sizing the image for the disc", hr.intValue());
    }
    return true;
  }

  /** Asks for every file system; a disc that takes fewer still gets an image. */
  void chooseFileSystems() throws BurnException {
    HRESULT hr = image.put_FileSystemsToCreate(FILE_SYSTEMS);
    if (hr.intValue() == IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED) {
      IntByReference chosen = new IntByReference();
      HRESULT read = image.get_FileSystemsToCreate(chosen);
      if (COMUtils.SUCCEEDED(read) && (chosen.getValue() & IFileSystemImage.FILE_SYSTEM_UDF) == 0) {
        listener.notice("The disc gets no UDF file system.");
      }
    } else if (COMUtils.FAILED(hr)) {
      throw new BurnException("choosing the file systems", hr.intValue());
    }
  }

  /** Labels the disc; a label the file systems refuse leaves IMAPI's default, once said. */
  void name(String volumeName) throws BurnException {
    HRESULT hr = image.put_VolumeName(volumeName);
    if (hr.intValue() == IMAPI_E_INVALID_VOLUME_NAME) {
      listener.notice("\"" + volumeName + "\" cannot label a disc; it keeps the default label.");
    } else if (ImapiError.failed(hr.intValue())) {
      throw new BurnException("labelling the disc", hr.intValue());
    }
  }

  /**
   * Adds {@code folders} at the root. Returns false, having told the user, when they do not fit.
   */
  boolean add(List<String> folders) throws BurnException {
    IFsiDirectoryItem[] root = new IFsiDirectoryItem[1];
    HRESULT hr = image.get_Root(root);
    if (COMUtils.FAILED(hr)) {
      throw new BurnException("opening the image's root", hr.intValue());
    }
    for (String folder : folders) {
      int added = root[0].AddTree(folder, true);
      if (added == IMAPI_E_IMAGE_SIZE_LIMIT) {
        listener.notice(folder + " does not fit on the disc.");
        return false;
      }
      if (ImapiError.failed(added)) {
        throw new BurnException("adding " + folder, added);
      }
    }
    return true;
  }

  /** The finished image, as the stream the data writer takes. */
  Pointer finish() throws BurnException {
    IFileSystemImageResult[] result = new IFileSystemImageResult[1];
    HRESULT hr = image.CreateResultImage(result);
    if (COMUtils.FAILED(hr)) {
      throw new BurnException("finishing the image", hr.intValue());
    }
    Pointer[] stream = new Pointer[1];
    int opened = result[0].get_ImageStream(stream);
    if (ImapiError.failed(opened)) {
      throw new BurnException("opening the image", opened);
    }
    return stream[0];
  }
}
